package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.StorageUnavailableException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorageUnavailableMapperTest {
  private RestTestServer server;

  /** Fails as a repository does when the database is down. */
  @Path("/test/storage-down")
  public static class DatabaseDownResource {
    @GET
    public String read() {
      throw new StorageUnavailableException(
          "the database cannot be reached",
          new SQLException("Connection to db.internal:5432 refused", "08001"));
    }
  }

  @BeforeEach
  void start() {
    server = RestTestServer.start(new TestRestApi(), DatabaseDownResource.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void databaseDown_isServiceUnavailable_withAnErrorsBody_andNoInternalDetail() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/test/storage-down")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).startsWith("{\"errors\":[{\"message\":");
    assertThat(response.body()).doesNotContain("db.internal", "SQLException", "at io.");
  }
}
