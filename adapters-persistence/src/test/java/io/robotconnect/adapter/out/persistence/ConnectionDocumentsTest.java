package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Connection documents keep the shape rows already hold: {@code stored/*.json} are what the adapter
 * wrote before Jackson mapped the records (a reflective writer did), for the fixture connection
 * with every field type and value shape.
 */
class ConnectionDocumentsTest {
  private static final ConnectionId ID = new ConnectionId("zG58W2uC");

  private final ConnectionDocuments documents = new ConnectionDocuments(TestJson.shared());

  @Test
  void givenAConnectionStoredInTheEarlierShape_whenRead_thenTheSameConnectionComesBack() {
    assertThat(documents.readConnection(stored("connection.json")))
        .isEqualTo(ConnectionFixtures.connection(ID));
  }

  @Test
  void givenUserFeaturesStoredInTheEarlierShape_whenRead_thenTheSameFeaturesComeBack() {
    assertThat(documents.readUserFeatures(stored("user-features.json")))
        .isEqualTo(ConnectionFixtures.userFeatures());
  }

  @Test
  void givenAConnection_whenWritten_thenItIsTheStoredShape_characterForCharacter() {
    assertThat(documents.write(ConnectionFixtures.connection(ID)))
        .isEqualTo(stored("connection.json"));
    assertThat(documents.write(ConnectionFixtures.userFeatures()))
        .isEqualTo(stored("user-features.json"));
  }

  @Test
  void givenAConnection_whenWrittenAndRead_thenItComesBackEqual() {
    Connection connection = ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());

    assertThat(documents.readConnection(documents.write(connection))).isEqualTo(connection);
  }

  @Test
  void givenAStoredDocumentThatBreaksAnInvariant_whenRead_thenItIsRefused() {
    String badLatitude = stored("user-features.json").replace("\"lat\":37.78", "\"lat\":137.78");

    assertThatThrownBy(() -> documents.readUserFeatures(badLatitude))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stored user features is invalid")
        .hasMessageContaining("latitude");
  }

  @Test
  void givenAFieldValueOfAnUnknownKind_whenRead_thenItIsRefused() {
    String unknownKind =
        stored("user-features.json").replace("\"@type\":\"Text\"", "\"@type\":\"Colour\"");

    assertThatThrownBy(() -> documents.readUserFeatures(unknownKind))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stored user features is not readable");
  }

  /** A document from {@code stored/}, as the adapter wrote it before. */
  static String stored(String name) {
    try (InputStream in = ConnectionDocumentsTest.class.getResourceAsStream("/stored/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
