package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.EmailAlreadyRegisteredException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 with an {@code errors} body when another owner uses the e-mail address. */
@Provider
public class EmailAlreadyRegisteredMapper
    implements ExceptionMapper<EmailAlreadyRegisteredException> {
  @Override
  public Response toResponse(EmailAlreadyRegisteredException e) {
    return Responses.error(409, e.getMessage());
  }
}
