package io.robotconnect.adapter.out.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request body is sent byte for byte as the hand-built JSON trees wrote it before the bodies
 * became records (the expected texts were taken from that code, unchanged).
 */
class RequestBodiesTest {
  private static final ConnectionId CONNECTION = new ConnectionId("C8p3q9T6");
  private static final OwnerId USER = new OwnerId("123");
  private static final StepRef STEP = StepRef.parse("acme.send_message");
  private static final String LOCATION =
      "{\"lat\":37.7749295,\"lng\":-122.4194155,\"radius\":316.2010756871335,"
          + "\"address\":\"1 Market St, San Francisco\",\"description\":\"Work \\\"HQ\\\" ü\","
          + "\"zoom\":16}";

  private WireMockServer ifttt;
  private JerseyConnectApiClient client;

  @BeforeEach
  void start() {
    ifttt = new WireMockServer(options().dynamicPort());
    ifttt.start();
    ifttt.stubFor(any(anyUrl()).willReturn(okJson("{\"provisional_access_code\":\"pac\"}")));
    client =
        new JerseyConnectApiClient(
            new ConnectApiSettings(
                URI.create(ifttt.baseUrl()),
                ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
                "key",
                List.of(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2)),
            TestJson.mapper(),
            TestRetries.connectApi(1),
            new SimpleMeterRegistry());
  }

  @AfterEach
  void stop() {
    client.close();
    ifttt.stop();
  }

  private String sentBody() {
    List<LoggedRequest> requests = ifttt.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0).getBodyAsString();
  }

  @Test
  void aFullConnectionUpdate_isSentAsBefore() {
    client.updateUserConnection(CONNECTION, USER, WireFormatSamples.features());

    assertThat(sentBody())
        .isEqualTo(
            "{\"user_features\":[{\"id\":\"c62f0695-aae5-4f46-9482-1b8cfba8baf4\","
                + "\"feature_id\":\"qharvmtjdh\",\"enabled\":true,\"user_fields\":["
                + "{\"field_id\":\"note\",\"value\":\"line one\\nline \\\"two\\\"\"},"
                + "{\"field_id\":\"day_of_week\","
                + "\"value\":{\"group\":\"Week\",\"label\":\"Monday\",\"value\":\"1\"}},"
                + "{\"field_id\":\"calendar\",\"field_type\":\"COLLECTION_SELECT\","
                + "\"value\":{\"group\":null,\"label\":\"test@ifttt.com\",\"value\":\"cIfp\"}},"
                + "{\"field_id\":\"where\",\"field_type\":\"LOCATION_ENTER_AND_EXIT\",\"value\":"
                + LOCATION
                + "},"
                + "{\"field_id\":\"spot\",\"value\":{\"lat\":18.124,\"lng\":10.0}},"
                + "{\"field_id\":\"area\",\"value\":{\"lat\":-1.5,\"lng\":2.25,\"radius\":0.0}}],"
                + "\"user_feature_triggers\":[{\"id\":\"ufs-trigger-1\","
                + "\"feature_trigger_id\":\"enter_location\","
                + "\"user_fields\":[{\"field_id\":\"location\",\"value\":"
                + LOCATION
                + "}]},"
                + "{\"id\":\"ufs-trigger-2\",\"feature_trigger_id\":\"exit_location\","
                + "\"user_fields\":[]}],"
                + "\"user_feature_queries\":[{\"feature_query_id\":\"search\","
                + "\"user_fields\":[{\"field_id\":\"query\",\"value\":\"\"}]}],"
                + "\"user_feature_actions\":[{\"feature_action_id\":\"add_event\","
                + "\"user_fields\":[]}]},"
                + "{\"feature_id\":\"XwqsedQk\",\"enabled\":false,\"user_fields\":[],"
                + "\"user_feature_triggers\":[],\"user_feature_queries\":[],"
                + "\"user_feature_actions\":[]}]}");
  }

  @Test
  void aRunActionBody_withOverridesAndUserFeature_isSentAsBefore() {
    client.runAction(
        CONNECTION, STEP, USER, WireFormatSamples.overrides(), Optional.of("4da42aa6"));

    assertThat(sentBody())
        .isEqualTo(
            "{\"user_id\":\"123\",\"fields\":{\"channel\":\"oFro6\",\"message\":\"Woof! ✓\","
                + "\"where\":"
                + LOCATION
                + "},\"user_feature_id\":\"4da42aa6\"}");
  }

  @Test
  void aBareRunActionBody_isSentAsBefore() {
    client.runAction(CONNECTION, STEP, USER, Map.of(), Optional.empty());

    assertThat(sentBody()).isEqualTo("{\"user_id\":\"123\"}");
  }

  @Test
  void aLegacyFieldUpdate_groupsByService_andIsSentAsBefore() {
    client.updateUserFieldsLegacy(CONNECTION, USER, WireFormatSamples.legacyUpdates());

    assertThat(sentBody())
        .isEqualTo(
            "{\"user_id\":\"123\",\"services\":[{\"service_id\":\"acme_social_network\","
                + "\"triggers\":[],\"queries\":[{\"id\":\"list_posts\",\"user_queries\":[{\"fields\":"
                + "[{\"id\":\"album\",\"value\":{\"group\":null,\"label\":\"Holidays\","
                + "\"value\":\"a1\"}}]}]}],\"actions\":[{\"id\":\"post_picture\",\"user_actions\":"
                + "[{\"fields\":[{\"id\":\"title\",\"value\":\"My SF\"}]}]},{\"id\":\"post_picture\","
                + "\"user_actions\":[{\"fields\":[{\"id\":\"caption\",\"value\":\"x\"}]}]}]},"
                + "{\"service_id\":\"weather\",\"triggers\":[{\"id\":\"rain\",\"user_triggers\":"
                + "[{\"fields\":[{\"id\":\"location\",\"value\":{\"lat\":1.5,\"lng\":2.0}}]}]}],"
                + "\"queries\":[],\"actions\":[]}]}");
  }

  @Test
  void aQueryWithEveryOption_isSentAsBefore() {
    client.performQuery(
        CONNECTION,
        STEP,
        USER,
        new ConnectApiPort.QueryRequest(
            Map.of("near", FieldValue.Location.area(18.124, 10.298, 2.5)),
            Optional.of("uf1"),
            List.of("versions", "owners"),
            Optional.of(1),
            Optional.of("1414")));

    assertThat(sentBody())
        .isEqualTo(
            "{\"user_id\":\"123\",\"fields\":{\"near\":{\"lat\":18.124,\"lng\":10.298,"
                + "\"radius\":2.5}},\"user_feature_id\":\"uf1\","
                + "\"includes\":[\"versions\",\"owners\"],\"limit\":1,\"cursor\":\"1414\"}");
  }

  @Test
  void aQueryWithFieldsOfEveryShape_sendsEachAsBefore() throws Exception {
    client.performQuery(CONNECTION, STEP, USER, WireFormatSamples.query());

    // the request copies its fields into a map of unspecified order, so compare as trees
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(sentBody()))
        .isEqualTo(
            json.readTree(
                "{\"user_id\":\"123\",\"fields\":{\"near\":{\"lat\":18.124,\"lng\":10.298,"
                    + "\"radius\":2.5},\"folder_name\":\"aBw\",\"kind\":{\"group\":null,"
                    + "\"label\":\"Photos\",\"value\":\"p\"}},\"user_feature_id\":\"uf1\","
                    + "\"includes\":[\"versions\",\"owners\"],\"limit\":1,\"cursor\":\"1414\"}"));
  }

  @Test
  void aBareQuery_isSentAsBefore() {
    client.performQuery(CONNECTION, STEP, USER, ConnectApiPort.QueryRequest.defaults());

    assertThat(sentBody()).isEqualTo("{\"user_id\":\"123\"}");
  }

  @Test
  void aTriggerTest_isSentAsBefore() {
    client.testTrigger(CONNECTION, STEP, USER, Optional.of("uf1"));

    assertThat(sentBody()).isEqualTo("{\"user_id\":\"123\",\"user_feature_id\":\"uf1\"}");
  }

  @Test
  void aBareTriggerTest_isSentAsBefore() {
    client.testTrigger(CONNECTION, STEP, USER, Optional.empty());

    assertThat(sentBody()).isEqualTo("{\"user_id\":\"123\"}");
  }

  @Test
  void aRefresh_sendsAnEmptyObject() {
    client.refresh(CONNECTION, USER);

    assertThat(sentBody()).isEqualTo("{}");
  }

  @Test
  void aProvisionalAccessCodeRequest_isSentAsBefore() {
    client.provisionalAccessCode("foo");

    assertThat(sentBody()).isEqualTo("{\"oauth_code\":\"foo\"}");
  }
}
