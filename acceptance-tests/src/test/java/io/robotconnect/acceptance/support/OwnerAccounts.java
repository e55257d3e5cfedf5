package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sets up real owners the way ops and the owner's app do, over HTTP: the admin API creates the
 * account (and registers a robot), the owner signs in to the app, the app asks for an IFTTT
 * authorization code, and IFTTT exchanges it at the token endpoint.
 */
public class OwnerAccounts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct-horse-battery-staple";

  private final ApiDriver api;

  public OwnerAccounts(ApiDriver api) {
    this.api = api;
  }

  /** A connected owner: their id, their robot's id (null without one) and IFTTT access token. */
  public record ConnectedOwner(String id, String robotId, String accessToken) {}

  /** Creates an owner, registers a robot with these places unless empty, connects to IFTTT. */
  public ConnectedOwner connectedOwner(String name, List<String> places) {
    String email =
        name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID() + "@example.com";
    JsonNode owner =
        expect(
            201,
            api.postJson(
                "/api/v1/admin/owners",
                admin(),
                JSON.createObjectNode()
                    .put("email", email)
                    .put("displayName", name)
                    .put("password", PASSWORD)
                    .toString()));
    String ownerId = owner.path("data").path("id").asText();
    String robotId = null;
    if (!places.isEmpty()) {
      robotId = UUID.randomUUID().toString();
      ObjectNode robot = JSON.createObjectNode().put("id", robotId).put("name", name + "'s robot");
      ArrayNode placeList = robot.putArray("places");
      places.forEach(
          place ->
              placeList
                  .addObject()
                  .put("name", place)
                  .put("waypointUuid", UUID.randomUUID().toString()));
      expect(
          201,
          api.postJson("/api/v1/admin/owners/" + ownerId + "/robots", admin(), robot.toString()));
    }
    String session =
        expect(
                201,
                api.postJson(
                    "/api/v1/sessions",
                    Map.of(),
                    JSON.createObjectNode()
                        .put("email", email)
                        .put("password", PASSWORD)
                        .toString()))
            .path("data")
            .path("token")
            .asText();
    String code =
        expect(
                201,
                api.postJson(
                    "/third-party/ifttt/v1/authorizations",
                    Map.of("Authorization", "Bearer " + session),
                    JSON.createObjectNode()
                        .put("clientId", TestApplication.OAUTH_CLIENT_ID)
                        .toString()))
            .path("data")
            .path(0)
            .path("code")
            .asText();
    String accessToken =
        expect(
                200,
                api.postJson(
                    "/third-party/ifttt/v1/tokens",
                    Map.of(),
                    JSON.createObjectNode()
                        .put("grant_type", "authorization_code")
                        .put("code", code)
                        .put("client_id", TestApplication.OAUTH_CLIENT_ID)
                        .put("client_secret", TestApplication.OAUTH_CLIENT_SECRET)
                        .put(
                            "redirect_uri",
                            "https://ifttt.com/channels/"
                                + TestApplication.IFTTT_SERVICE_ID
                                + "/authorize")
                        .toString()))
            .path("access_token")
            .asText();
    return new ConnectedOwner(ownerId, robotId, accessToken);
  }

  private static Map<String, String> admin() {
    return Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN);
  }

  private static JsonNode expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "setting up an owner: expected "
              + status
              + " from "
              + response.uri()
              + " but got "
              + response.statusCode()
              + ": "
              + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
