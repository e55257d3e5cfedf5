package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.adapter.in.rest.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The platform's own APIs under {@code /api/v1} (owner app, admin, connections) answer every error
 * in the Connect API's format, also those made before a resource runs (missing session 401, 404,
 * 405, 415), which carry the common {@code errors} body; the IFTTT-facing paths keep IFTTT's.
 */
@Provider
public class ConnectErrorFormatFilter implements ContainerResponseFilter {
  private static final String ROOT = "api/v1/";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ErrorBody errors) || !isPlatformApi(request)) {
      return;
    }
    String message =
        errors.errors().isEmpty() ? "Request failed" : errors.errors().get(0).message();
    response.setEntity(
        new ConnectErrorBody("error", code(response.getStatus()), message, List.of()),
        response.getEntityAnnotations(),
        response.getMediaType());
  }

  private static boolean isPlatformApi(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return (path.startsWith("/") ? path.substring(1) : path).startsWith(ROOT);
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 422 -> "invalid_parameters";
      case 429 -> "too_many_requests";
      case 415 -> "unsupported_media_type";
      case 503 -> "service_unavailable";
      default -> status >= 500 ? "internal_error" : "error";
    };
  }
}
