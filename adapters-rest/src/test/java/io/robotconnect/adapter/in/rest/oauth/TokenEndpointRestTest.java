package io.robotconnect.adapter.in.rest.oauth;

import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.CLIENT_ID;
import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.CLIENT_SECRET;
import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.domain.owner.Owner;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenEndpointRestTest {
  private static final String TOKENS = "/third-party/ifttt/v1/tokens";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final OAuthTestApp app = new OAuthTestApp(false);
  private final Owner ada = app.owner("ada@example.com", "Ada");

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void formEncodedCodeExchange_returnsBearerTokensThatWork() throws Exception {
    HttpResponse<String> response = app.post(TOKENS, FORM, codeForm(code()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.has("expires_in")).isFalse();
    assertThat(userInfo(body.get("access_token").asText()).statusCode()).isEqualTo(200);
  }

  @Test
  void jsonCodeExchange_isAcceptedToo_withExtraKeysIgnored() throws Exception {
    String body =
        "{\"grant_type\":\"authorization_code\",\"code\":\""
            + code()
            + "\",\"client_id\":\""
            + CLIENT_ID
            + "\",\"client_secret\":\""
            + CLIENT_SECRET
            + "\",\"redirect_uri\":\""
            + REDIRECT
            + "\",\"something_new\":{\"x\":1}}";

    HttpResponse<String> response = app.post(TOKENS, "application/json", body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("refresh_token").asText()).isNotBlank();
  }

  @Test
  void clientCredentialsInHttpBasic_areAccepted() throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    String form = "grant_type=authorization_code&code=" + code() + "&redirect_uri=" + enc(REDIRECT);

    HttpResponse<String> response = app.post(TOKENS, FORM, form, "Authorization", "Basic " + basic);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void reusedCode_isAnInvalidGrant() throws Exception {
    String code = code();
    assertThat(app.post(TOKENS, FORM, codeForm(code)).statusCode()).isEqualTo(200);

    HttpResponse<String> again = app.post(TOKENS, FORM, codeForm(code));

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("error").asText()).isEqualTo("invalid_grant");
    assertThat(json(again).get("error_description").asText()).isNotBlank();
    assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void wrongClientSecret_isAnInvalidClient_with401() throws Exception {
    String form =
        "grant_type=authorization_code&code="
            + code()
            + "&client_id="
            + CLIENT_ID
            + "&client_secret=wrong&redirect_uri="
            + enc(REDIRECT);

    HttpResponse<String> response = app.post(TOKENS, FORM, form);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("error").asText()).isEqualTo("invalid_client");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void unknownGrantType_isUnsupported() throws Exception {
    HttpResponse<String> response =
        app.post(TOKENS, FORM, clientAuth() + "&grant_type=password&username=a&password=b");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void missingGrantTypeOrCode_isAnInvalidRequest() throws Exception {
    assertThat(json(app.post(TOKENS, FORM, clientAuth())).get("error").asText())
        .isEqualTo("invalid_request");
    assertThat(
            json(app.post(TOKENS, FORM, clientAuth() + "&grant_type=authorization_code"))
                .get("error")
                .asText())
        .isEqualTo("invalid_request");
  }

  @Test
  void anAcceptHeaderWithoutJson_isRefusedInTheOAuthFormat() throws Exception {
    HttpResponse<String> response = app.post(TOKENS, FORM, codeForm(code()), "Accept", "text/html");

    assertThat(response.statusCode()).isEqualTo(406);
    JsonNode body = json(response);
    assertThat(body.get("error").asText()).isEqualTo("invalid_request");
    assertThat(body.has("error_description")).isTrue();
    assertThat(body.has("errors")).isFalse();
  }

  @Test
  void malformedJson_isAnInvalidRequest() throws Exception {
    HttpResponse<String> response = app.post(TOKENS, "application/json", "{\"grant_type\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void refresh_issuesNewTokens_andTheOldRefreshTokenStillWorksWithinTheGracePeriod()
      throws Exception {
    JsonNode first = json(app.post(TOKENS, FORM, codeForm(code())));
    String oldRefresh = first.get("refresh_token").asText();

    HttpResponse<String> refreshed = app.post(TOKENS, FORM, refreshForm(oldRefresh));
    assertThat(refreshed.statusCode()).isEqualTo(200);
    String newAccess = json(refreshed).get("access_token").asText();
    assertThat(newAccess).isNotEqualTo(first.get("access_token").asText());
    assertThat(userInfo(newAccess).statusCode()).isEqualTo(200);

    app.clock.advance(Duration.ofHours(1));
    HttpResponse<String> withOld = app.post(TOKENS, FORM, refreshForm(oldRefresh));
    assertThat(withOld.statusCode()).isEqualTo(200);
  }

  @Test
  void oldRefreshToken_stopsAfterTheGracePeriod() throws Exception {
    String oldRefresh =
        json(app.post(TOKENS, FORM, codeForm(code()))).get("refresh_token").asText();
    app.post(TOKENS, FORM, refreshForm(oldRefresh));

    app.clock.advance(Duration.ofHours(24));

    HttpResponse<String> response = app.post(TOKENS, FORM, refreshForm(oldRefresh));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void overlongCodeOrRefreshToken_isAnInvalidRequest() throws Exception {
    HttpResponse<String> code = app.post(TOKENS, FORM, codeForm("c".repeat(201)));
    HttpResponse<String> refresh = app.post(TOKENS, FORM, refreshForm("r".repeat(201)));

    assertThat(code.statusCode()).isEqualTo(400);
    assertThat(json(code).get("error").asText()).isEqualTo("invalid_request");
    assertThat(json(code).get("error_description").asText()).contains("code", "200");
    assertThat(refresh.statusCode()).isEqualTo(400);
    assertThat(json(refresh).get("error_description").asText()).contains("refresh_token");
  }

  @Test
  void duplicateJsonKeys_areAnInvalidRequest() throws Exception {
    HttpResponse<String> response =
        app.post(
            TOKENS,
            "application/json",
            "{\"grant_type\":\"authorization_code\",\"grant_type\":\"refresh_token\"}",
            "Authorization",
            clientAuth());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("invalid_request");
  }

  private HttpResponse<String> userInfo(String accessToken) throws Exception {
    return app.get("/third-party/ifttt/v1/user/info", "Authorization", "Bearer " + accessToken);
  }

  private String code() {
    return app.authorization.issueCode(ada.id(), new AuthorizationRequest(CLIENT_ID, REDIRECT));
  }

  private static String clientAuth() {
    return "client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET;
  }

  private static String codeForm(String code) {
    return clientAuth()
        + "&grant_type=authorization_code&code="
        + enc(code)
        + "&redirect_uri="
        + enc(REDIRECT);
  }

  private static String refreshForm(String refreshToken) {
    return clientAuth() + "&grant_type=refresh_token&refresh_token=" + enc(refreshToken);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return TestJson.shared().readTree(response.body());
  }
}
