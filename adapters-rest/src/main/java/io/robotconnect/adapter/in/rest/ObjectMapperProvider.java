package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON as IFTTT wants it: unknown keys ignored (IFTTT adds keys at any time), nulls left out. */
@Provider
public class ObjectMapperProvider implements ContextResolver<ObjectMapper> {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }

  /** The mapper every resource and test of the REST adapter shares. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
