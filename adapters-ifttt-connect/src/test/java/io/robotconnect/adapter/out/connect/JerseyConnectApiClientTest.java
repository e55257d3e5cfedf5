package io.robotconnect.adapter.out.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class JerseyConnectApiClientTest {
  private static final String KEY = "6e7c8978c07a3b5918a237b9b5b1bb70";
  private static final ConnectionId CONNECTION = new ConnectionId("C8p3q9T6");
  private static final OwnerId USER = new OwnerId("123");
  private static final StepRef SEND_MESSAGE = StepRef.parse("acme.send_message");

  private WireMockServer ifttt;
  private JerseyConnectApiClient client;
  private final List<Duration> pauses = new ArrayList<>();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  @BeforeEach
  void start() {
    ifttt = new WireMockServer(options().dynamicPort());
    ifttt.start();
    client = clientFor(URI.create(ifttt.baseUrl()), Duration.ofSeconds(2));
  }

  private JerseyConnectApiClient clientFor(URI base, Duration readTimeout) {
    Retry retry = TestRetries.connectApi(3, Duration.ofMillis(100));
    retry.getEventPublisher().onRetry(event -> pauses.add(event.getWaitInterval()));
    return new JerseyConnectApiClient(
        new ConnectApiSettings(
            base,
            ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
            KEY,
            List.of(),
            Duration.ofSeconds(1),
            readTimeout),
        TestJson.mapper(),
        retry,
        metrics);
  }

  @AfterEach
  void stop() {
    client.close();
    ifttt.stop();
  }

  private static String error(String code, String message) {
    return "{\"type\":\"error\",\"code\":\""
        + code
        + "\",\"message\":\""
        + message
        + "\",\"details\":[]}";
  }

  @Test
  void me_sendsServiceKeyAndUser_andReadsTheAnswer() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .willReturn(
                okJson(
                    "{\"type\":\"me\",\"authentication_level\":\"channel\",\"service_id\":\"acme\","
                        + "\"user_login\":\"example_user\",\"brand_new_key\":1}")));

    ConnectApiPort.ConnectMe me = client.me(Optional.of(USER));

    assertThat(me.serviceId()).isEqualTo("acme");
    assertThat(me.userLogin()).contains("example_user");
    ifttt.verify(
        getRequestedFor(urlEqualTo("/v2/me?user_id=123"))
            .withHeader("IFTTT-Service-Key", equalTo(KEY))
            .withHeader("X-Request-ID", matching("[0-9a-f]{32}")));
  }

  @Test
  void everyCall_carriesAFreshRequestId() {
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(okJson("{\"type\":\"me\"}")));

    client.me(Optional.empty());
    client.me(Optional.empty());

    List<String> ids =
        ifttt.findAll(getRequestedFor(urlPathEqualTo("/v2/me"))).stream()
            .map(r -> r.getHeader("X-Request-ID"))
            .toList();
    assertThat(ids).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void showConnection_readsTheSeedConnection() throws Exception {
    ifttt.stubFor(
        get(urlEqualTo("/v2/connections/C8p3q9T6?user_id=123"))
            .willReturn(okJson(ConnectionMapperTest.seed())));

    var snapshot = client.showConnection(CONNECTION, Optional.of(USER));

    assertThat(snapshot.definition().name()).isEqualTo("Track your work hours");
    assertThat(snapshot.userConnection().orElseThrow().features()).hasSize(1);
  }

  @Test
  void updateUserConnection_putsTheUserFeatures() {
    ifttt.stubFor(
        put(urlEqualTo("/v2/connections/C8p3q9T6/user_connection?user_id=123"))
            .willReturn(aResponse().withStatus(200).withBody("{}")));

    client.updateUserConnection(
        CONNECTION,
        USER,
        List.of(
            new UserFeature(
                Optional.empty(),
                "XwqsedQk",
                true,
                List.of(UserField.of("color", new FieldValue.Text("red"))),
                List.of(
                    new UserFeatureStep(
                        Optional.empty(),
                        StepKind.TRIGGER,
                        "ht5kw3ga7l",
                        List.of(UserField.of("condition", new FieldValue.Text("rain"))))))));

    ifttt.verify(
        putRequestedFor(urlPathEqualTo("/v2/connections/C8p3q9T6/user_connection"))
            .withRequestBody(
                equalToJson(
                    "{\"user_features\":[{\"feature_id\":\"XwqsedQk\",\"enabled\":true,"
                        + "\"user_fields\":[{\"field_id\":\"color\",\"value\":\"red\"}],"
                        + "\"user_feature_triggers\":[{\"feature_trigger_id\":\"ht5kw3ga7l\","
                        + "\"user_fields\":[{\"field_id\":\"condition\",\"value\":\"rain\"}]}],"
                        + "\"user_feature_queries\":[],\"user_feature_actions\":[]}]}")));
  }

  @Test
  void legacyUpdate_postsTheServicesShape() {
    ifttt.stubFor(post(urlEqualTo("/v2/connections/C8p3q9T6")).willReturn(okJson("{}")));

    client.updateUserFieldsLegacy(
        CONNECTION,
        USER,
        List.of(
            new ConnectApiPort.LegacyFieldUpdate(
                "acme_social_network",
                StepKind.ACTION,
                "post_picture",
                "title",
                new FieldValue.Text("My San Francisco today"))));

    ifttt.verify(
        postRequestedFor(urlEqualTo("/v2/connections/C8p3q9T6"))
            .withRequestBody(
                equalToJson(
                    "{\"user_id\":\"123\",\"services\":[{\"service_id\":\"acme_social_network\","
                        + "\"triggers\":[],\"queries\":[],\"actions\":[{\"id\":\"post_picture\","
                        + "\"user_actions\":[{\"fields\":[{\"id\":\"title\","
                        + "\"value\":\"My San Francisco today\"}]}]}]}]}")));
  }

  @Test
  void fieldOptions_ofAnAction_areReadPerField() {
    ifttt.stubFor(
        get(urlEqualTo(
                "/v2/connections/C8p3q9T6/actions/acme.send_message/field_options?user_id=123"))
            .willReturn(
                okJson(
                    "{\"type\":\"field_options\",\"options\":{\"channel\":["
                        + "{\"label\":\"Cats\",\"value\":\"oFro6\",\"group\":null},"
                        + "{\"label\":\"Dogs\",\"value\":\"EMHK\",\"group\":\"Pets\"}]}}")));

    Map<String, List<FieldValue.Option>> options =
        client.fieldOptions(CONNECTION, OptionsScope.step(StepKind.ACTION, SEND_MESSAGE), USER);

    assertThat(options.get("channel"))
        .containsExactly(
            FieldValue.Option.of("Cats", "oFro6"),
            new FieldValue.Option("Dogs", "EMHK", Optional.of("Pets")));
  }

  @Test
  void fieldOptions_ofAFeature_useTheFeaturesPath() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/connections/C8p3q9T6/features/qharvmtjdh/field_options"))
            .willReturn(okJson("{\"type\":\"field_options\",\"options\":{}}")));

    assertThat(client.fieldOptions(CONNECTION, OptionsScope.feature("qharvmtjdh"), USER)).isEmpty();
  }

  @Test
  void refresh_postsWithTheUser() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/connections/C8p3q9T6/user_connection/refresh?user_id=123"))
            .willReturn(aResponse().withStatus(204)));

    client.refresh(CONNECTION, USER);

    ifttt.verify(
        postRequestedFor(urlPathEqualTo("/v2/connections/C8p3q9T6/user_connection/refresh")));
  }

  @Test
  void testTrigger_sendsUserAndUserFeature() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/connections/C8p3q9T6/triggers/acme_cloud_storage.new_file_added/test"))
            .willReturn(aResponse().withStatus(204)));

    client.testTrigger(
        CONNECTION,
        StepRef.parse("acme_cloud_storage.new_file_added"),
        USER,
        Optional.of("90276cb1"));

    ifttt.verify(
        postRequestedFor(
                urlPathEqualTo(
                    "/v2/connections/C8p3q9T6/triggers/acme_cloud_storage.new_file_added/test"))
            .withRequestBody(
                equalToJson("{\"user_id\":\"123\",\"user_feature_id\":\"90276cb1\"}")));
  }

  @Test
  void performQuery_sendsEveryOption_andReadsTheNextPage() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/connections/C8p3q9T6/queries/acme_cloud_storage.list_files/perform"))
            .willReturn(
                okJson(
                    "{\"type\":\"list\",\"data\":[{\"id\":\"kj39jskl\",\"name\":\"posts.zip\","
                        + "\"tags\":{\"type\":\"query\",\"fields\":{\"file_id\":\"zAw\"}}}],"
                        + "\"next\":{\"fields\":{\"folder_name\":\"aBw\"},\"cursor\":\"1515\"}}")));

    ConnectApiPort.QueryPage page =
        client.performQuery(
            CONNECTION,
            StepRef.parse("acme_cloud_storage.list_files"),
            USER,
            new ConnectApiPort.QueryRequest(
                Map.of("folder_name", new FieldValue.Text("aBw")),
                Optional.of("uf1"),
                List.of("versions"),
                Optional.of(1),
                Optional.of("1414")));

    assertThat(page.items()).hasSize(1);
    assertThat(page.items().get(0)).containsEntry("name", "posts.zip");
    assertThat(page.next().orElseThrow().cursor()).isEqualTo("1515");
    assertThat(page.next().orElseThrow().fields()).containsEntry("folder_name", "aBw");
    ifttt.verify(
        postRequestedFor(
                urlPathEqualTo(
                    "/v2/connections/C8p3q9T6/queries/acme_cloud_storage.list_files/perform"))
            .withRequestBody(
                equalToJson(
                    "{\"user_id\":\"123\",\"fields\":{\"folder_name\":\"aBw\"},"
                        + "\"user_feature_id\":\"uf1\",\"includes\":[\"versions\"],\"limit\":1,"
                        + "\"cursor\":\"1414\"}")));
  }

  @Test
  void performQuery_lastPage_hasNoNext() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/queries/weather.current_weather/perform"))
            .willReturn(okJson("{\"type\":\"list\",\"data\":[]}")));

    var page =
        client.performQuery(
            CONNECTION,
            StepRef.parse("weather.current_weather"),
            USER,
            new ConnectApiPort.QueryRequest(
                Map.of("location", FieldValue.Location.point(18.124, 10.298)),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty()));

    assertThat(page.next()).isEmpty();
    ifttt.verify(
        postRequestedFor(
                urlPathEqualTo("/v2/connections/C8p3q9T6/queries/weather.current_weather/perform"))
            .withRequestBody(
                equalToJson(
                    "{\"user_id\":\"123\",\"fields\":{\"location\":{\"lat\":18.124,\"lng\":10.298}}}")));
  }

  @Test
  void runAction_sendsOverridesAsBareValues_andUserFeature() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(aResponse().withStatus(204)));

    client.runAction(
        CONNECTION,
        SEND_MESSAGE,
        USER,
        Map.of(
            "channel",
            FieldValue.Option.of("Cats", "oFro6"),
            "message",
            new FieldValue.Text("Woof!")),
        Optional.of("4da42aa6"));

    ifttt.verify(
        postRequestedFor(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .withRequestBody(
                equalToJson(
                    "{\"user_id\":\"123\",\"user_feature_id\":\"4da42aa6\","
                        + "\"fields\":{\"channel\":\"oFro6\",\"message\":\"Woof!\"}}")));
  }

  @Test
  void provisionalAccessCode_tradesTheOAuthCode() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/provisional_access_code"))
            .withRequestBody(equalToJson("{\"oauth_code\":\"foo\"}"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"provisional_access_code\":\"sf9o8usfl-2f3l-f23kj\"}")));

    assertThat(client.provisionalAccessCode("foo")).isEqualTo("sf9o8usfl-2f3l-f23kj");
  }

  @Test
  void unknownConnection_isNotFound() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/connections/invalid_connection_id"))
            .willReturn(
                aResponse().withStatus(404).withBody(error("not_found", "Unknown connection id"))));

    assertThatThrownBy(
            () ->
                client.showConnection(new ConnectionId("invalid_connection_id"), Optional.empty()))
        .isInstanceOf(ConnectApiException.NotFound.class)
        .hasMessage("Unknown connection id");
  }

  @Test
  void eachCall_isTimedUnderItsEndpointTemplate_andOutcome_neverItsPath() {
    ifttt.stubFor(
        post(urlEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(aResponse().withStatus(204)));
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/connections/invalid_connection_id"))
            .willReturn(
                aResponse().withStatus(404).withBody(error("not_found", "Unknown connection id"))));

    client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty());
    assertThatThrownBy(
        () -> client.showConnection(new ConnectionId("invalid_connection_id"), Optional.empty()));

    assertThat(
            metrics
                .get(ConnectApiCalls.CALLS)
                .tags("endpoint", "/v2/connections/{connection_id}/actions/{action_id}/run")
                .tags("method", "POST", "outcome", "ok")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            metrics
                .get(ConnectApiCalls.CALLS)
                .tags("endpoint", "/v2/connections/{connection_id}", "method", "GET")
                .tags("outcome", "not_found")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(metrics.getMeters())
        .flatExtracting(meter -> meter.getId().getTags())
        .noneSatisfy(tag -> assertThat(tag.getValue()).contains("C8p3q9T6"))
        .noneSatisfy(tag -> assertThat(tag.getValue()).contains("invalid_connection_id"));
  }

  @Test
  void aCallRetriedAfter5xx_isTimedOnce_withTheOutcomeOfItsLastAttempt() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson("{\"type\":\"me\"}")));

    client.me(Optional.empty());

    assertThat(metrics.get(ConnectApiCalls.CALLS).tags("endpoint", "/v2/me").timers())
        .singleElement()
        .satisfies(
            timer -> {
              assertThat(timer.getId().getTag("outcome")).isEqualTo("ok");
              assertThat(timer.count()).isEqualTo(1);
            });
  }

  @Test
  void aCallThatNeverGetsAnAnswer_isTimedAsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JerseyConnectApiClient offline =
        clientFor(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(1));
    try {
      assertThatThrownBy(() -> offline.me(Optional.empty()))
          .isInstanceOf(ConnectApiException.Unavailable.class);
    } finally {
      offline.close();
    }

    assertThat(
            metrics
                .get(ConnectApiCalls.CALLS)
                .tags("endpoint", "/v2/me", "outcome", "unavailable")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void invalidParameters_nameEachField() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"type\":\"error\",\"code\":\"invalid_parameters\",\"message\":\"The"
                            + " parameters of your request were invalid\",\"details\":[{\"parameter\":"
                            + "\"/fields/channel\",\"message\":\"Not a valid option for this field.\"}]}")));

    assertThatThrownBy(
            () ->
                client.runAction(
                    CONNECTION,
                    SEND_MESSAGE,
                    USER,
                    Map.of("channel", new FieldValue.Text("Cats")),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            ConnectApiException.InvalidParameters.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).parameter()).isEqualTo("/fields/channel");
              assertThat(e.code()).isEqualTo("invalid_parameters");
            });
  }

  @Test
  void statuses_mapToTypedFailures() {
    Map<Integer, Class<? extends ConnectApiException>> expected =
        Map.of(
            401, ConnectApiException.Unauthorized.class,
            403, ConnectApiException.Forbidden.class,
            400, ConnectApiException.InvalidParameters.class,
            502, ConnectApiException.UpstreamFailure.class,
            500, ConnectApiException.Internal.class);
    expected.forEach(
        (status, type) -> {
          ifttt.resetAll();
          ifttt.stubFor(
              post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
                  .willReturn(
                      aResponse()
                          .withStatus(status)
                          .withBody(error("some_code", "failed " + status))));
          assertThatThrownBy(
                  () ->
                      client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
              .isInstanceOf(type)
              // a streamed POST cannot read the body of a 401 (the JDK refuses to), only its status
              .hasMessage(status == 401 ? "Connect API answered HTTP 401" : "failed " + status);
        });
  }

  @Test
  void nonJsonErrorBody_stillGivesATypedFailure() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .willReturn(aResponse().withStatus(401).withBody("<html>no</html>")));

    assertThatThrownBy(() -> client.me(Optional.empty()))
        .isInstanceOf(ConnectApiException.Unauthorized.class);
  }

  @Test
  void idempotentCall_isRetriedWithBackoff_after5xx() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("third"));
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/me"))
            .inScenario("flaky")
            .whenScenarioStateIs("third")
            .willReturn(okJson("{\"type\":\"me\",\"service_id\":\"acme\"}")));

    assertThat(client.me(Optional.empty()).serviceId()).isEqualTo("acme");

    List<LoggedRequest> requests = ifttt.findAll(getRequestedFor(urlPathEqualTo("/v2/me")));
    assertThat(requests).hasSize(3);
    assertThat(requests.stream().map(r -> r.getHeader("X-Request-ID")).distinct()).hasSize(1);
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void idempotentCall_givesUpAfterMaxAttempts() {
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client.me(Optional.empty()))
        .isInstanceOf(ConnectApiException.Internal.class);
    assertThat(ifttt.findAll(getRequestedFor(urlPathEqualTo("/v2/me")))).hasSize(3);
  }

  @Test
  void slowAnswer_toAQuery_isRetried() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/queries/weather.current_weather/perform"))
            .inScenario("slow")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"type\":\"list\",\"data\":[]}").withFixedDelay(1500))
            .willSetStateTo("fast"));
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/queries/weather.current_weather/perform"))
            .inScenario("slow")
            .whenScenarioStateIs("fast")
            .willReturn(okJson("{\"type\":\"list\",\"data\":[{\"temp\":\"20\"}]}")));
    client = clientFor(URI.create(ifttt.baseUrl()), Duration.ofMillis(500));

    var page =
        client.performQuery(
            CONNECTION,
            StepRef.parse("weather.current_weather"),
            USER,
            ConnectApiPort.QueryRequest.defaults());

    assertThat(page.items()).hasSize(1);
  }

  @Test
  void action_isNeverRunTwice_whenTheAnswerIsLate() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(aResponse().withStatus(204).withFixedDelay(1500)));
    client = clientFor(URI.create(ifttt.baseUrl()), Duration.ofMillis(500));

    assertThatThrownBy(
            () -> client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
        .isInstanceOf(ConnectApiException.OutcomeUnknown.class);
    assertThat(
            ifttt.findAll(
                postRequestedFor(
                    urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))))
        .hasSize(1);
  }

  @Test
  void action_isNeverRunTwice_whenTheConnectionBreaksAfterSending() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                client.runAction(
                    CONNECTION,
                    SEND_MESSAGE,
                    USER,
                    Map.of("message", new FieldValue.Text("hi")),
                    Optional.empty()))
        .isInstanceOf(ConnectApiException.OutcomeUnknown.class);
    assertThat(
            ifttt.findAll(
                postRequestedFor(
                    urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))))
        .hasSize(1);
  }

  @Test
  void action_isNeverRunTwice_after5xx() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () -> client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
        .isInstanceOf(ConnectApiException.Internal.class);
    assertThat(
            ifttt.findAll(
                postRequestedFor(
                    urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))))
        .hasSize(1);
  }

  @Test
  void action_isRetried_whenTheConnectionWasNeverMade() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    client = clientFor(URI.create("http://127.0.0.1:" + closedPort), Duration.ofMillis(500));

    assertThatThrownBy(
            () -> client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
        .isInstanceOf(ConnectApiException.Unavailable.class);
    assertThat(pauses).hasSize(2);
  }

  @Test
  void everyFailedAttempt_isOneWarning_namingTheRequest() {
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(aResponse().withStatus(503)));
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(JerseyConnectApiClient.class);
    log.start();
    logger.addAppender(log);
    try {
      assertThatThrownBy(() -> client.me(Optional.empty()))
          .isInstanceOf(ConnectApiException.Internal.class);
    } finally {
      logger.detachAppender(log);
    }

    String requestId =
        ifttt.findAll(getRequestedFor(urlPathEqualTo("/v2/me"))).get(0).getHeader("X-Request-ID");
    assertThat(log.list)
        .filteredOn(event -> event.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "Connect API answered 503 to request " + requestId + "; retrying",
            "Connect API answered 503 to request " + requestId + "; retrying");
  }

  @Test
  void everyConnectionFailure_isOneWarningPerAttempt() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    client = clientFor(URI.create("http://127.0.0.1:" + closedPort), Duration.ofMillis(500));
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(JerseyConnectApiClient.class);
    log.start();
    logger.addAppender(log);
    try {
      assertThatThrownBy(() -> client.me(Optional.empty()))
          .isInstanceOf(ConnectApiException.Unavailable.class)
          .hasMessageStartingWith("Connect API unreachable after 3 attempts: ");
    } finally {
      logger.detachAppender(log);
    }

    assertThat(log.list)
        .filteredOn(event -> event.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .hasSize(3)
        .allMatch(
            m ->
                m.matches(
                    "Connect API GET /v2/me \\(request [0-9a-f]{32}\\) failed on attempt [123]: .*"))
        .extracting(m -> m.replaceAll(".*\\(request ([0-9a-f]{32})\\).*", "$1"))
        .containsOnly(
            log.list
                .get(0)
                .getFormattedMessage()
                .replaceAll(".*\\(request ([0-9a-f]{32})\\).*", "$1"));
  }

  @Test
  void malformedJson_inAnAnswer_isAnUnreadableAnswer() {
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(okJson("{\"type\":\"me\",")));

    assertThatThrownBy(() -> client.me(Optional.empty()))
        .isInstanceOfSatisfying(
            ConnectApiException.Internal.class,
            e -> assertThat(e.code()).isEqualTo("unreadable_answer"))
        .hasMessageStartingWith("Connect API sent malformed JSON: ");
  }

  @Test
  void malformedJson_inTheAnswerOfAnAction_isAnUnreadableAnswer() {
    ifttt.stubFor(
        post(urlPathEqualTo("/v2/connections/C8p3q9T6/actions/acme.send_message/run"))
            .willReturn(okJson("ok")));

    assertThatThrownBy(
            () -> client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
        .isInstanceOfSatisfying(
            ConnectApiException.Internal.class,
            e -> assertThat(e.code()).isEqualTo("unreadable_answer"));
  }

  @Test
  void aConnectionWithAFieldValueOfUnknownShape_isAnUnreadableAnswer_sayingWhy() {
    ifttt.stubFor(
        get(urlPathEqualTo("/v2/connections/C8p3q9T6"))
            .willReturn(
                okJson(
                    "{\"id\":\"C8p3q9T6\",\"features\":[{\"id\":\"f\",\"fields\":[{\"id\":\"x\","
                        + "\"type\":\"TEXT_FIELD\",\"default_value\":{\"colour\":\"red\"}}]}]}")));

    assertThatThrownBy(() -> client.showConnection(CONNECTION, Optional.empty()))
        .isInstanceOf(ConnectApiException.Internal.class)
        .hasMessage(
            "Connect API sent a connection we cannot read: unknown field value shape:"
                + " {\"colour\":\"red\"}");
  }

  @Test
  void anEmptyAnswer_readsAsAnEmptyObject() {
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(aResponse().withStatus(200)));

    ConnectApiPort.ConnectMe me = client.me(Optional.empty());

    assertThat(me.serviceId()).isEmpty();
    assertThat(me.userLogin()).isEmpty();
  }

  @Test
  void action_isNeverRunTwice_whenItsAnswerStallsWhileBeingRead() throws Exception {
    AtomicInteger received = new AtomicInteger();
    HttpServer stalling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stalling.createContext(
        "/",
        exchange -> {
          received.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write("{\"type\":".getBytes(StandardCharsets.UTF_8));
            body.flush();
            Thread.sleep(1_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // the client gave up reading
          }
        });
    stalling.start();
    try {
      client =
          clientFor(
              URI.create("http://127.0.0.1:" + stalling.getAddress().getPort()),
              Duration.ofMillis(300));

      assertThatThrownBy(
              () -> client.runAction(CONNECTION, SEND_MESSAGE, USER, Map.of(), Optional.empty()))
          .isInstanceOf(ProcessingException.class);
      assertThat(received).hasValue(1);
      assertThat(pauses).isEmpty();
    } finally {
      stalling.stop(0);
    }
  }
}
