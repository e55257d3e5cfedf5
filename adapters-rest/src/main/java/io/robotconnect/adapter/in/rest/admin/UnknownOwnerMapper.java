package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.UnknownOwnerException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 with an {@code errors} body when no owner has the id. */
@Provider
public class UnknownOwnerMapper implements ExceptionMapper<UnknownOwnerException> {
  @Override
  public Response toResponse(UnknownOwnerException e) {
    return Responses.error(404, e.getMessage());
  }
}
