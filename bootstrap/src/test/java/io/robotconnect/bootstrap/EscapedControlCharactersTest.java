package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
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
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(EscapedControlCharactersTest.class.getResource("/logback.xml"));
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> stdout =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
    LoggingEvent event =
        new LoggingEvent(
            "test",
            context.getLogger("test"),
            Level.INFO,
            "value {}",
            thrown,
            new Object[] {message});
    event.setMDCPropertyMap(mdc);
    try {
      return new String(stdout.getEncoder().encode(event), StandardCharsets.UTF_8);
    } finally {
      context.stop();
    }
  }
}
