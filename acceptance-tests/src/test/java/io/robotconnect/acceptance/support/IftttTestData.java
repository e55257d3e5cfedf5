package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import java.util.UUID;

/**
 * What IFTTT's test setup gave this scenario (token and samples), and the other owners a scenario
 * connected. Verification steps may look up the test owner's robot in the application's store to
 * know which robot and waypoint a command must reach.
 */
public class IftttTestData {
  /** The e-mail address test setup gives its owner (a reserved domain, never a real user's). */
  static final String TEST_OWNER_EMAIL = "ifttt-endpoint-test@robotconnect.invalid";

  private JsonNode setup;
  private OwnerAccounts.ConnectedOwner otherOwner;

  public void setup(JsonNode data) {
    this.setup = data;
  }

  public JsonNode setup() {
    if (setup == null) {
      throw new IllegalStateException("IFTTT has not called test setup in this scenario");
    }
    return setup;
  }

  public String accessToken() {
    return setup().path("accessToken").asText();
  }

  public JsonNode samples() {
    return setup().path("samples");
  }

  public String samplePhrase() {
    return samples().path("triggers").path("voice_command").path("voice_command").asText();
  }

  public String samplePlace() {
    return samples().path("actions").path("move").path("place").asText();
  }

  public void otherOwner(OwnerAccounts.ConnectedOwner owner) {
    this.otherOwner = owner;
  }

  public OwnerAccounts.ConnectedOwner otherOwner() {
    if (otherOwner == null) {
      throw new IllegalStateException("no other owner was connected in this scenario");
    }
    return otherOwner;
  }

  /** The robot test setup gave the test owner. */
  public static Robot testOwnersRobot() {
    var components = TestApplication.get().components();
    var owner =
        components
            .persistence()
            .owners()
            .findByEmail(new EmailAddress(TEST_OWNER_EMAIL))
            .orElseThrow(() -> new AssertionError("test setup made no test owner"));
    return components.persistence().robots().findByOwner(owner.id()).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("test setup gave the test owner no robot"));
  }

  public static UUID waypointOf(String placeName) {
    return testOwnersRobot()
        .placeNamed(placeName)
        .map(Place::waypointUuid)
        .orElseThrow(() -> new AssertionError("the test robot has no place " + placeName));
  }
}
