package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The platform's JSON configuration as the composition root makes it ({@code JsonMapping} in
 * bootstrap, which this module cannot see): the same limits, features and modules.
 */
public final class TestJson {
  private static final int MAX_NESTING_DEPTH = 64;
  private static final int MAX_STRING_LENGTH = 256 * 1024;
  private static final int MAX_NAME_LENGTH = 1024;

  private static final ObjectMapper MAPPER = mapper();

  private TestJson() {}

  /** One mapper shared by the tests that only read answers. */
  public static ObjectMapper shared() {
    return MAPPER;
  }

  /** A new mapper with the platform's configuration. */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addModule(new Jdk8Module())
        .build();
  }
}
