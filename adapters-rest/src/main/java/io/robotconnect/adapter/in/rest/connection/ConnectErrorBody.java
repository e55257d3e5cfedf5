package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.domain.connection.FieldProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Errors of the owner-app connection API, in the Connect API's format: {@code {"type":"error",
 * "code","message","details":[{"parameter","message"}]}}.
 */
record ConnectErrorBody(String type, String code, String message, List<Detail> details) {

  record Detail(String parameter, String message) {}

  static Response response(int status, String code, String message) {
    return response(status, code, message, List.of());
  }

  static Response response(int status, String code, String message, List<FieldProblem> problems) {
    return Response.status(status)
        .type(Responses.JSON_UTF8_TYPE)
        .entity(
            new ConnectErrorBody(
                "error",
                code,
                message,
                problems.stream().map(p -> new Detail(p.parameter(), p.message())).toList()))
        .build();
  }
}
