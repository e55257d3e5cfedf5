package io.robotconnect.adapter.out.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OwnerId USER = new OwnerId("123");

  static JsonNode seed() throws IOException {
    try (InputStream in =
        ConnectionJsonTest.class.getResourceAsStream("/connect/seed-connection.json")) {
      return JSON.readTree(in);
    }
  }

  @Test
  void seedConnection_readAndWrittenBack_isTheSameJson() throws IOException {
    JsonNode seed = seed();

    ConnectionSnapshot snapshot = ConnectionJson.read(seed, Optional.of(USER));

    assertThat(JsonDiff.differences(seed, ConnectionJson.write(snapshot))).isEmpty();
  }

  @Test
  void seedConnection_isWrittenByteForByteAsBefore() throws IOException {
    String before;
    try (InputStream in =
        ConnectionJsonTest.class.getResourceAsStream("/connect/seed-connection-written.json")) {
      before = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    ConnectionSnapshot snapshot = ConnectionJson.read(seed(), Optional.of(USER));

    assertThat(JSON.writeValueAsString(ConnectionJson.write(snapshot))).isEqualTo(before);
  }

  @Test
  void seedConnection_readsServicesFeaturesFieldsAndTheUserConnection() throws IOException {
    ConnectionSnapshot snapshot = ConnectionJson.read(seed(), Optional.of(USER));

    var definition = snapshot.definition();
    assertThat(definition.id().value()).isEqualTo("zG58W2uC");
    assertThat(definition.services()).hasSize(2);
    var feature = definition.feature("qharvmtjdh").orElseThrow();
    assertThat(feature.steps(StepKind.ACTION).get(0).step().qualified())
        .isEqualTo("google_calendar.add_detailed_event");
    assertThat(feature.field("day_of_week").orElseThrow().defaultValue())
        .contains(FieldValue.Option.of("Monday", "1"));
    var location =
        (FieldValue.Location)
            feature
                .steps(StepKind.TRIGGER)
                .get(0)
                .field("location")
                .orElseThrow()
                .defaultValue()
                .orElseThrow();
    assertThat(location.zoom()).contains(16);
    assertThat(location.radius()).contains(316.2010756871335);
    assertThat(snapshot.userStatus()).contains(UserConnectionStatus.ENABLED);
    var userFeature =
        snapshot.userConnection().orElseThrow().feature("c62f0695-aae5-4f46-9482-1b8cfba8baf4");
    assertThat(userFeature.orElseThrow().steps(StepKind.TRIGGER).get(0).fields().get(0).fieldType())
        .contains(FieldType.LOCATION_ENTER_AND_EXIT);
  }

  @Test
  void extraKeysEverywhere_areIgnored() throws IOException {
    ObjectNode seed = (ObjectNode) seed();
    seed.put("random_key_4711", "x");
    ((ObjectNode) seed.path("services").get(0)).putObject("new_thing").put("a", 1);
    ((ObjectNode) seed.path("features").get(0).path("fields").get(0)).put("placeholder", "y");

    ConnectionSnapshot snapshot = ConnectionJson.read(seed, Optional.of(USER));

    assertThat(snapshot.definition().features()).hasSize(1);
  }

  @Test
  void withoutUser_userConnectionIsNotRead() throws IOException {
    ConnectionSnapshot snapshot = ConnectionJson.read(seed(), Optional.empty());

    assertThat(snapshot.userConnection()).isEmpty();
  }
}
