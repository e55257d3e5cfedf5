package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.adapter.in.rest.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The owner-app connection API answers every error in the Connect API's format, also those made
 * before its resource runs (missing session 401, 404, 405, 415), which carry the common {@code
 * errors} body.
 */
@Provider
public class ConnectErrorFormatFilter implements ContainerResponseFilter {
  private static final String ROOT = "api/v1/connections/";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ErrorBody errors) || !isConnectionApi(request)) {
      return;
    }
    String message =
        errors.errors().isEmpty() ? "Request failed" : errors.errors().get(0).message();
    response.setEntity(
        new ConnectErrorBody("error", code(response.getStatus()), message, List.of()),
        response.getEntityAnnotations(),
        response.getMediaType());
  }

  private static boolean isConnectionApi(ContainerRequestContext request) {
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
      case 415 -> "unsupported_media_type";
      case 503 -> "service_unavailable";
      default -> status >= 500 ? "internal_error" : "error";
    };
  }
}
