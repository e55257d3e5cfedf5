package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.UnknownFieldException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A field this service does not have → 404, as for any unknown URL. */
@Provider
public class UnknownFieldMapper implements ExceptionMapper<UnknownFieldException> {

  @Override
  public Response toResponse(UnknownFieldException e) {
    return Responses.error(404, e.getMessage());
  }
}
