package io.robotconnect.adapter.in.rest.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact text the owner-app connection API answers, byte for byte: apps and the acceptance suite
 * read these bodies, so a change of shape, key order or null handling must be deliberate.
 */
class OwnerConnectionAnswersTest {
  private static final ConnectionId ID = new ConnectionId("Cpinned");
  private static final OwnerId OWNER = new OwnerId("user-pinned");
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Connection definition = ConnectionFixtures.connection(ID);
  private final Scripted scripted = new Scripted();
  private RestTestServer server;

  @BeforeEach
  void start() {
    AuthenticateSessionUseCase sessions =
        token -> "owner-token".equals(token) ? Optional.of(OWNER) : Optional.empty();
    server =
        RestTestServer.start(
            new TestRestApi()
                .authenticateSession(sessions)
                .manageUserConnection(scripted)
                .runConnectionStep(scripted)
                .createConnectUrl(scripted));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void show_ofAConfiguredConnection_answersEveryFieldShape() throws Exception {
    scripted.snapshot =
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(ConnectionFixtures.userConnection(OWNER, definition)));

    HttpResponse<String> response = send("GET", "", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Responses.JSON_UTF8);
    assertThat(response.body()).isEqualTo(pinned("show-configured.json"));
  }

  @Test
  void show_ofAConnectionTheOwnerNeverEnabled_hasANullStatusAndNoUserConnection() throws Exception {
    scripted.snapshot = new ConnectionSnapshot(definition, Optional.empty(), Optional.empty());

    HttpResponse<String> response = send("GET", "", null);

    assertThat(response.body()).isEqualTo(pinned("show-never-enabled.json"));
  }

  @Test
  void update_answersTheUpdatedSnapshot_pendingIncluded() throws Exception {
    scripted.snapshot =
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(
                UserConnection.of(
                    OWNER,
                    definition,
                    UserConnectionStatus.ENABLED,
                    true,
                    ConnectionFixtures.userFeatures())));

    HttpResponse<String> response = send("PUT", "/user_connection", "{\"user_features\":[]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(pinned("update-pending.json"));
  }

  @Test
  void fieldOptions_answersTheOptionsByField_inTheirOrder() throws Exception {
    scripted.options.put(
        "calendar",
        List.of(
            FieldValue.Option.of("test@ifttt.com", "cIfp"),
            new FieldValue.Option("Room \"1\"", "r1", Optional.of("Floor 2"))));
    scripted.options.put("day_of_week", List.of());

    HttpResponse<String> response =
        send("GET", "/queries/google_calendar.search_events/field_options", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"type\":\"field_options\",\"options\":{\"calendar\":["
                + "{\"group\":null,\"label\":\"test@ifttt.com\",\"value\":\"cIfp\"},"
                + "{\"group\":\"Floor 2\",\"label\":\"Room \\\"1\\\"\",\"value\":\"r1\"}],"
                + "\"day_of_week\":[]}}");
  }

  @Test
  void performQuery_answersTheItemsAsIftttGaveThem_andTheNextPage() throws Exception {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "1");
    item.put("title", null);
    item.put("count", 3);
    item.put("score", 0.5);
    item.put("tags", Arrays.asList("a", null));
    item.put("nested", Map.of("on", true));
    Map<String, Object> nextFields = new LinkedHashMap<>();
    nextFields.put("calendar", "cIfp");
    nextFields.put("missing", null);
    scripted.page =
        new ConnectApiPort.QueryPage(
            "list",
            List.of(item, Map.of()),
            Optional.of(new ConnectApiPort.NextPage(nextFields, "cursor-2")));

    HttpResponse<String> response =
        send("POST", "/queries/google_calendar.search_events/perform", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"type\":\"list\",\"data\":[{\"id\":\"1\",\"title\":null,\"count\":3,"
                + "\"score\":0.5,\"tags\":[\"a\",null],\"nested\":{\"on\":true}},{}],"
                + "\"next\":{\"fields\":{\"calendar\":\"cIfp\",\"missing\":null},"
                + "\"cursor\":\"cursor-2\"}}");
  }

  @Test
  void performQuery_onTheLastPage_hasNoNext() throws Exception {
    scripted.page = new ConnectApiPort.QueryPage("list", List.of(), Optional.empty());

    HttpResponse<String> response =
        send("POST", "/queries/google_calendar.search_events/perform", null);

    assertThat(response.body()).isEqualTo("{\"type\":\"list\",\"data\":[]}");
  }

  @Test
  void connectUrl_answersTheUrl() throws Exception {
    HttpResponse<String> response = send("POST", "/connect_url", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"connect_url\":\"https://ifttt.com/connect/Cpinned?email=me%40example.com\"}");
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.uri("/api/v1/connections/" + ID + path))
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

  /** The connection API's use cases answering what the test set. */
  private static final class Scripted
      implements ManageUserConnectionUseCase, RunConnectionStepUseCase, CreateConnectUrlUseCase {
    ConnectionSnapshot snapshot;
    final Map<String, List<FieldValue.Option>> options = new LinkedHashMap<>();
    ConnectApiPort.QueryPage page;

    @Override
    public ConnectionSnapshot show(OwnerId owner, ConnectionId connection) {
      return snapshot;
    }

    @Override
    public Map<String, List<FieldValue.Option>> fieldOptions(
        OwnerId owner, ConnectionId connection, OptionsScope scope) {
      return options;
    }

    @Override
    public ConnectionSnapshot update(UpdateUserConnectionCommand command) {
      return snapshot;
    }

    @Override
    public void refresh(OwnerId owner, ConnectionId connection) {}

    @Override
    public void runAction(StepCommand command) {}

    @Override
    public ConnectApiPort.QueryPage performQuery(
        StepCommand command, ConnectApiPort.QueryRequest request) {
      return page;
    }

    @Override
    public void testTrigger(StepCommand command) {}

    @Override
    public URI connectUrl(ConnectUrlCommand command) {
      return URI.create(
          "https://ifttt.com/connect/" + command.connection() + "?email=me%40example.com");
    }
  }

  /** A body as answered before the answers were records, kept in {@code connection/}. */
  private static String pinned(String name) throws IOException {
    try (InputStream in =
        OwnerConnectionAnswersTest.class.getResourceAsStream("/connection/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
