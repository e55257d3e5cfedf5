package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.out.StorageUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database is down: 503 so that IFTTT and apps retry; nothing was written. */
@Provider
public class StorageUnavailableMapper implements ExceptionMapper<StorageUnavailableException> {
  private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailableMapper.class);

  @Override
  public Response toResponse(StorageUnavailableException e) {
    LOG.warn("database unavailable: {}", e.getMessage());
    return Responses.error(503, "The service is temporarily unavailable; try again later");
  }
}
