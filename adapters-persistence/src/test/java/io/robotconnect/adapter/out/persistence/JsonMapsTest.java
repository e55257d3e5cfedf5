package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonMapsTest {
  private final JsonMaps maps = new JsonMaps(TestJson.shared());

  private static Map<String, String> jackson(String json) throws Exception {
    return TestJson.shared().readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
  }

  @Test
  void givenMapsOfAnyText_whenWrittenAndRead_thenTheSameMapComesBack() {
    Random random = new Random(42);
    String alphabet = "ab Z09_-:,{}[]\"\\\t\n\u00e9\u4e2d\ud83d\ude00/'";
    for (int i = 0; i < 5_000; i++) {
      Map<String, String> map = new LinkedHashMap<>();
      int entries = random.nextInt(4);
      for (int e = 0; e < entries; e++) {
        map.put(text(random, alphabet), text(random, alphabet));
      }
      assertThat(maps.read(maps.write(map))).isEqualTo(map);
    }
  }

  @Test
  void givenAMap_whenWritten_thenItHasTheStoredShape_keysSorted_textEscapedAsJson() {
    assertThat(maps.write(Map.of("said_at", "2026-01-01T00:00:00Z", "phrase", "say \"hi\"\n")))
        .isEqualTo("{\"phrase\":\"say \\\"hi\\\"\\n\",\"said_at\":\"2026-01-01T00:00:00Z\"}");
  }

  @Test
  void givenJsonInOtherShapes_whenRead_thenItMeansWhatJacksonReadsInIt() throws Exception {
    for (String json :
        List.of(
            "{}",
            " { } ",
            "{\"a\":\"1\"}",
            " {\n \"a\" : \"1\" ,\t\"b\":\"\" } ",
            "{\"a\":\"x\\\"y\"}",
            "{\"a\":\"\\u00e9\"}",
            "{\"a\":1,\"b\":true}",
            "{\"voice_command\":\"lights on\",\"created_at\":\"2026-01-01T00:00:00+00:00\"}")) {
      assertThat(maps.read(json)).as(json).isEqualTo(jackson(json));
    }
  }

  @Test
  void givenTextThatIsNotAnObjectOfScalars_whenRead_thenItIsRefused() {
    for (String json :
        List.of(
            "[]",
            "{\"a\":{\"b\":\"c\"}}",
            "{\"a\":\"1\"",
            "\"a\"",
            "",
            "{\"a\":\"1\",\"a\":\"2\"}")) {
      assertThatThrownBy(() -> maps.read(json)).as(json).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void givenPlainObjects_whenScanned_thenNoParserIsNeeded_andOthersAreLeftToIt() {
    assertThat(JsonMaps.readPlain("{\"voice_command\":\"hi robot\"}"))
        .isEqualTo(Map.of("voice_command", "hi robot"));
    assertThat(JsonMaps.readPlain("{\"a\":\"x\\\"y\"}")).isNull();
    assertThat(JsonMaps.readPlain("{\"a\":1}")).isNull();
    assertThat(JsonMaps.readPlain("{\"a\":\"1\",\"a\":\"2\"}")).isNull();
    assertThat(JsonMaps.readPlain("{\"a\":\"1\"} x")).isNull();
  }

  private static String text(Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
