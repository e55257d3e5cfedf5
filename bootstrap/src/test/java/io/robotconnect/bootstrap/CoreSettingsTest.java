package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreSettingsTest {

  @Test
  void defaults_areTheEmbeddedOnes() {
    CoreSettings settings = CoreSettings.from(new Environment(Map.of()));
    assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.apiPrefix().value()).isEqualTo("/third-party");
    assertThat(settings.dbUrl()).startsWith("jdbc:h2:file:").endsWith("/data/robotconnect");
    assertThat(settings.dbPoolSize()).isEqualTo(10);
    assertThat(settings.serviceKey()).isEmpty();
  }

  @Test
  void aDatabaseUrlOfAnotherKind_isRefusedNamingTheVariable() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_DB_URL", "jdbc:mysql://db/x"));
    assertThatThrownBy(() -> CoreSettings.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_DB_URL: ");
  }

  @Test
  void aMalformedPrefix_isRefusedNamingTheVariable() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_API_PREFIX", "third-party/"));
    assertThatThrownBy(() -> CoreSettings.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_API_PREFIX: ");
  }

  @Test
  void theDatabasePassword_isNeverPrinted() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_DB_PASSWORD", "hunter2"));
    assertThat(CoreSettings.from(env).toString()).doesNotContain("hunter2");
  }
}
