package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.domain.connection.Connection;
import java.io.IOException;

/** Reads a connection definition written as the Connect API shows it (e.g. a bundled file). */
public final class ConnectionDefinitions {
  private final ObjectMapper json;

  ConnectionDefinitions(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The definition in {@code text}.
   *
   * @throws IllegalArgumentException when it is not a readable connection
   */
  public Connection read(String text) {
    ConnectJson.Connection connection;
    try {
      connection = ConnectJson.read(json, text, ConnectJson.Connection.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    return ConnectionMapper.toDefinition(connection);
  }
}
