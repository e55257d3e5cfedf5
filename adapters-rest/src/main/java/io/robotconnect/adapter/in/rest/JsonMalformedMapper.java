package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Malformed JSON, or a value of the wrong type → 400 with an {@code errors} body. */
@Provider
public class JsonMalformedMapper implements ExceptionMapper<JsonProcessingException> {
  private static final Logger LOG = LoggerFactory.getLogger(JsonMalformedMapper.class);

  @Override
  public Response toResponse(JsonProcessingException e) {
    LOG.info("rejected request body: {}", e.getOriginalMessage());
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
      return Responses.error(400, "The request body has a value of the wrong type: " + field);
    }
    return Responses.error(400, "The request body is not valid JSON");
  }
}
