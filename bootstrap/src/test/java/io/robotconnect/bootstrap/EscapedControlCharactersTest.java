package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log configuration the jar ships writes every event as one line, control characters escaped.
 */
class EscapedControlCharactersTest {
  private static final String HOSTILE = "evil\r\n2026-01-01 ERROR forged\u001b[31m\u0000\t";

  @Test
  void hostileValuesInMessageAndRequestId_areEscapedOnOneLine() throws Exception {
    String line = formatWithShippedConfig(HOSTILE, Map.of("requestId", "id\n\u001b"), null);

    assertThat(line).endsWith("\n");
    assertThat(line.substring(0, line.length() - 1))
        .doesNotContain("\r", "\n", "\u001b", "\u0000", "\t")
        .contains("evil\\r\\n2026-01-01 ERROR forged\\u001b[31m\\u0000\\t")
        .contains("rid=id\\n\\u001b ");
  }

  @Test
  void anExceptionEchoingInput_staysOnTheEventsLine() throws Exception {
    String line =
        formatWithShippedConfig("failed", Map.of(), new IllegalArgumentException(HOSTILE));

    assertThat(line.substring(0, line.length() - 1))
        .doesNotContain("\r", "\n", "\u001b", "\u0000")
        .contains("IllegalArgumentException: evil")
        .contains("\\u001b[31m");
  }

  @Test
  void plainTextIsLeftAlone() {
    String plain = "POST /third-party/ifttt/v1/triggers/voice_command 200 812us";
    assertThat(EscapedControlCharacters.escape(plain)).isSameAs(plain);
    assertThat(EscapedControlCharacters.escape("a\u2028b\u0085")).isEqualTo("a\\u2028b\\u0085");
  }

  private static String formatWithShippedConfig(
      String message, Map<String, String> mdc, Throwable thrown) throws Exception {
    try (ShippedLogConfig shipped = new ShippedLogConfig(LogFormat.TEXT)) {
      return shipped.format(shipped.event("test", "value {}", thrown, mdc, message));
    }
  }
}
