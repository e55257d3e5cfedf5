package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The robot transport is down: 503 so that IFTTT retries later. */
@Provider
public class RobotTransportUnavailableMapper
    implements ExceptionMapper<RobotTransportUnavailableException> {
  private static final Logger LOG = LoggerFactory.getLogger(RobotTransportUnavailableMapper.class);

  @Override
  public Response toResponse(RobotTransportUnavailableException e) {
    LOG.warn("robot transport unavailable: {}", e.getMessage());
    return Responses.error(503, "The robot cannot be reached right now; try again later");
  }
}
