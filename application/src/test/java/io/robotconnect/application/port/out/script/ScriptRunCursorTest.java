package io.robotconnect.application.port.out.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptRunCursorTest {

  @Test
  void aToken_readsBackAsItsCursor_andIsUrlSafe() {
    ScriptRunCursor cursor =
        new ScriptRunCursor(Instant.parse("2026-03-01T10:15:30.123456Z"), UUID.randomUUID());

    assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    assertThat(ScriptRunCursor.parse(cursor.token())).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "!!!", "bm90IGEgY3Vyc29y", "MjAyNi0wMy0wMVQxMDoxNTozMFogbm90LWEtdXVpZA"})
  void aTokenNotMadeByTheCursor_isRefused(String token) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScriptRunCursor.parse(token))
        .withMessage("not a script-run cursor");
  }

  @Test
  void anOverlongOrNonCanonicalToken_isRefused() {
    UUID id = UUID.randomUUID();
    String upperCaseId =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("1970-01-01T00:00:00Z " + id.toString().toUpperCase())
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(ScriptRunCursor.parse(new ScriptRunCursor(Instant.EPOCH, id).token()).runId())
        .isEqualTo(id);
    assertThatIllegalArgumentException().isThrownBy(() -> ScriptRunCursor.parse(upperCaseId));
    assertThatIllegalArgumentException().isThrownBy(() -> ScriptRunCursor.parse("A".repeat(201)));
    assertThatIllegalArgumentException().isThrownBy(() -> ScriptRunCursor.parse(null));
  }
}
