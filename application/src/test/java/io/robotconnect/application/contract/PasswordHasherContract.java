package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} must do; extend it once per implementation. */
public abstract class PasswordHasherContract {

  protected abstract PasswordHasher hasher();

  @Test
  void hash_neitherContainsThePasswordNorRepeatsForTheSamePassword() {
    String first = hasher().hash("correct horse battery");
    String second = hasher().hash("correct horse battery");

    assertThat(first).doesNotContain("correct horse battery");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void matches_acceptsTheHashedPasswordOnly() {
    String hash = hasher().hash("correct horse battery");

    assertThat(hasher().matches("correct horse battery", hash)).isTrue();
    assertThat(hasher().matches("correct horse batterY", hash)).isFalse();
    assertThat(hasher().matches("", hash)).isFalse();
  }

  @Test
  void longAndNonAsciiPasswords_areDistinguished() {
    String base = "ä".repeat(60);
    String hash = hasher().hash(base + "1");

    assertThat(hasher().matches(base + "1", hash)).isTrue();
    assertThat(hasher().matches(base + "2", hash)).isFalse();
  }

  @Test
  void malformedHash_matchesNothing() {
    assertThat(hasher().matches("anything", "not-a-hash")).isFalse();
    assertThat(hasher().matches("anything", "")).isFalse();
  }
}
