package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.FieldProblem;
import java.util.List;

/** A Connect API call failed; the subclass says how, from IFTTT's error body and status. */
public abstract sealed class ConnectApiException extends RuntimeException {
  private final int status;
  private final String code;

  private ConnectApiException(int status, String code, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
  }

  /** The HTTP status IFTTT answered, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** IFTTT's machine-readable {@code code}, e.g. {@code not_found}. */
  public String code() {
    return code;
  }

  /** 404: the connection, step or user is unknown (or not visible to us). */
  public static final class NotFound extends ConnectApiException {
    public NotFound(String code, String message) {
      super(404, code, message, null);
    }
  }

  /** 401: the service key is missing or wrong. */
  public static final class Unauthorized extends ConnectApiException {
    public Unauthorized(String code, String message) {
      super(401, code, message, null);
    }
  }

  /** 403: authenticated, but not allowed (e.g. the user has not enabled the connection). */
  public static final class Forbidden extends ConnectApiException {
    public Forbidden(String code, String message) {
      super(403, code, message, null);
    }
  }

  /** 400 or 422: the request was invalid; {@link #problems()} names each bad parameter. */
  public static final class InvalidParameters extends ConnectApiException {
    private final List<FieldProblem> problems;

    public InvalidParameters(int status, String code, String message, List<FieldProblem> problems) {
      super(status, code, message, null);
      this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
      return problems;
    }
  }

  /** 502: the downstream service could not process the request. */
  public static final class UpstreamFailure extends ConnectApiException {
    public UpstreamFailure(String code, String message) {
      super(502, code, message, null);
    }
  }

  /** 500 or another unexpected status: IFTTT failed. */
  public static final class Internal extends ConnectApiException {
    public Internal(int status, String code, String message) {
      super(status, code, message, null);
    }
  }

  /** No answer (timeout, connection refused) after the retries allowed for the call. */
  public static final class Unavailable extends ConnectApiException {
    public Unavailable(String message, Throwable cause) {
      super(0, "unavailable", message, cause);
    }
  }

  /**
   * A non-idempotent call (running an action) may or may not have reached IFTTT; it was not retried
   * so that it never runs twice.
   */
  public static final class OutcomeUnknown extends ConnectApiException {
    public OutcomeUnknown(String message, Throwable cause) {
      super(0, "outcome_unknown", message, cause);
    }
  }
}
