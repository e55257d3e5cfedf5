package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/**
 * {@code ROBOTCONNECT_LOG_FORMAT} and the two formats of the shipped log configuration: one JSON
 * object per line with the event's context and key-value pairs as fields, or one readable line;
 * control characters from outside escaped in both.
 */
class LogFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** C0 (CR, LF, ESC, NUL, TAB), DEL, a C1 control (NEL) and the Unicode line separator. */
  private static final String HOSTILE =
      "evil\r\n2026-01-01 ERROR forged\u001b[31m\u0000\t\u007f\u0085\u2028end";

  @Test
  void unset_isText_andTextOrJson_isTaken() {
    assertThat(LogFormat.from(new Environment(Map.of()))).isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.from(new Environment(Map.of("ROBOTCONNECT_LOG_FORMAT", "text"))))
        .isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.from(new Environment(Map.of("ROBOTCONNECT_LOG_FORMAT", " JSON "))))
        .isEqualTo(LogFormat.JSON);
  }

  @Test
  void anUnknownFormat_isRefusedNamingTheVariable() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_LOG_FORMAT", "xml"));
    assertThatThrownBy(() -> LogFormat.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ROBOTCONNECT_LOG_FORMAT: must be text or json: 'xml'");
  }

  @Test
  void eachFormat_startsItsOwnAppenderOnly() throws Exception {
    try (ShippedLogConfig text = new ShippedLogConfig(LogFormat.TEXT)) {
      assertThat(text.rootAppenders()).containsExactly("text");
    }
    try (ShippedLogConfig json = new ShippedLogConfig(LogFormat.JSON)) {
      assertThat(json.rootAppenders()).containsExactly("json");
    }
  }

  @Test
  void json_isOneParsableObjectPerLine_withTheContextAndPairsAsFields() throws Exception {
    try (ShippedLogConfig shipped = new ShippedLogConfig(LogFormat.JSON)) {
      LoggingEvent event =
          shipped.event(
              "access",
              "GET {} 200",
              null,
              Map.of("requestId", "rid-1", "ownerId", "owner-1"),
              "/third-party/ifttt/v1/status");
      event.addKeyValuePair(new KeyValuePair("route", "/third-party/ifttt/v1/status"));
      event.addKeyValuePair(new KeyValuePair("status", 200));
      event.addKeyValuePair(new KeyValuePair("durationMs", 1.5));

      String line = shipped.format(event);

      assertThat(line).endsWith("\n").doesNotContain("\r");
      assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
      JsonNode fields = JSON.readTree(line);
      assertThat(OffsetDateTime.parse(fields.get("timestamp").asText())).isNotNull();
      assertThat(fields.get("level").asText()).isEqualTo("INFO");
      assertThat(fields.get("logger").asText()).isEqualTo("access");
      assertThat(fields.get("message").asText()).isEqualTo("GET /third-party/ifttt/v1/status 200");
      assertThat(fields.get("requestId").asText()).isEqualTo("rid-1");
      assertThat(fields.get("ownerId").asText()).isEqualTo("owner-1");
      assertThat(fields.get("route").asText()).isEqualTo("/third-party/ifttt/v1/status");
      assertThat(fields.get("status").isInt()).isTrue();
      assertThat(fields.get("status").asInt()).isEqualTo(200);
      assertThat(fields.get("durationMs").asDouble()).isEqualTo(1.5);
      assertThat(fields.has("@version")).isFalse();
      assertThat(fields.has(LogFormat.PROPERTY)).as("no logging context properties").isFalse();
    }
  }

  @Test
  void json_escapesControlCharactersFromOutside_andKeepsTheValue() throws Exception {
    try (ShippedLogConfig shipped = new ShippedLogConfig(LogFormat.JSON)) {
      String line =
          shipped.format(
              shipped.event(
                  "test",
                  "value {}",
                  new IllegalArgumentException(HOSTILE),
                  Map.of("requestId", "id\n\u001b"),
                  HOSTILE));

      String body = line.substring(0, line.length() - 1);
      assertThat(body.chars().filter(EscapedControlCharacters::isControl))
          .as("no raw control character before the line's end")
          .isEmpty();
      assertThat(body).containsIgnoringCase("\\u001b[31m").contains("\\u0085").contains("\\u2028");
      JsonNode fields = JSON.readTree(line);
      assertThat(fields.get("message").asText()).isEqualTo("value " + HOSTILE);
      assertThat(fields.get("requestId").asText()).isEqualTo("id\n\u001b");
      assertThat(fields.get("stackTrace").asText())
          .startsWith("java.lang.IllegalArgumentException: " + HOSTILE);
    }
  }

  @Test
  void text_escapesTheSameCharacters() throws Exception {
    try (ShippedLogConfig shipped = new ShippedLogConfig(LogFormat.TEXT)) {
      String line = shipped.format(shipped.event("test", "value {}", null, Map.of(), HOSTILE));

      String body = line.substring(0, line.length() - 1);
      assertThat(body.chars().filter(EscapedControlCharacters::isControl)).isEmpty();
      assertThat(body)
          .contains("value evil\\r\\n2026-01-01 ERROR forged\\u001b[31m\\u0000\\t\\u007f\\u0085")
          .contains("\\u2028end");
    }
  }
}
