package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.acceptance.support.Eventually;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NUL, ESC, CR and LF sent in a request's path, query, request id and body never reach the log raw:
 * each event stays one physical line, with those characters written as escapes.
 */
class LogInjectionTest {
  /** Where the acceptance tests' log configuration writes the application's log. */
  private static final Path LOG = Path.of("target/acceptance-app.log");

  private static final String FORGED = "Nowhere\r\n00:00:00.000 ERROR forged line\u001b[31m\u0000";

  @BeforeAll
  static void signIn() {
    Caller.signInAll();
  }

  @Test
  void controlCharactersFromOutside_areEscapedOnTheirEventsLine() throws IOException {
    long mark = Files.size(LOG);

    Map<String, String> headers = new HashMap<>(Caller.IFTTT_WITH_ACCESS_TOKEN.headers());
    headers.put("Content-Type", Http.JSON_TYPE);
    String body =
        Http.JSON
            .createObjectNode()
            .set("actionFields", Http.JSON.createObjectNode().put("place", FORGED))
            .toString();
    Http.RawResponse action =
        Http.sendRaw(
            "POST",
            "/third-party/ifttt/v1/actions/move?note=%0d%0aFORGED%1b%00",
            headers,
            body.getBytes(StandardCharsets.UTF_8));
    Http.RawResponse unknownPath =
        Http.sendRaw(
            "GET",
            "/third-party/ifttt/v1/x%0d%0aFORGED%1b%00",
            Map.of("X-Request-ID", "id\u001b[2J\u0000"),
            null);

    assertThat(action.status()).as(action.body()).isLessThan(500);
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.header("X-Request-ID"))
        .as("a hostile request id is replaced, not echoed")
        .matches("[A-Za-z0-9._:-]+");
    String requestId = action.header("X-Request-ID");
    Eventually.waitUntil(
        Duration.ofSeconds(5),
        "both requests are in the access log",
        () -> linesSince(mark).stream().filter(l -> l.contains(" access ")).count() >= 2);

    List<String> lines = linesSince(mark);
    assertThat(lines)
        .as("no raw CR, ESC or NUL anywhere in the log")
        .noneMatch(l -> l.contains("\r") || l.contains("\u001b") || l.contains("\u0000"));
    assertThat(lines)
        .as("the skipped action's line names the place, escaped")
        .anyMatch(
            l ->
                l.contains(requestId)
                    && l.contains("Nowhere\\r\\n00:00:00.000 ERROR forged line\\u001b[31m\\u0000"));
    assertThat(lines).as("no forged line of its own").noneMatch(l -> l.startsWith("00:00:00.000"));
  }

  private static List<String> linesSince(long mark) {
    try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
      byte[] bytes = new byte[(int) (file.length() - mark)];
      file.seek(mark);
      file.readFully(bytes);
      return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + LOG, e);
    }
  }
}
