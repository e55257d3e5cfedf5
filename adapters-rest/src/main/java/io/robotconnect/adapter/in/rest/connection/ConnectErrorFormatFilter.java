package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.adapter.in.rest.ErrorBody;
import io.robotconnect.adapter.in.rest.ErrorFamily;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The platform's own APIs under {@code /api/v1} (owner app, admin, connections) answer every error
 * in the Connect API's format, also those made before a resource runs (missing session 401, 404,
 * 405, 415), which carry the common {@code errors} body; the IFTTT-facing paths keep IFTTT's.
 */
@Provider
public class ConnectErrorFormatFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ErrorBody errors)
        || !ErrorFamily.isPlatformApi(request.getUriInfo().getPath())) {
      return;
    }
    String message =
        errors.errors().isEmpty() ? "Request failed" : errors.errors().get(0).message();
    response.setEntity(
        ConnectErrorBody.of(response.getStatus(), message),
        response.getEntityAnnotations(),
        response.getMediaType());
  }
}
