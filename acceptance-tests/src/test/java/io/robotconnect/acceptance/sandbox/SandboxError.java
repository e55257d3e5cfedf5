package io.robotconnect.acceptance.sandbox;

import java.util.List;

/** An answer of the sandbox in IFTTT's error format. */
final class SandboxError extends RuntimeException {
  final int status;
  final String code;
  final List<String[]> details;

  SandboxError(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  SandboxError(int status, String code, String message, List<String[]> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static SandboxError notFound(String message) {
    return new SandboxError(404, "not_found", message);
  }

  static SandboxError invalid(List<String[]> details) {
    return new SandboxError(
        422, "invalid_parameters", "The parameters of your request were invalid", details);
  }
}
