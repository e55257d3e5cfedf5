package io.robotconnect.adapter.in.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.ObjectMapperProvider;
import io.robotconnect.adapter.in.rest.oauth.OAuthTestApp;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminApiRestTest {
  private static final String JSON = "application/json";
  private static final String OWNERS = "/api/v1/admin/owners";
  private static final String[] ADMIN = {"Authorization", "Bearer " + OAuthTestApp.ADMIN_TOKEN};

  @Test
  void withoutAnAdminToken_theAdminApiDoesNotExist() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(false)) {
      HttpResponse<String> response = app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN);

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(
              app.owners.findByEmail(
                  new io.robotconnect.domain.owner.EmailAddress("ada@example.com")))
          .isEmpty();
    }
  }

  @Test
  void wrongOrMissingAdminToken_isUnauthorized() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      assertThat(
              app.post(OWNERS, JSON, newOwner("a@example.com"), "Authorization", "Bearer nope")
                  .statusCode())
          .isEqualTo(401);
      assertThat(app.post(OWNERS, JSON, newOwner("a@example.com")).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void createOwner_answersItsPermanentId_andTheOwnerCanSignIn() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      HttpResponse<String> response = app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN);

      assertThat(response.statusCode()).isEqualTo(201);
      String id = json(response).at("/data/id").asText();
      assertThat(app.owners.findById(new OwnerId(id))).isPresent();
      assertThat(
              app.post(
                      "/api/v1/sessions",
                      JSON,
                      "{\"email\":\"ada@example.com\",\"password\":\"s3cret-pass\"}")
                  .statusCode())
          .isEqualTo(201);
    }
  }

  @Test
  void duplicateEmail_isAConflict() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN);

      HttpResponse<String> again = app.post(OWNERS, JSON, newOwner("ADA@example.com"), ADMIN);

      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(json(again).at("/message").asText()).isNotBlank();
    }
  }

  @Test
  void invalidOwner_isABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      assertThat(
              app.post(
                      OWNERS,
                      JSON,
                      "{\"email\":\"not-an-address\",\"displayName\":\"A\",\"password\":\"s3cret-pass\"}",
                      ADMIN)
                  .statusCode())
          .isEqualTo(400);
      assertThat(
              app.post(
                      OWNERS,
                      JSON,
                      "{\"email\":\"a@example.com\",\"displayName\":\"A\",\"password\":\"short\"}",
                      ADMIN)
                  .statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void registerRobot_storesItWithItsPlaces() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String owner =
          json(app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN)).at("/data/id").asText();
      String robotId = UUID.randomUUID().toString();
      String waypoint = UUID.randomUUID().toString();

      HttpResponse<String> response =
          app.post(
              OWNERS + "/" + owner + "/robots",
              JSON,
              "{\"id\":\""
                  + robotId
                  + "\",\"name\":\"Kuri\",\"places\":[{\"name\":\"Kitchen\",\"waypointUuid\":\""
                  + waypoint
                  + "\"}]}",
              ADMIN);

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(json(response).at("/data/id").asText()).isEqualTo(robotId);
      Robot robot = app.robots.findByOwner(new OwnerId(owner)).get(0);
      assertThat(robot.placeNamed("kitchen").orElseThrow().waypointUuid().toString())
          .isEqualTo(waypoint);
    }
  }

  @Test
  void robotOfAnotherOwner_isAConflict_andAnUnknownOwnerNotFound() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String ada =
          json(app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN)).at("/data/id").asText();
      String bob =
          json(app.post(OWNERS, JSON, newOwner("bob@example.com"), ADMIN)).at("/data/id").asText();
      String robot = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Kuri\",\"places\":[]}";
      assertThat(app.post(OWNERS + "/" + ada + "/robots", JSON, robot, ADMIN).statusCode())
          .isEqualTo(201);

      assertThat(app.post(OWNERS + "/" + bob + "/robots", JSON, robot, ADMIN).statusCode())
          .isEqualTo(409);
      assertThat(app.post(OWNERS + "/nobody/robots", JSON, robot, ADMIN).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void placeWithoutAUuidWaypoint_isABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String ada =
          json(app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN)).at("/data/id").asText();

      HttpResponse<String> response =
          app.post(
              OWNERS + "/" + ada + "/robots",
              JSON,
              "{\"name\":\"Kuri\",\"places\":[{\"name\":\"Hall\",\"waypointUuid\":\"x\"}]}",
              ADMIN);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).at("/message").asText()).contains("waypointUuid");
    }
  }

  private static String newOwner(String email) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\"Ada\",\"password\":\"s3cret-pass\",\"extra\":true}";
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return ObjectMapperProvider.mapper().readTree(response.body());
  }
}
