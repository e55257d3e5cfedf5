package io.robotconnect.bootstrap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The platform's one JSON configuration, made once and handed to every adapter: unknown keys
 * ignored (IFTTT adds keys at any time), nulls left out, and every document read with limits
 * checked while parsing, so that a hostile body is refused before it is built: no repeated keys, at
 * most {@value #MAX_NESTING_DEPTH} levels of nesting, no string longer than {@value
 * #MAX_STRING_LENGTH} characters, no key longer than {@value #MAX_NAME_LENGTH}.
 */
public final class JsonMapping {
  /** The deepest request body (a connection update) nests 8 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Far above every field's own maximum, so that the field's check names the field. */
  public static final int MAX_STRING_LENGTH = 256 * 1024;

  public static final int MAX_NAME_LENGTH = 1024;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  private JsonMapping() {}

  /** A reader of the operator's YAML files (the behaviour file), with the same limits. */
  public static ObjectMapper yaml() {
    return new YAMLMapper(
        YAMLFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
  }

  /**
   * A new mapper with the platform's configuration; the composition root makes one and shares it.
   */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(LIMITS)
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
