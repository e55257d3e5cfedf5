package io.robotconnect.adapter.in.rest.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.OAuthError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Token endpoint answers: never cached; errors as RFC 6749 §5.2 bodies. */
public final class OAuthResponses {
  private OAuthResponses() {}

  static Response noStore(Response.ResponseBuilder response) {
    return response
        .header(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  static Response error(OAuthError error, String description) {
    Response.ResponseBuilder response =
        Response.status(error == OAuthError.INVALID_CLIENT ? 401 : 400)
            .entity(new ErrorResponse(error.code(), description));
    if (error == OAuthError.INVALID_CLIENT) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"robotconnect\"");
    }
    return noStore(response);
  }

  /** The body of a request refused before the endpoint could read it. */
  public static ErrorResponse invalidRequest(String description) {
    return new ErrorResponse(OAuthError.INVALID_REQUEST.code(), description);
  }

  /**
   * The body of a request the endpoint did not answer itself: {@code invalid_request} for a refused
   * request, and for a failure of ours the codes RFC 6749 §4.1.2.1 gives the authorization
   * endpoint, {@code temporarily_unavailable} (503) and {@code server_error}, which OAuth clients
   * know.
   */
  public static ErrorResponse refused(int status, String description) {
    if (status == 503) {
      return new ErrorResponse("temporarily_unavailable", description);
    }
    return status >= 500
        ? new ErrorResponse("server_error", description)
        : invalidRequest(description);
  }

  /** An RFC 6749 §5.2 error body. */
  public record ErrorResponse(
      @JsonProperty("error") String error,
      @JsonProperty("error_description") String errorDescription) {}
}
