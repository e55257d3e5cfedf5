package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON error responses every resource and mapper uses. */
public final class Responses {
  /**
   * The one spelling of the JSON content type in every answer, IFTTT's: {@link JsonCharsetFilter}
   * writes it on each JSON answer of the REST adapter, the HTTP edge on its own.
   */
  public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=utf-8";

  private Responses() {}

  public static Response error(Response.StatusType status, String message) {
    return Response.status(status).type(JSON_UTF8).entity(ErrorBody.of(message)).build();
  }

  public static Response error(int status, String message) {
    return Response.status(status).type(JSON_UTF8).entity(ErrorBody.of(message)).build();
  }

  public static Response skip(String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(JSON_UTF8)
        .entity(ErrorBody.skip(message))
        .build();
  }
}
