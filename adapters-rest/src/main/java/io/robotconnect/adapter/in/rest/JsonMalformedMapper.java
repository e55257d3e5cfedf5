package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed JSON, a value of the wrong type, a repeated key or a body beyond the parser's limits →
 * 400 with an {@code errors} body naming the field.
 */
@Provider
public class JsonMalformedMapper implements ExceptionMapper<JsonProcessingException> {
  private static final Logger LOG = LoggerFactory.getLogger(JsonMalformedMapper.class);
  private final ObjectMapper json;

  @Inject
  public JsonMalformedMapper(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Response toResponse(JsonProcessingException e) {
    String message = JsonProblems.describe(e, json);
    LOG.info("rejected request body: {}", message);
    return Responses.error(400, message);
  }
}
