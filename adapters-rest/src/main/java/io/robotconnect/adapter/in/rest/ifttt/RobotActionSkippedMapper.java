package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An action that can never work → 400 with {@code status: SKIP}, so IFTTT stops retrying. */
@Provider
public class RobotActionSkippedMapper implements ExceptionMapper<RobotActionSkippedException> {
  private static final Logger LOG = LoggerFactory.getLogger(RobotActionSkippedMapper.class);

  @Override
  public Response toResponse(RobotActionSkippedException e) {
    LOG.info("action skipped ({}): {}", e.reason(), e.getMessage());
    return Responses.skip(e.getMessage());
  }
}
