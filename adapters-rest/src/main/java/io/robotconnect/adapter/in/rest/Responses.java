package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON error responses every resource and mapper uses. */
public final class Responses {
  /** For headers set by name, which Jersey writes as given. */
  public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=utf-8";

  /** For a response's type: parsed once here instead of on every response. */
  public static final MediaType JSON_UTF8_TYPE =
      MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

  private Responses() {}

  public static Response error(Response.StatusType status, String message) {
    return Response.status(status).type(JSON_UTF8_TYPE).entity(ErrorBody.of(message)).build();
  }

  public static Response error(int status, String message) {
    return Response.status(status).type(JSON_UTF8_TYPE).entity(ErrorBody.of(message)).build();
  }

  public static Response skip(String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(JSON_UTF8_TYPE)
        .entity(ErrorBody.skip(message))
        .build();
  }
}
