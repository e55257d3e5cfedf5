package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.in.SignInThrottledException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many failed sign-ins: 429 with the seconds to wait in {@code Retry-After}. */
@Provider
public class SignInThrottledMapper implements ExceptionMapper<SignInThrottledException> {

  @Override
  public Response toResponse(SignInThrottledException e) {
    return Response.fromResponse(
            Responses.error(
                429, "Too many failed sign-ins for this e-mail address; try again later"))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }
}
