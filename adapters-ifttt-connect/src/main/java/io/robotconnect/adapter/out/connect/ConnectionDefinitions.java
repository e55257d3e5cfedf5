package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.domain.connection.Connection;
import java.io.IOException;

/** Reads a connection definition written as the Connect API shows it (e.g. a bundled file). */
public final class ConnectionDefinitions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConnectionDefinitions() {}

  /**
   * The definition in {@code json}.
   *
   * @throws IllegalArgumentException when it is not a readable connection
   */
  public static Connection read(String json) {
    try {
      return ConnectionJson.readDefinition(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }
}
