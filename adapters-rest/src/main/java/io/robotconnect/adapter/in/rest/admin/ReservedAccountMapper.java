package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.ReservedAccountException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 409, as for an address already taken: a reserved address or account is held by the platform, the
 * request itself is well-formed.
 */
@Provider
public class ReservedAccountMapper implements ExceptionMapper<ReservedAccountException> {
  @Override
  public Response toResponse(ReservedAccountException e) {
    return Responses.error(409, e.getMessage());
  }
}
