package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error answers in its path's {@link ErrorFamily}, also those made before a resource runs
 * (missing session 401, 404, 405, 406, 415) and by the common mappers (500, 503), which carry the
 * common {@code errors} body: the platform's own APIs under {@code /api/v1} get the Connect API's
 * format, the token endpoint RFC 6749's, the IFTTT-facing paths keep IFTTT's.
 */
@Provider
public class ErrorFamilyFilter implements ContainerResponseFilter {
  // Jersey matches every IFTTT-facing request on the default prefix: ApiPrefixFilter maps a
  // configured one onto it before this filter sees the request.
  private static final ApiPrefix AS_ROUTED = new ApiPrefix(ApiPrefix.DEFAULT);

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ErrorBody errors)) {
      return;
    }
    ErrorFamily family =
        ErrorFamily.of(request.getMethod(), "/" + request.getUriInfo().getPath(), AS_ROUTED);
    if (family == ErrorFamily.IFTTT) {
      return;
    }
    String message =
        errors.errors().isEmpty() ? "Request failed" : errors.errors().get(0).message();
    response.setEntity(
        family.body(response.getStatus(), message),
        response.getEntityAnnotations(),
        response.getMediaType());
  }
}
