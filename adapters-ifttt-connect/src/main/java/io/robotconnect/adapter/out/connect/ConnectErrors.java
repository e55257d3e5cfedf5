package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.domain.connection.FieldProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Turns IFTTT's error answers ({@code {"type":"error","code","message","details"}}) into types. */
final class ConnectErrors {
  private static final ConnectJson.ErrorAnswer NO_ERROR_BODY =
      new ConnectJson.ErrorAnswer(null, null, null);

  private ConnectErrors() {}

  static ConnectApiException fromResponse(ObjectMapper json, int status, String body) {
    ConnectJson.ErrorAnswer error = parse(json, body);
    String code = error.code() != null ? error.code() : defaultCode(status);
    String message =
        error.message() != null ? error.message() : "Connect API answered HTTP " + status;
    return switch (status) {
      case 400, 422 ->
          new ConnectApiException.InvalidParameters(status, code, message, problems(error));
      case 401 -> new ConnectApiException.Unauthorized(code, message);
      case 403 -> new ConnectApiException.Forbidden(code, message);
      case 404 -> new ConnectApiException.NotFound(code, message);
      case 502 -> new ConnectApiException.UpstreamFailure(code, message);
      default -> new ConnectApiException.Internal(status, code, message);
    };
  }

  private static List<FieldProblem> problems(ConnectJson.ErrorAnswer error) {
    List<FieldProblem> problems = new ArrayList<>();
    if (error.details() != null) {
      for (ConnectJson.ErrorDetail detail : error.details()) {
        String parameter = detail == null || detail.parameter() == null ? "/" : detail.parameter();
        String message = detail == null || detail.message() == null ? "invalid" : detail.message();
        problems.add(
            new FieldProblem(
                parameter.startsWith("/") ? parameter : "/" + parameter,
                message.isBlank() ? "invalid" : message));
      }
    }
    return problems;
  }

  /** IFTTT's error body, or none when the body is empty or not one. */
  private static ConnectJson.ErrorAnswer parse(ObjectMapper json, String body) {
    if (body == null || body.isBlank()) {
      return NO_ERROR_BODY;
    }
    try {
      ConnectJson.ErrorAnswer error = ConnectJson.read(json, body, ConnectJson.ErrorAnswer.class);
      return error != null ? error : NO_ERROR_BODY;
    } catch (IOException | IllegalArgumentException e) {
      return NO_ERROR_BODY;
    }
  }

  private static String defaultCode(int status) {
    return switch (status) {
      case 400, 422 -> "invalid_parameters";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 502 -> "upstream_failure";
      default -> "internal_error";
    };
  }
}
