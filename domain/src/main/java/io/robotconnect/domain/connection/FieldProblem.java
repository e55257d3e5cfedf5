package io.robotconnect.domain.connection;

/**
 * Why one field of a configuration is not acceptable.
 *
 * @param parameter a JSON pointer into the request body, e.g. {@code
 *     /user_features/0/user_fields/1}
 */
public record FieldProblem(String parameter, String message) {
  public FieldProblem {
    if (parameter == null || !parameter.startsWith("/")) {
      throw new IllegalArgumentException("parameter must be a JSON pointer: " + parameter);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }
}
