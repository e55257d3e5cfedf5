package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.contract.PasswordHasherContract;
import io.robotconnect.application.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest extends PasswordHasherContract {
  private static final BcryptPasswordHasher HASHER = new BcryptPasswordHasher(4);

  @Override
  protected PasswordHasher hasher() {
    return HASHER;
  }

  @Test
  void hash_isABcryptHashWithTheConfiguredCost() {
    assertThat(new BcryptPasswordHasher(5).hash("correct horse battery")).startsWith("$2b$05$");
  }

  @Test
  void defaultCost_isTwelve() {
    assertThat(new BcryptPasswordHasher().hash("correct horse battery")).startsWith("$2b$12$");
  }

  @Test
  void costOutsideBcryptsRange_isRefused() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
