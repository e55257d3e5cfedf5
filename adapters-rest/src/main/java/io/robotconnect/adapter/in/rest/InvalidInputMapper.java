package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Commands and value objects reject invalid input with IllegalArgumentException → 400. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<IllegalArgumentException> {

  @Override
  public Response toResponse(IllegalArgumentException e) {
    return Responses.error(400, e.getMessage() == null ? "Invalid request" : e.getMessage());
  }
}
