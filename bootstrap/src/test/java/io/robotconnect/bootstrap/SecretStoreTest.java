package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

  @Test
  void aSecret_isGeneratedOnce_thenKept(@TempDir Path dir) throws Exception {
    SecretStore store = new SecretStore(dir.resolve("data"));
    SecretStore.Generated first = store.loadOrGenerate("ifttt-service-key");
    SecretStore.Generated again = store.loadOrGenerate("ifttt-service-key");

    assertThat(first.isNew()).isTrue();
    assertThat(again.isNew()).isFalse();
    assertThat(again.value()).isEqualTo(first.value());
    assertThat(first.value()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(Files.getPosixFilePermissions(first.file()))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void secrets_areRandom() {
    assertThat(SecretStore.randomSecret()).isNotEqualTo(SecretStore.randomSecret());
  }

  @Test
  void theSecret_isNotInItsDescription(@TempDir Path dir) {
    SecretStore.Generated key = new SecretStore(dir).loadOrGenerate("k");
    assertThat(key.toString()).doesNotContain(key.value());
  }
}
