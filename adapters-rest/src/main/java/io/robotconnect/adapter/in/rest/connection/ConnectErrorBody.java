package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.domain.connection.FieldProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Errors of the owner-app connection API, in the Connect API's format: {@code {"type":"error",
 * "code","message","details":[{"parameter","message"}]}}.
 */
public record ConnectErrorBody(String type, String code, String message, List<Detail> details) {

  /** One parameter's problem. */
  public record Detail(String parameter, String message) {}

  /** The body of an error with no details, coded after its status. */
  public static ConnectErrorBody of(int status, String message) {
    return new ConnectErrorBody("error", code(status), message, List.of());
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 408 -> "request_timeout";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 422 -> "invalid_parameters";
      case 429 -> "too_many_requests";
      case 503 -> "service_unavailable";
      default -> status >= 500 ? "internal_error" : "error";
    };
  }

  static Response response(int status, String code, String message) {
    return response(status, code, message, List.of());
  }

  static Response response(int status, String code, String message, List<FieldProblem> problems) {
    return Response.status(status)
        .type(Responses.JSON_UTF8)
        .entity(
            new ConnectErrorBody(
                "error",
                code,
                message,
                problems.stream().map(p -> new Detail(p.parameter(), p.message())).toList()))
        .build();
  }
}
