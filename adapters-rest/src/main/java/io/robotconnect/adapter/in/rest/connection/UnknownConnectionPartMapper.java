package io.robotconnect.adapter.in.rest.connection;

import io.robotconnect.application.port.in.UnknownConnectionPartException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A connection, feature or step id the stored definition does not have: 404 {@code not_found}. */
@Provider
public class UnknownConnectionPartMapper
    implements ExceptionMapper<UnknownConnectionPartException> {
  @Override
  public Response toResponse(UnknownConnectionPartException e) {
    return ConnectErrorBody.response(404, "not_found", e.getMessage());
  }
}
