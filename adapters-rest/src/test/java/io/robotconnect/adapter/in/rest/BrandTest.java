package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandTest {

  @Test
  void anHttpsLogo_orAnHttpOneOnThisMachine_isTaken() {
    assertThat(Brand.logoUrl("https://cdn.example.com/logo.svg?v=2"))
        .isEqualTo(URI.create("https://cdn.example.com/logo.svg?v=2"));
    assertThat(Brand.logoUrl("http://localhost:8080/logo.png")).hasHost("localhost");
    assertThat(Brand.logoUrl("http://127.0.0.1/logo.png")).hasHost("127.0.0.1");
  }

  @Test
  void aLogoThatIsNotAnAbsoluteHttpsUrl_isRefused() {
    for (String bad :
        new String[] {
          "http://cdn.example.com/logo.png",
          "/static/logo.png",
          "logo.png",
          "javascript:alert(1)",
          "data:image/png;base64,AAAA",
          "ftp://cdn.example.com/logo.png",
          "https:///logo.png",
          "https://user:pw@cdn.example.com/logo.png",
          "https://cdn.example.com/a logo.png",
          "https://cdn.example.com/\nlogo.png",
          "https://cdn.example.com/" + "x".repeat(Brand.MAX_LOGO_LENGTH)
        }) {
      assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Brand.logoUrl(bad));
    }
  }

  @Test
  void aBrandNameMustBeShortTextOnOneLine() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Brand(" ", Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Brand("Acme\nRobots", Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Brand("x".repeat(Brand.MAX_NAME_LENGTH + 1), Optional.empty()));
    assertThat(new Brand("x".repeat(Brand.MAX_NAME_LENGTH), Optional.empty()).name())
        .hasSize(Brand.MAX_NAME_LENGTH);
  }

  @Test
  void theLogosOrigin_isWhatTheContentSecurityPolicyAllows() {
    assertThat(
            new Brand("Acme", Optional.of(URI.create("https://CDN.example.com:8443/a/l.png")))
                .logoOrigin())
        .hasValue("https://cdn.example.com:8443");
    assertThat(Brand.DEFAULT.logoOrigin()).isEmpty();
    assertThat(Brand.DEFAULT.name()).isEqualTo("Robot Connect");
  }

  @Test
  void aLogoGivenAsAUri_isCheckedToo() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Brand("Acme", Optional.of(URI.create("http://cdn.example.com/logo.png"))));
  }
}
