package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A body that could not be read: not the gzip its {@code Content-Encoding} says (400), or cut off
 * because the client went away (one INFO line; the answer is written to nobody). Neither is our
 * bug.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<IOException> {
  private static final Logger LOG = LoggerFactory.getLogger(UnreadableBodyMapper.class);

  @Override
  public Response toResponse(IOException e) {
    if (e instanceof ZipException) {
      return Responses.error(400, "The body is not encoded as its Content-Encoding says");
    }
    LOG.info("request body could not be read: {}", e.toString());
    return Responses.error(400, "The request body could not be read");
  }
}
