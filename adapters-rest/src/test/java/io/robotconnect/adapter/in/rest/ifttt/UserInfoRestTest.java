package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.adapter.in.rest.oauth.OAuthTestApp;
import io.robotconnect.domain.owner.Owner;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserInfoRestTest {
  private static final String USER_INFO = "/third-party/ifttt/v1/user/info";
  private final OAuthTestApp app = new OAuthTestApp(false);

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void validAccessToken_answersTheOwnersNameAndPermanentId() throws Exception {
    Owner ada = app.owner("ada@example.com", "Ada Lovelace");
    String token = app.tokens.issue(ada.id()).accessToken();

    HttpResponse<String> response = app.get(USER_INFO, "Authorization", "Bearer " + token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    JsonNode data = TestJson.shared().readTree(response.body()).get("data");
    assertThat(data.get("name").asText()).isEqualTo("Ada Lovelace");
    assertThat(data.get("id").asText()).isEqualTo(ada.id().value());
  }

  @Test
  void invalidAccessToken_isUnauthorizedWithErrors() throws Exception {
    HttpResponse<String> response = app.get(USER_INFO, "Authorization", "Bearer INVALID");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(TestJson.shared().readTree(response.body()).at("/errors/0/message").asText())
        .isNotBlank();
  }

  @Test
  void missingAccessToken_isUnauthorized() throws Exception {
    assertThat(app.get(USER_INFO).statusCode()).isEqualTo(401);
  }

  @Test
  void revokedAccessToken_isUnauthorized() throws Exception {
    Owner ada = app.owner("ada@example.com", "Ada");
    String token = app.tokens.issue(ada.id()).accessToken();
    app.authorization.revokeAll(ada.id());

    assertThat(app.get(USER_INFO, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
  }
}
