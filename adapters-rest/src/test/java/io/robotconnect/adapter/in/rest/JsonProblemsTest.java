package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {
  private static final ObjectMapper PLATFORM = TestJson.mapper();
  private static final ObjectMapper STRICTER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(3)
                      .maxNameLength(8)
                      .maxStringLength(16)
                      .build())
              .build());

  @Test
  void aBodyBeyondALimit_isDescribedWithTheLimitOfTheMapperThatReadIt() {
    assertThat(describe("[".repeat(65) + "]".repeat(65), PLATFORM))
        .isEqualTo("The request body nests deeper than 64 levels");
    assertThat(describe("[[[[]]]]", STRICTER))
        .isEqualTo("The request body nests deeper than 3 levels");
    assertThat(describe("{\"" + "k".repeat(1025) + "\":1}", PLATFORM))
        .isEqualTo("The request body has a key longer than 1024 characters");
    assertThat(describe("{\"" + "k".repeat(9) + "\":1}", STRICTER))
        .isEqualTo("The request body has a key longer than 8 characters");
    assertThat(describe("[\"" + "t".repeat(256 * 1024 + 1) + "\"]", PLATFORM))
        .isEqualTo("The request body has a text longer than 262144 characters");
    assertThat(describe("[\"" + "t".repeat(17) + "\"]", STRICTER))
        .isEqualTo("The request body has a text longer than 16 characters");
  }

  @Test
  void aRepeatedKeyOrBrokenJson_isNamed() {
    assertThat(describe("{\"a\":1,\"a\":2}", PLATFORM))
        .isEqualTo("The request body repeats the key a");
    assertThat(describe("{\"a\":", PLATFORM)).isEqualTo("The request body is not valid JSON");
  }

  private static String describe(String body, ObjectMapper reader) {
    JsonProcessingException e =
        catchThrowableOfType(JsonProcessingException.class, () -> reader.readTree(body));
    assertThat(e).as("reading %s", body).isNotNull();
    return JsonProblems.describe(e, reader);
  }
}
