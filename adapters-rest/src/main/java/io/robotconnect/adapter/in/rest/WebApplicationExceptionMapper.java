package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/** Jersey's own failures (404, 405, 415, ...) as JSON {@code errors} bodies, never HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof ParamException param && !(e instanceof ParamException.PathParamException)) {
      // Jersey answers 404 for a query, header, form or cookie value it cannot convert
      return Responses.error(400, "Invalid value of parameter " + param.getParameterName());
    }
    Response original = e.getResponse();
    if (original.hasEntity()) {
      return original;
    }
    Response.StatusType status = original.getStatusInfo();
    Response.ResponseBuilder answer =
        Response.fromResponse(Responses.error(status, message(status)));
    answer.status(status);
    return answer.build();
  }

  private static String message(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Only application/json answers are available";
      case 415 -> "Unsupported content type; send application/json";
      default -> status.getReasonPhrase();
    };
  }
}
