package io.robotconnect.adapter.in.rest.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AuthorizeParametersTest {

  @Test
  void theRedirect_carriesCodeAndStateAsEncodedQueryValues_neverAsTemplatesOrDelimiters() {
    AuthorizeParameters parameters =
        new AuthorizeParameters(
            "client", "https://ifttt.com/channels/x/authorize", "code", "a b&c={d}#e%", null);

    URI redirect = parameters.redirect("code", "k/1+2");

    assertThat(redirect.getRawQuery()).isEqualTo("code=k%2F1%2B2&state=a%20b%26c%3D%7Bd%7D%23e%25");
    assertThat(redirect.getHost()).isEqualTo("ifttt.com");
    assertThat(redirect.getRawFragment()).isNull();
  }

  @Test
  void aRedirectUriWithAQuery_keepsItAndAppendsTheCode() {
    AuthorizeParameters parameters =
        new AuthorizeParameters("client", "https://app.example/cb?x=1", "code", null, null);

    assertThat(parameters.redirect("error", "access_denied").toString())
        .isEqualTo("https://app.example/cb?x=1&error=access_denied");
  }
}
