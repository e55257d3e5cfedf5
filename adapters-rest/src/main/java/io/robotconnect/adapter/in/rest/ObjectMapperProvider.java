package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Objects;

/**
 * Hands Jersey's JSON provider the platform's one mapper, so that every request body is read and
 * every answer written with the same rules and limits as the rest of the platform.
 */
final class ObjectMapperProvider implements ContextResolver<ObjectMapper> {
  private final ObjectMapper json;

  ObjectMapperProvider(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return json;
  }
}
