package io.robotconnect.adapter.in.rest.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.FakeConnectApi;
import io.robotconnect.application.fake.InMemoryConnectionRepository;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryUserConnectionRepository;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.service.OwnerConnectionService;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnerConnectionResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final FakeConnectApi connectApi = new FakeConnectApi();
  private final InMemoryConnectionRepository connections = new InMemoryConnectionRepository();
  private final InMemoryUserConnectionRepository userConnections =
      new InMemoryUserConnectionRepository();
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final OwnerId owner = ConnectionFixtures.newUser();
  private final Connection definition =
      ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());
  private RestTestServer server;

  @BeforeEach
  void start() {
    connections.save(definition);
    owners.save(new Owner(owner, new EmailAddress("me@example.com"), "Me", "hash"));
    connectApi.show(
        owner,
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(ConnectionFixtures.userConnection(owner, definition))));
    connectApi.options("day_of_week", List.of(FieldValue.Option.of("Monday", "1")));
    OwnerConnectionService service =
        new OwnerConnectionService(
            connectApi, connections, userConnections, owners, new DirectUnitOfWork());
    AuthenticateSessionUseCase sessions =
        token -> "owner-token".equals(token) ? Optional.of(owner) : Optional.empty();
    server =
        RestTestServer.start(
            new TestRestApi()
                .authenticateSession(sessions)
                .manageUserConnection(service)
                .runConnectionStep(service)
                .createConnectUrl(service));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.uri("/api/v1/connections/" + definition.id() + path))
            .header("Authorization", "Bearer owner-token")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutSession_isUnauthorized() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/v1/connections/" + definition.id()))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    JsonNode error = new ObjectMapper().readTree(response.body());
    assertThat(error.path("type").asText()).isEqualTo("error");
    assertThat(error.path("code").asText()).isEqualTo("unauthorized");
  }

  @Test
  void unsupportedMethod_is405_inTheConnectErrorFormat() throws Exception {
    HttpResponse<String> response = send("DELETE", "/connect_url", null);

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(new ObjectMapper().readTree(response.body()).path("code").asText())
        .isEqualTo("method_not_allowed");
  }

  @Test
  void bodyWithTrailingGarbage_isABadRequest() throws Exception {
    HttpResponse<String> response = send("POST", "/connect_url", "{} }");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(response.body()).path("code").asText())
        .isEqualTo("invalid_request");
  }

  @Test
  void show_givesTheDefinitionStatusAndConfiguration() throws Exception {
    HttpResponse<String> response = send("GET", "", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("user_status").asText()).isEqualTo("enabled");
    assertThat(body.path("pending").asBoolean()).isFalse();
    assertThat(
            body.path("features")
                .get(0)
                .path("feature_triggers")
                .get(0)
                .path("trigger_id")
                .asText())
        .isEqualTo("location.enter_or_exit_region_location");
    assertThat(
            body.path("user_connection").path("user_features").get(0).path("feature_id").asText())
        .isEqualTo(ConnectionFixtures.FEATURE);
  }

  @Test
  void update_withBadFields_is422_withOneDetailPerBadField() throws Exception {
    HttpResponse<String> response =
        send(
            "PUT",
            "/user_connection",
            "{\"user_features\":[{\"feature_id\":\""
                + ConnectionFixtures.FEATURE
                + "\",\"user_fields\":["
                + "{\"field_id\":\"day_of_week\",\"value\":{\"label\":\"Sunday\",\"value\":\"7\"}},"
                + "{\"field_id\":\"colour\",\"value\":\"red\"}],"
                + "\"user_feature_triggers\":[{\"feature_trigger_id\":\""
                + ConnectionFixtures.FEATURE_TRIGGER
                + "\","
                + "\"user_fields\":[{\"field_id\":\"location\",\"value\":{\"lat\":95,\"lng\":1,\"radius\":3}}]}]},"
                + "{\"feature_id\":\"nope\"}]}");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("type").asText()).isEqualTo("error");
    assertThat(body.path("code").asText()).isEqualTo("invalid_parameters");
    assertThat(body.path("details").findValuesAsText("parameter"))
        .containsExactly("/user_features/0/user_feature_triggers/0/user_fields/0/value");
    assertThat(connectApi.calls("updateUserConnection")).isEmpty();

    HttpResponse<String> second =
        send(
            "PUT",
            "/user_connection",
            "{\"user_features\":[{\"feature_id\":\""
                + ConnectionFixtures.FEATURE
                + "\",\"user_fields\":["
                + "{\"field_id\":\"day_of_week\",\"value\":{\"label\":\"Sunday\",\"value\":\"7\"}},"
                + "{\"field_id\":\"colour\",\"value\":\"red\"}]},{\"feature_id\":\"nope\"}]}");
    assertThat(JSON.readTree(second.body()).path("details").findValuesAsText("parameter"))
        .containsExactlyInAnyOrder(
            "/user_features/0/user_fields/0/value",
            "/user_features/0/user_fields/1/field_id",
            "/user_features/1/feature_id");
  }

  @Test
  void validUpdate_isSent() throws Exception {
    HttpResponse<String> response =
        send(
            "PUT",
            "/user_connection",
            "{\"user_features\":[{\"feature_id\":\""
                + ConnectionFixtures.FEATURE
                + "\",\"user_fields\":["
                + "{\"field_id\":\"day_of_week\",\"value\":{\"label\":\"Monday\",\"value\":\"1\"}}]}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(connectApi.calls("updateUserConnection")).hasSize(1);
  }

  @Test
  void pendingConnection_runsNothing_409() throws Exception {
    connections.save(definition);
    userConnections.save(
        UserConnection.of(owner, definition, UserConnectionStatus.ENABLED, true, List.of()));

    HttpResponse<String> response =
        send(
            "POST",
            "/actions/" + ConnectionFixtures.ADD_EVENT.qualified() + "/run",
            "{\"fields\":{\"query\":\"x\"}}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("pending");
    assertThat(connectApi.calls("runAction")).isEmpty();
  }

  @Test
  void runAction_performQuery_testTrigger_refresh_andFieldOptions_reachTheConnectApi()
      throws Exception {
    assertThat(
            send(
                    "POST",
                    "/actions/" + ConnectionFixtures.ADD_EVENT.qualified() + "/run",
                    "{\"user_feature_id\":\"uf\"}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> query =
        send(
            "POST",
            "/queries/" + ConnectionFixtures.SEARCH_EVENTS.qualified() + "/perform",
            "{\"limit\":1,\"cursor\":\"c1\"}");
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(query.body()).path("data")).hasSize(1);
    assertThat(
            send(
                    "POST",
                    "/triggers/" + ConnectionFixtures.ENTER_OR_EXIT.qualified() + "/test",
                    null)
                .statusCode())
        .isEqualTo(204);
    assertThat(send("POST", "/user_connection/refresh", null).statusCode()).isEqualTo(204);
    HttpResponse<String> options =
        send("GET", "/features/" + ConnectionFixtures.FEATURE + "/field_options", null);
    assertThat(
            JSON.readTree(options.body())
                .path("options")
                .path("day_of_week")
                .get(0)
                .path("value")
                .asText())
        .isEqualTo("1");
    assertThat(connectApi.calls())
        .extracting(FakeConnectApi.Call::name)
        .contains("runAction", "performQuery", "testTrigger", "refresh", "fieldOptions");
  }

  @Test
  void aStepOrFeatureTheDefinitionLacks_is404NotFound_andNothingReachesTheConnectApi()
      throws Exception {
    List<HttpResponse<String>> responses =
        List.of(
            send("POST", "/actions/google_calendar.%7B%7B7*7%7D%7D/run", "{}"),
            send("POST", "/queries/" + ConnectionFixtures.ADD_EVENT.qualified() + "/perform", "{}"),
            send("POST", "/triggers/google_calendar..%2F..%2Fx/test", "{}"),
            send("GET", "/features/..%2F..%2Fetc%2Fpasswd/field_options", null),
            send("GET", "/actions/no_such.step/field_options", null));

    assertThat(responses)
        .allSatisfy(
            response -> {
              assertThat(response.statusCode()).isEqualTo(404);
              JsonNode error = JSON.readTree(response.body());
              assertThat(error.path("type").asText()).isEqualTo("error");
              assertThat(error.path("code").asText()).isEqualTo("not_found");
            });
    assertThat(connectApi.calls()).isEmpty();
  }

  @Test
  void aConnectionThePlatformDoesNotKnow_is404NotFound_withoutCallingIfttt() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/v1/connections/NotStored1"))
                .header("Authorization", "Bearer owner-token")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("not_found");
    assertThat(connectApi.calls()).isEmpty();
  }

  @Test
  void connectUrl_withUnregisteredOrMissingRedirect_isABadRequest() throws Exception {
    HttpResponse<String> response = send("POST", "/connect_url", "{\"skip_config\":true}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("redirect_uri");
    HttpResponse<String> ok = send("POST", "/connect_url", "{}");
    assertThat(JSON.readTree(ok.body()).path("connect_url").asText()).contains("me@example.com");
  }

  @Test
  void update_withWrongShapesAtAnyLevel_is422_namingEachField() throws Exception {
    String feature = "\"feature_id\":\"" + ConnectionFixtures.FEATURE + "\"";
    Map<String, String> pointerByBody =
        Map.of(
            "{\"user_features\":[{" + feature + ",\"user_fields\":{\"x\":1}}]}",
            "/user_features/0/user_fields",
            "{\"user_features\":[null]}",
            "/user_features/0",
            "{\"user_features\":[{\"feature_id\":{\"a\":1}}]}",
            "/user_features/0/feature_id",
            "{\"user_features\":[{" + feature + ",\"user_fields\":[null,3]}]}",
            "/user_features/0/user_fields/0",
            "{\"user_features\":[{"
                + feature
                + ",\"user_fields\":[{\"field_id\":[1],\"value\":\"x\"}]}]}",
            "/user_features/0/user_fields/0/field_id",
            "{\"user_features\":[{"
                + feature
                + ",\"user_fields\":[{\"field_id\":\"f\",\"value\":[1]}]}]}",
            "/user_features/0/user_fields/0/value",
            "{\"user_features\":[{" + feature + ",\"enabled\":\"maybe\"}]}",
            "/user_features/0/enabled",
            "{\"user_features\":[{" + feature + ",\"user_feature_triggers\":{\"a\":1}}]}",
            "/user_features/0/user_feature_triggers",
            "{\"user_features\":[{"
                + feature
                + ",\"user_feature_triggers\":[{\"feature_trigger_id\":\"t\",\"user_fields\":[{\"field_id\":\"f\",\"value\":{\"value\":{\"x\":1}}}]}]}]}",
            "/user_features/0/user_feature_triggers/0/user_fields/0/value/value",
            "{\"user_features\":{\"a\":1}}",
            "/user_features");

    pointerByBody.forEach(
        (body, pointer) -> {
          HttpResponse<String> response = sendUnchecked("PUT", "/user_connection", body);

          assertThat(response.statusCode()).as(body).isEqualTo(422);
          assertThat(readUnchecked(response).path("details").findValuesAsText("parameter"))
              .as(body)
              .contains(pointer);
        });
    assertThat(connectApi.calls("updateUserConnection")).isEmpty();
  }

  @Test
  void update_withAnOverlongUserFeatureIdOrValue_is422_namingTheMaximum() throws Exception {
    String feature = "\"feature_id\":\"" + ConnectionFixtures.FEATURE + "\"";
    HttpResponse<String> longId =
        send(
            "PUT",
            "/user_connection",
            "{\"user_features\":[{" + feature + ",\"id\":\"" + "u".repeat(100_000) + "\"}]}");
    HttpResponse<String> longValue =
        send(
            "PUT",
            "/user_connection",
            "{\"user_features\":[{"
                + feature
                + ",\"user_fields\":[{\"field_id\":\"f\",\"value\":\""
                + "v".repeat(FieldValue.MAX_TEXT_LENGTH + 1)
                + "\"}]}]}");

    assertThat(longId.statusCode()).isEqualTo(422);
    assertThat(longId.body()).contains("user_feature_id", "200");
    assertThat(longValue.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(longValue.body()).path("details").findValuesAsText("parameter"))
        .containsExactly("/user_features/0/user_fields/0/value");
    assertThat(connectApi.calls("updateUserConnection")).isEmpty();
  }

  @Test
  void runAction_withA100000CharacterUserFeatureId_is422_andNothingIsSent() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/actions/" + ConnectionFixtures.ADD_EVENT.qualified() + "/run",
            "{\"user_feature_id\":\"" + "u".repeat(100_000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).path("details").findValuesAsText("parameter"))
        .containsExactly("/user_feature_id");
    assertThat(connectApi.calls("runAction")).isEmpty();
  }

  @Test
  void performQuery_withWrongTypes_is422_namingEachField() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/queries/" + ConnectionFixtures.SEARCH_EVENTS.qualified() + "/perform",
            "{\"includes\":{\"a\":1},\"limit\":\"many\",\"cursor\":[1],\"fields\":[1]}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).path("details").findValuesAsText("parameter"))
        .contains("/fields");
    HttpResponse<String> rest =
        send(
            "POST",
            "/queries/" + ConnectionFixtures.SEARCH_EVENTS.qualified() + "/perform",
            "{\"includes\":[null],\"limit\":\"many\",\"cursor\":[1]}");
    assertThat(JSON.readTree(rest.body()).path("details").findValuesAsText("parameter"))
        .containsExactlyInAnyOrder("/includes/0", "/limit", "/cursor");
    assertThat(connectApi.calls("performQuery")).isEmpty();
  }

  @Test
  void connectUrl_withWrongTypesOrAnOverlongCode_is422() throws Exception {
    HttpResponse<String> wrongTypes =
        send("POST", "/connect_url", "{\"skip_config\":[true],\"redirect_uri\":{\"a\":1}}");
    HttpResponse<String> longCode =
        send("POST", "/connect_url", "{\"oauth_code\":\"" + "c".repeat(201) + "\"}");

    assertThat(wrongTypes.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(wrongTypes.body()).path("details").findValuesAsText("parameter"))
        .containsExactlyInAnyOrder("/skip_config", "/redirect_uri");
    assertThat(longCode.statusCode()).isEqualTo(422);
    assertThat(longCode.body()).contains("/oauth_code", "200");
  }

  @Test
  void duplicateKeysOrDeepNesting_areABadRequest() throws Exception {
    HttpResponse<String> duplicate =
        send("POST", "/connect_url", "{\"oauth_code\":\"a\",\"oauth_code\":\"b\"}");
    HttpResponse<String> deep =
        send("POST", "/connect_url", "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");

    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(duplicate.body()).contains("oauth_code");
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(deep.body()).contains("nests deeper");
  }

  private HttpResponse<String> sendUnchecked(String method, String path, String body) {
    try {
      return send(method, path, body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readUnchecked(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
