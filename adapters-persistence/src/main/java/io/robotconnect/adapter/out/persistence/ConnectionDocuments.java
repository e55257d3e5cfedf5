package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.UserFeature;
import java.util.List;

/**
 * Connection definitions and users' feature configurations as JSON documents, in the shape they
 * have always been stored in: each record component under its name, an absent {@code Optional} as
 * null, enums by name, and a {@link FieldValue}'s kind under {@code "@type"}. Reading goes through
 * the records' constructors, so a stored document is checked by the domain's invariants again.
 */
final class ConnectionDocuments {
  private static final TypeReference<List<UserFeature>> USER_FEATURES = new TypeReference<>() {};

  private final ObjectWriter connectionWriter;
  private final ObjectWriter userFeaturesWriter;
  private final ObjectReader connectionReader;
  private final ObjectReader userFeaturesReader;

  /**
   * @param json the platform's mapper; a copy of it learns the stored kinds of {@link FieldValue},
   *     so the shared mapper stays as it is for everyone else
   */
  ConnectionDocuments(ObjectMapper json) {
    ObjectMapper documents = json.copy().addMixIn(FieldValue.class, StoredFieldValue.class);
    this.connectionWriter = documents.writerFor(Connection.class);
    this.userFeaturesWriter = documents.writerFor(USER_FEATURES);
    this.connectionReader = documents.readerFor(Connection.class);
    this.userFeaturesReader = documents.readerFor(USER_FEATURES);
  }

  String write(Connection connection) {
    return write(connectionWriter, connection);
  }

  String write(List<UserFeature> features) {
    return write(userFeaturesWriter, features);
  }

  Connection readConnection(String document) {
    return read(connectionReader, document, "connection");
  }

  List<UserFeature> readUserFeatures(String document) {
    return read(userFeaturesReader, document, "user features");
  }

  private static String write(ObjectWriter writer, Object document) {
    try {
      return writer.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record tree is always JSON", e);
    }
  }

  private static <T> T read(ObjectReader reader, String document, String what) {
    try {
      return reader.readValue(document);
    } catch (ValueInstantiationException e) {
      Throwable invalid = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "stored " + what + " is invalid: " + invalid.getMessage(), invalid);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored " + what + " is not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** The kinds of field value, named as they are stored. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = FieldValue.Text.class, name = "Text"),
    @JsonSubTypes.Type(value = FieldValue.Option.class, name = "Option"),
    @JsonSubTypes.Type(value = FieldValue.Location.class, name = "Location")
  })
  private interface StoredFieldValue {}
}
