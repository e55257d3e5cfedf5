package io.robotconnect.adapter.in.rest.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.domain.owner.Owner;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomPrefixRestTest {
  private final OAuthTestApp app = new OAuthTestApp(false, "/robot");
  private final Owner ada = app.owner("ada@example.com", "Ada");

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void authorizePage_isServedUnderTheConfiguredPrefix_andPostsToItself() throws Exception {
    HttpResponse<String> page =
        app.get(
            "/robot/ifttt/authorize?response_type=code&state=s&client_id="
                + OAuthTestApp.CLIENT_ID
                + "&redirect_uri="
                + URLEncoder.encode(OAuthTestApp.REDIRECT, StandardCharsets.UTF_8));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("action=\"authorize\"");
    assertThat(app.get("/third-party/ifttt/authorize").statusCode()).isEqualTo(404);
  }

  @Test
  void tokenEndpointAndUserInfo_areServedUnderTheConfiguredPrefix() throws Exception {
    String code =
        app.authorization.issueCode(
            ada.id(), new AuthorizationRequest(OAuthTestApp.CLIENT_ID, OAuthTestApp.REDIRECT));

    HttpResponse<String> tokens =
        app.post(
            "/robot/ifttt/v1/tokens",
            "application/x-www-form-urlencoded",
            "grant_type=authorization_code&client_id="
                + OAuthTestApp.CLIENT_ID
                + "&client_secret="
                + OAuthTestApp.CLIENT_SECRET
                + "&redirect_uri="
                + URLEncoder.encode(OAuthTestApp.REDIRECT, StandardCharsets.UTF_8)
                + "&code="
                + code);

    assertThat(tokens.statusCode()).isEqualTo(200);
    String accessToken = TokenEndpointRestTest.json(tokens).get("access_token").asText();
    assertThat(
            app.get("/robot/ifttt/v1/user/info", "Authorization", "Bearer " + accessToken)
                .statusCode())
        .isEqualTo(200);
  }
}
