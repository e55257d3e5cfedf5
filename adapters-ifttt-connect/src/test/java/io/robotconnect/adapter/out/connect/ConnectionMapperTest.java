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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionMapperTest {
  private static final ObjectMapper JSON = TestJson.mapper();
  private static final OwnerId USER = new OwnerId("123");

  static String resource(String name) {
    try (InputStream in = ConnectionMapperTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The connection shown in IFTTT's documentation, with a user connection. */
  static String seed() {
    return resource("/connect/seed-connection.json");
  }

  private static ConnectionSnapshot read(String json, Optional<OwnerId> user) throws IOException {
    return ConnectionMapper.toSnapshot(
        ConnectJson.read(JSON, json, ConnectJson.Connection.class), user);
  }

  @Test
  void seedConnection_readAndWrittenBack_isTheSameJson() throws IOException {
    ConnectionSnapshot snapshot = read(seed(), Optional.of(USER));

    JsonNode written = JSON.readTree(ConnectJson.write(JSON, ConnectionMapper.toJson(snapshot)));

    assertThat(JsonDiff.differences(JSON.readTree(seed()), written)).isEmpty();
  }

  @Test
  void seedConnection_isWrittenByteForByteAsBefore() throws IOException {
    ConnectionSnapshot snapshot = read(seed(), Optional.of(USER));

    assertThat(ConnectJson.write(JSON, ConnectionMapper.toJson(snapshot)))
        .isEqualTo(resource("/connect/seed-connection-written.json"));
  }

  @Test
  void theWrittenJson_doesNotDependOnTheMappersInclusionOrNaming() throws IOException {
    ConnectionSnapshot snapshot = read(seed(), Optional.of(USER));

    assertThat(ConnectJson.write(new ObjectMapper(), ConnectionMapper.toJson(snapshot)))
        .isEqualTo(resource("/connect/seed-connection-written.json"));
  }

  @Test
  void seedConnection_readsServicesFeaturesFieldsAndTheUserConnection() throws IOException {
    ConnectionSnapshot snapshot = read(seed(), Optional.of(USER));

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
    ObjectNode seed = (ObjectNode) JSON.readTree(seed());
    seed.put("random_key_4711", "x");
    ((ObjectNode) seed.path("services").get(0)).putObject("new_thing").put("a", 1);
    ((ObjectNode) seed.path("features").get(0).path("fields").get(0)).put("placeholder", "y");
    ((ObjectNode) seed.path("user_connection").path("user_features").get(0)).put("extra", true);

    ConnectionSnapshot snapshot = read(seed.toString(), Optional.of(USER));

    assertThat(snapshot.definition().features()).hasSize(1);
  }

  @Test
  void extraKeys_areIgnoredEvenByAMapperThatFailsOnThem() throws IOException {
    ObjectNode seed = (ObjectNode) JSON.readTree(seed());
    seed.put("random_key_4711", "x");

    ConnectionSnapshot snapshot =
        ConnectionMapper.toSnapshot(
            ConnectJson.read(new ObjectMapper(), seed.toString(), ConnectJson.Connection.class),
            Optional.of(USER));

    assertThat(snapshot.definition().id().value()).isEqualTo("zG58W2uC");
  }

  @Test
  void withoutUser_userConnectionIsNotRead() throws IOException {
    ConnectionSnapshot snapshot = read(seed(), Optional.empty());

    assertThat(snapshot.userConnection()).isEmpty();
  }

  @Test
  void missingListsAndFlags_readAsEmptyAndTheirDefaults() throws IOException {
    ConnectionSnapshot snapshot =
        read(
            "{\"id\":\"c1\",\"services\":null,\"features\":[{\"id\":\"f1\"}],"
                + "\"user_connection\":{\"user_features\":[{\"feature_id\":\"f1\"}]}}",
            Optional.of(USER));

    assertThat(snapshot.definition().services()).isEmpty();
    assertThat(snapshot.definition().name()).isEmpty();
    assertThat(snapshot.definition().enabledCount()).isEmpty();
    var userFeature = snapshot.userConnection().orElseThrow().features().get(0);
    assertThat(userFeature.enabled()).isTrue();
    assertThat(userFeature.fields()).isEmpty();
  }
}
