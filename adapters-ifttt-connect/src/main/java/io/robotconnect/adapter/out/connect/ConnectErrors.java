package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.domain.connection.FieldProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Turns IFTTT's error answers ({@code {"type":"error","code","message","details"}}) into types. */
final class ConnectErrors {
  private ConnectErrors() {}

  static ConnectApiException fromResponse(ObjectMapper json, int status, String body) {
    JsonNode error = parse(json, body);
    String code = error.path("code").asText(defaultCode(status));
    String message = error.path("message").asText("Connect API answered HTTP " + status);
    return switch (status) {
      case 400, 422 ->
          new ConnectApiException.InvalidParameters(
              status, code, message, problems(error.path("details")));
      case 401 -> new ConnectApiException.Unauthorized(code, message);
      case 403 -> new ConnectApiException.Forbidden(code, message);
      case 404 -> new ConnectApiException.NotFound(code, message);
      case 502 -> new ConnectApiException.UpstreamFailure(code, message);
      default -> new ConnectApiException.Internal(status, code, message);
    };
  }

  private static List<FieldProblem> problems(JsonNode details) {
    List<FieldProblem> problems = new ArrayList<>();
    if (details.isArray()) {
      for (JsonNode detail : details) {
        String parameter = detail.path("parameter").asText("/");
        String message = detail.path("message").asText("invalid");
        problems.add(
            new FieldProblem(
                parameter.startsWith("/") ? parameter : "/" + parameter,
                message.isBlank() ? "invalid" : message));
      }
    }
    return problems;
  }

  private static JsonNode parse(ObjectMapper json, String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isObject() ? node : json.createObjectNode();
    } catch (IOException e) {
      return json.createObjectNode();
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
