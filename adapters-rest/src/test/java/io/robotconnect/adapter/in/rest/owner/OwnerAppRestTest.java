package io.robotconnect.adapter.in.rest.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.adapter.in.rest.oauth.OAuthTestApp;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.ReservedAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnerAppRestTest {
  private static final String JSON = "application/json";
  private final OAuthTestApp app = new OAuthTestApp(false);

  @BeforeEach
  void registerAda() {
    app.owner("ada@example.com", "Ada");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void rightCredentials_giveASessionToken() throws Exception {
    HttpResponse<String> response = signIn("ada@example.com", OAuthTestApp.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).at("/data/token").asText()).hasSizeGreaterThanOrEqualTo(43);
  }

  @Test
  void wrongPasswordOrUnknownEmail_areUnauthorized_withTheSameMessage() throws Exception {
    HttpResponse<String> wrongPassword = signIn("ada@example.com", "wrong-password");
    HttpResponse<String> unknownEmail = signIn("bob@example.com", OAuthTestApp.PASSWORD);

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownEmail.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    assertThat(json(wrongPassword).at("/message").asText()).isNotBlank();
  }

  @Test
  void malformedOrIncompleteBody_isABadRequest() throws Exception {
    assertThat(app.post("/api/v1/sessions", JSON, "{\"email\":").statusCode()).isEqualTo(400);
    HttpResponse<String> noPassword =
        app.post("/api/v1/sessions", JSON, "{\"email\":\"ada@example.com\"}");
    assertThat(noPassword.statusCode()).isEqualTo(400);
    assertThat(json(noPassword).at("/message").asText()).contains("password");
  }

  @Test
  void connectingAndDisconnectingIfttt_showsInThirdPartyInfo() throws Exception {
    String session = session();
    assertThat(isConnected(session)).isFalse();

    HttpResponse<String> authorization =
        app.post(
            "/third-party/ifttt/v1/authorizations",
            JSON,
            "{\"clientId\":\"" + OAuthTestApp.CLIENT_ID + "\"}",
            "Authorization",
            "Bearer " + session);
    assertThat(authorization.statusCode()).isEqualTo(201);
    String code = json(authorization).at("/data/0/code").asText();
    HttpResponse<String> tokens =
        app.post(
            "/third-party/ifttt/v1/tokens",
            "application/x-www-form-urlencoded",
            "grant_type=authorization_code&client_id="
                + OAuthTestApp.CLIENT_ID
                + "&client_secret="
                + OAuthTestApp.CLIENT_SECRET
                + "&code="
                + code);
    assertThat(tokens.statusCode()).isEqualTo(200);
    assertThat(isConnected(session)).isTrue();

    HttpResponse<String> revoked =
        app.delete("/third-party/ifttt/v1/tokens", "Authorization", "Bearer " + session);

    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(isConnected(session)).isFalse();
    String accessToken = json(tokens).get("access_token").asText();
    assertThat(
            app.get("/third-party/ifttt/v1/user/info", "Authorization", "Bearer " + accessToken)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void wrongClientId_isABadRequestWithErrors() throws Exception {
    HttpResponse<String> response =
        app.post(
            "/third-party/ifttt/v1/authorizations",
            JSON,
            "{\"clientId\":\"someone-else\"}",
            "Authorization",
            "Bearer " + session());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/errors/0/message").asText()).isNotBlank();
  }

  @Test
  void signingOut_endsTheSession() throws Exception {
    String session = session();

    HttpResponse<String> signOut =
        app.delete("/api/v1/sessions", "Authorization", "Bearer " + session);

    assertThat(signOut.statusCode()).isEqualTo(204);
    assertThat(app.get("/third-party/info", "Authorization", "Bearer " + session).statusCode())
        .isEqualTo(401);
  }

  @Test
  void ownerAppEndpoints_needASession() throws Exception {
    assertThat(app.get("/third-party/info").statusCode()).isEqualTo(401);
    assertThat(
            app.post(
                    "/third-party/ifttt/v1/authorizations",
                    JSON,
                    "{\"clientId\":\"" + OAuthTestApp.CLIENT_ID + "\"}",
                    "Authorization",
                    "Bearer made-up")
                .statusCode())
        .isEqualTo(401);
    assertThat(app.delete("/third-party/ifttt/v1/tokens").statusCode()).isEqualTo(401);
  }

  @Test
  void theIftttEndpointTestAccount_cannotSignIn_answeredExactlyAsAWrongPassword() throws Exception {
    app.registration.registerIfAbsent(
        new RegisterOwnerCommand(
            ReservedAccounts.IFTTT_ENDPOINT_TEST, "IFTTT endpoint test", OAuthTestApp.PASSWORD));

    HttpResponse<String> reserved =
        signIn(ReservedAccounts.IFTTT_ENDPOINT_TEST.value(), OAuthTestApp.PASSWORD);
    HttpResponse<String> wrongPassword = signIn("ada@example.com", "wrong-password");

    assertThat(reserved.statusCode()).isEqualTo(401);
    assertThat(reserved.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void theDemoOwner_createdByThePlatform_canSignIn() throws Exception {
    app.registration.registerIfAbsent(
        new RegisterOwnerCommand(
            new EmailAddress("demo@" + ReservedAccounts.DOMAIN),
            "Demo Owner",
            OAuthTestApp.PASSWORD));

    HttpResponse<String> response = signIn("demo@robotconnect.invalid", OAuthTestApp.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void credentialsOfTheWrongTypeOrBeyondTheirMaximum_areABadRequestNamingTheField()
      throws Exception {
    HttpResponse<String> arrayEmail =
        app.post("/api/v1/sessions", JSON, "{\"email\":[\"a\"],\"password\":\"x\"}");
    HttpResponse<String> longPassword =
        app.post(
            "/api/v1/sessions",
            JSON,
            "{\"email\":\"ada@example.com\",\"password\":\"" + "p".repeat(201) + "\"}");
    HttpResponse<String> longEmail =
        app.post(
            "/api/v1/sessions", JSON, "{\"email\":\"" + "e".repeat(255) + "\",\"password\":\"x\"}");

    assertThat(arrayEmail.statusCode()).isEqualTo(400);
    assertThat(json(arrayEmail).at("/message").asText()).contains("email");
    assertThat(longPassword.statusCode()).isEqualTo(400);
    assertThat(json(longPassword).at("/message").asText()).contains("password", "200");
    assertThat(longEmail.statusCode()).isEqualTo(400);
    assertThat(json(longEmail).at("/message").asText()).contains("email", "254");
  }

  private boolean isConnected(String session) throws Exception {
    HttpResponse<String> info = app.get("/third-party/info", "Authorization", "Bearer " + session);
    assertThat(info.statusCode()).isEqualTo(200);
    JsonNode entry = json(info).at("/data/0");
    assertThat(entry.get("name").asText()).isEqualTo("IFTTT");
    return entry.get("isConnected").asBoolean();
  }

  private String session() throws Exception {
    return json(signIn("ada@example.com", OAuthTestApp.PASSWORD)).at("/data/token").asText();
  }

  private HttpResponse<String> signIn(String email, String password) throws Exception {
    return app.post(
        "/api/v1/sessions",
        JSON,
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"device\":\"phone\"}");
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return TestJson.shared().readTree(response.body());
  }
}
