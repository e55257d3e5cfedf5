package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.adapter.in.rest.Brand;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreSettingsTest {

  @Test
  void defaults_areTheEmbeddedOnes() {
    CoreSettings settings = CoreSettings.from(new Environment(Map.of()));
    assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.apiPrefix().value()).isEqualTo("/third-party");
    assertThat(settings.dbUrl())
        .startsWith("jdbc:h2:file:")
        .contains("/data/robotconnect;")
        .contains(";DB_CLOSE_ON_EXIT=FALSE", ";TRACE_LEVEL_FILE=0");
    assertThat(settings.dbPoolSize()).isEqualTo(10);
    assertThat(settings.serviceKey()).isEmpty();
    assertThat(settings.brand()).isEqualTo(Brand.DEFAULT);
  }

  @Test
  void theDemo_listensOnThisMachineOnly_unlessTheHostIsSet() {
    CoreSettings demo = CoreSettings.from(new Environment(Map.of("ROBOTCONNECT_DEMO", "true")));
    CoreSettings demoOnAllInterfaces =
        CoreSettings.from(
            new Environment(
                Map.of("ROBOTCONNECT_DEMO", "true", "ROBOTCONNECT_HTTP_HOST", "0.0.0.0")));
    CoreSettings notDemo = CoreSettings.from(new Environment(Map.of("ROBOTCONNECT_DEMO", "no")));

    assertThat(demo.httpHost()).isEqualTo("127.0.0.1");
    assertThat(demoOnAllInterfaces.httpHost()).isEqualTo("0.0.0.0");
    assertThat(notDemo.httpHost()).isEqualTo("0.0.0.0");
  }

  @Test
  void theBrand_isTheProductsNameAndLogo() {
    Environment env =
        new Environment(
            Map.of(
                "ROBOTCONNECT_BRAND_NAME", "Acme Robots",
                "ROBOTCONNECT_BRAND_LOGO_URL", "https://cdn.acme.example/logo.svg"));

    Brand brand = CoreSettings.from(env).brand();

    assertThat(brand.name()).isEqualTo("Acme Robots");
    assertThat(brand.logo()).hasValue(URI.create("https://cdn.acme.example/logo.svg"));
  }

  @Test
  void aLogoUrlThatIsNotAbsoluteHttps_stopsStartUpNamingTheVariable() {
    for (String bad : new String[] {"http://cdn.acme.example/logo.svg", "/logo.svg", "::"}) {
      Environment env = new Environment(Map.of("ROBOTCONNECT_BRAND_LOGO_URL", bad));
      assertThatThrownBy(() -> CoreSettings.from(env))
          .as(bad)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("ROBOTCONNECT_BRAND_LOGO_URL: ");
    }
  }

  @Test
  void anOverlongBrandName_stopsStartUpNamingTheVariable() {
    Environment env =
        new Environment(Map.of("ROBOTCONNECT_BRAND_NAME", "x".repeat(Brand.MAX_NAME_LENGTH + 1)));
    assertThatThrownBy(() -> CoreSettings.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_BRAND_NAME: ");
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
