package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as IFTTT wants it: unknown keys ignored (IFTTT adds keys at any time), nulls left out. Every
 * request body is read with these limits, checked while parsing, so a hostile body is refused
 * before it is built: no repeated keys, at most {@value #MAX_NESTING_DEPTH} levels of nesting, no
 * string longer than {@value #MAX_STRING_LENGTH} characters, no key longer than {@value
 * #MAX_NAME_LENGTH}.
 */
@Provider
public class ObjectMapperProvider implements ContextResolver<ObjectMapper> {
  /** The deepest request body (a connection update) nests 8 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Far above every field's own maximum, so that the field's check names the field. */
  public static final int MAX_STRING_LENGTH = 256 * 1024;

  public static final int MAX_NAME_LENGTH = 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNameLength(MAX_NAME_LENGTH)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
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
