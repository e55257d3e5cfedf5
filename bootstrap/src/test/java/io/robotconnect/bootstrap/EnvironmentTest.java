package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void unsetOrBlankVariables_takeTheDefault() {
    Environment env = new Environment(Map.of("BLANK", "  "));
    assertThat(env.integer("UNSET", 8080, 0, 65535)).isEqualTo(8080);
    assertThat(env.string("BLANK", "x")).isEqualTo("x");
    assertThat(env.bool("UNSET", true)).isTrue();
  }

  @Test
  void aPortThatIsNotANumber_isRefusedNamingTheVariable() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_HTTP_PORT", "eighty"));
    assertThatThrownBy(() -> env.integer("ROBOTCONNECT_HTTP_PORT", 8080, 0, 65535))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("ROBOTCONNECT_HTTP_PORT: not a number: 'eighty'");
  }

  @Test
  void aNumberOutOfRange_isRefused() {
    Environment env = new Environment(Map.of("P", "70000"));
    assertThatThrownBy(() -> env.integer("P", 1, 0, 65535))
        .hasMessageContaining("P: must be between 0 and 65535");
  }

  @Test
  void durations_areSecondsOrIso8601() {
    Environment env = new Environment(Map.of("A", "86400", "B", "PT24H", "C", "soon"));
    assertThat(env.duration("A", Duration.ZERO)).isEqualTo(Duration.ofHours(24));
    assertThat(env.duration("B", Duration.ZERO)).isEqualTo(Duration.ofHours(24));
    assertThatThrownBy(() -> env.duration("C", Duration.ZERO)).hasMessageStartingWith("C: ");
  }

  @Test
  void uris_mustBeAbsoluteWithAnAllowedScheme() {
    Environment env = new Environment(Map.of("U", "ftp://x", "V", "https://realtime.ifttt.com"));
    assertThatThrownBy(() -> env.uri("U", "http://d", "http", "https"))
        .hasMessageStartingWith("U: must be an absolute http/https URI");
    assertThat(env.uri("V", "http://d", "http", "https"))
        .isEqualTo(URI.create("https://realtime.ifttt.com"));
  }

  @Test
  void booleans_acceptTheUsualSpellings_andRefuseOthers() {
    Environment env = new Environment(Map.of("Y", "yes", "N", "0", "X", "maybe"));
    assertThat(env.bool("Y", false)).isTrue();
    assertThat(env.bool("N", true)).isFalse();
    assertThatThrownBy(() -> env.bool("X", true)).hasMessageStartingWith("X: ");
  }

  @Test
  void lists_areCommaSeparated() {
    Environment env = new Environment(Map.of("L", " a, ,b ,c"));
    assertThat(env.list("L")).isEqualTo(List.of("a", "b", "c"));
    assertThat(env.list("NONE")).isEmpty();
  }
}
