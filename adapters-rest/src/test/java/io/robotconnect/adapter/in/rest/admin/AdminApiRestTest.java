package io.robotconnect.adapter.in.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.adapter.in.rest.oauth.OAuthTestApp;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.ReservedAccounts;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
  void createdOwner_isReadBackAtItsLocation_withTheSameBody() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      HttpResponse<String> created = app.post(OWNERS, JSON, newOwner("ada@example.com"), ADMIN);
      String id = json(created).at("/data/id").asText();
      URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

      HttpResponse<String> read = getAt(location, ADMIN);

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(location).isEqualTo(app.uri(OWNERS + "/" + id));
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.headers().firstValue("Content-Type")).hasValue(Responses.JSON_UTF8);
      assertThat(json(read)).isEqualTo(json(created));
      assertThat(getAt(location, "Authorization", "Bearer nope").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void registeredRobot_isReadBackAtItsLocation_withTheSameBody() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String robots = robotsOf(app, "ada@example.com");
      String robot =
          "{\"name\":\"Kuri\",\"places\":[{\"name\":\"Kitchen\",\"waypointUuid\":\""
              + UUID.randomUUID()
              + "\"}]}";
      HttpResponse<String> created = app.post(robots, JSON, robot, ADMIN);
      String id = json(created).at("/data/id").asText();
      URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

      HttpResponse<String> read = getAt(location, ADMIN);

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(location).isEqualTo(app.uri(robots + "/" + id));
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(json(read)).isEqualTo(json(created));
      assertThat(json(read).at("/data/places/0/name").asText()).isEqualTo("Kitchen");
    }
  }

  @Test
  void unknownOwnerOrRobot_isNotFound_inThePlatformErrorBody() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String adasRobots = robotsOf(app, "ada@example.com");
      String bobsRobots = robotsOf(app, "bob@example.com");
      String adasRobot =
          json(app.post(adasRobots, JSON, "{\"name\":\"Kuri\"}", ADMIN)).at("/data/id").asText();

      for (String path :
          List.of(
              OWNERS + "/nobody",
              OWNERS + "/" + "i".repeat(OwnerId.MAX_LENGTH + 1),
              OWNERS + "/a%0Ab",
              bobsRobots + "/" + adasRobot,
              adasRobots + "/" + UUID.randomUUID(),
              adasRobots + "/not-a-uuid",
              OWNERS + "/nobody/robots/" + adasRobot)) {
        HttpResponse<String> response = app.get(path, ADMIN);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
            .as(path)
            .hasValue(Responses.JSON_UTF8);
        JsonNode body = json(response);
        assertThat(body.at("/type").asText()).as(path).isEqualTo("error");
        assertThat(body.at("/code").asText()).as(path).isEqualTo("not_found");
        assertThat(body.at("/message").asText()).as(path).isNotBlank();
        assertThat(body.at("/details").isArray()).as(path).isTrue();
      }
    }
  }

  @Test
  void withoutAnAdminToken_readingOwnersDoesNotExist() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(false)) {
      assertThat(app.get(OWNERS + "/" + UUID.randomUUID(), ADMIN).statusCode()).isEqualTo(404);
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

  @Test
  void placesWithANullOrAWrongTypeEntry_areABadRequestNamingTheEntry() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String robots = robotsOf(app, "ada@example.com");

      HttpResponse<String> nullPlace =
          app.post(robots, JSON, "{\"name\":\"Kuri\",\"places\":[null]}", ADMIN);
      HttpResponse<String> textPlace =
          app.post(robots, JSON, "{\"name\":\"Kuri\",\"places\":[\"Hall\"]}", ADMIN);
      HttpResponse<String> objectName =
          app.post(robots, JSON, "{\"name\":{\"a\":1},\"places\":[]}", ADMIN);

      assertThat(nullPlace.statusCode()).isEqualTo(400);
      assertThat(json(nullPlace).at("/message").asText()).contains("places[0]");
      assertThat(textPlace.statusCode()).isEqualTo(400);
      assertThat(json(textPlace).at("/message").asText()).contains("places[0]");
      assertThat(objectName.statusCode()).isEqualTo(400);
      assertThat(json(objectName).at("/message").asText()).contains("name");
    }
  }

  @Test
  void tooManyPlacesOrAnOverlongPlaceName_areABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String robots = robotsOf(app, "ada@example.com");
      StringBuilder many = new StringBuilder("{\"name\":\"Kuri\",\"places\":[");
      for (int i = 0; i <= Robot.MAX_PLACES; i++) {
        many.append(i == 0 ? "" : ",")
            .append("{\"name\":\"P")
            .append(i)
            .append("\",\"waypointUuid\":\"")
            .append(UUID.randomUUID())
            .append("\"}");
      }
      String longName =
          "{\"name\":\"Kuri\",\"places\":[{\"name\":\""
              + "x".repeat(Place.MAX_NAME + 1)
              + "\",\"waypointUuid\":\""
              + UUID.randomUUID()
              + "\"}]}";

      HttpResponse<String> tooMany = app.post(robots, JSON, many + "]}", ADMIN);
      HttpResponse<String> tooLong = app.post(robots, JSON, longName, ADMIN);

      assertThat(tooMany.statusCode()).isEqualTo(400);
      assertThat(json(tooMany).at("/message").asText()).contains("places", "100");
      assertThat(tooLong.statusCode()).isEqualTo(400);
      assertThat(json(tooLong).at("/message").asText()).contains("places[0].name", "100");
    }
  }

  @Test
  void ownerWithControlCharactersOrAnOverlongName_isABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      HttpResponse<String> control =
          app.post(
              OWNERS,
              JSON,
              "{\"email\":\"a@example.com\",\"displayName\":\"A\\u001b[31m\","
                  + "\"password\":\"s3cret-pass\"}",
              ADMIN);
      HttpResponse<String> longName =
          app.post(
              OWNERS,
              JSON,
              "{\"email\":\"a@example.com\",\"displayName\":\""
                  + "n".repeat(201)
                  + "\",\"password\":\"s3cret-pass\"}",
              ADMIN);
      HttpResponse<String> longPassword =
          app.post(
              OWNERS,
              JSON,
              "{\"email\":\"a@example.com\",\"displayName\":\"A\",\"password\":\""
                  + "p".repeat(201)
                  + "\"}",
              ADMIN);

      assertThat(control.statusCode()).isEqualTo(400);
      assertThat(json(control).at("/message").asText()).contains("display name");
      assertThat(longName.statusCode()).isEqualTo(400);
      assertThat(json(longName).at("/message").asText()).contains("display name", "200");
      assertThat(longPassword.statusCode()).isEqualTo(400);
      assertThat(json(longPassword).at("/message").asText()).contains("password", "200");
      assertThat(app.owners.findByEmail(new EmailAddress("a@example.com"))).isEmpty();
    }
  }

  @Test
  void ownerIdPathWithControlCharactersOrOverlong_isABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String robot = "{\"name\":\"Kuri\"}";

      HttpResponse<String> control = app.post(OWNERS + "/a%0Ab/robots", JSON, robot, ADMIN);
      HttpResponse<String> overlong =
          app.post(
              OWNERS + "/" + "i".repeat(OwnerId.MAX_LENGTH + 1) + "/robots", JSON, robot, ADMIN);

      assertThat(control.statusCode()).isEqualTo(400);
      assertThat(json(control).at("/message").asText()).contains("owner id");
      assertThat(overlong.statusCode()).isEqualTo(400);
      assertThat(json(overlong).at("/message").asText()).contains("owner id", "200");
    }
  }

  @Test
  void reservedAddresses_cannotBeCreatedThroughTheAdminApi() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      for (String email :
          List.of(
              "ifttt-endpoint-test@robotconnect.invalid",
              "IFTTT-Endpoint-Test@RobotConnect.invalid",
              "demo@robotconnect.invalid",
              "anyone@robotconnect.invalid")) {
        HttpResponse<String> response = app.post(OWNERS, JSON, newOwner(email), ADMIN);

        assertThat(response.statusCode()).as(email).isEqualTo(409);
        assertThat(json(response).at("/message").asText()).as(email).contains("reserved");
        assertThat(app.owners.findByEmail(new EmailAddress(email))).as(email).isEmpty();
      }
    }
  }

  @Test
  void reservedAccounts_cannotBeChangedThroughTheAdminApi() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      Owner testOwner =
          app.registration.registerIfAbsent(
              new RegisterOwnerCommand(
                  ReservedAccounts.IFTTT_ENDPOINT_TEST, "IFTTT endpoint test", "s3cret-pass"));

      HttpResponse<String> response =
          app.post(
              OWNERS + "/" + testOwner.id() + "/robots",
              JSON,
              "{\"name\":\"Hijacked\",\"places\":[]}",
              ADMIN);

      assertThat(response.statusCode()).isEqualTo(409);
      assertThat(json(response).at("/message").asText()).contains("reserved");
      assertThat(app.robots.findByOwner(testOwner.id())).isEmpty();
    }
  }

  @Test
  void duplicateKeys_areABadRequestNamingTheKey() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      HttpResponse<String> response =
          app.post(
              OWNERS,
              JSON,
              "{\"email\":\"a@example.com\",\"email\":\"b@example.com\","
                  + "\"displayName\":\"A\",\"password\":\"s3cret-pass\"}",
              ADMIN);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).at("/message").asText()).contains("email");
      assertThat(app.owners.findByEmail(new EmailAddress("b@example.com"))).isEmpty();
    }
  }

  @Test
  void bodyNested10000Deep_isABadRequest_answeredQuickly() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String deep = "{\"ignored\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
      long start = System.nanoTime();

      HttpResponse<String> response = app.post(OWNERS, JSON, deep, ADMIN);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).at("/message").asText()).contains("nests deeper than 64");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void aTenMegabyteString_isABadRequest() throws Exception {
    try (OAuthTestApp app = new OAuthTestApp(true)) {
      String huge =
          "{\"email\":\"a@example.com\",\"displayName\":\""
              + "x".repeat(10 * 1024 * 1024)
              + "\",\"password\":\"s3cret-pass\"}";

      HttpResponse<String> response = app.post(OWNERS, JSON, huge, ADMIN);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).at("/message").asText()).contains("longer than 262144");
    }
  }

  private static HttpResponse<String> getAt(URI location, String... headers) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(location).headers(headers).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String robotsOf(OAuthTestApp app, String email) throws Exception {
    String id = json(app.post(OWNERS, JSON, newOwner(email), ADMIN)).at("/data/id").asText();
    return OWNERS + "/" + id + "/robots";
  }

  private static String newOwner(String email) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\"Ada\",\"password\":\"s3cret-pass\",\"extra\":true}";
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return TestJson.shared().readTree(response.body());
  }
}
