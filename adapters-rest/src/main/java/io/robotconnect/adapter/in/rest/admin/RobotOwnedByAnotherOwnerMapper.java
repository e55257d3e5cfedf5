package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.RobotOwnedByAnotherOwnerException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 with an {@code errors} body when the robot belongs to another owner. */
@Provider
public class RobotOwnedByAnotherOwnerMapper
    implements ExceptionMapper<RobotOwnedByAnotherOwnerException> {
  @Override
  public Response toResponse(RobotOwnedByAnotherOwnerException e) {
    return Responses.error(409, e.getMessage());
  }
}
