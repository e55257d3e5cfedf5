package io.robotconnect.application.port.in;

import java.util.Objects;

/**
 * What IFTTT's endpoint tester needs: a token of the test owner and field values that work (or must
 * be skipped) for that owner.
 *
 * @param phrase a voice command the test owner has said at least three times
 * @param invalidPhrase a phrase that trigger field validation refuses
 * @param animationId an animation of the catalogue
 * @param placeName a place on the test robot's map
 * @param unknownAnimationId an animation id no robot has (its actions must be skipped)
 * @param unknownPlaceName a place the test robot has not mapped (its moves must be skipped)
 */
public record TestSetup(
    String accessToken,
    String phrase,
    String invalidPhrase,
    String animationId,
    String placeName,
    String unknownAnimationId,
    String unknownPlaceName) {
  public TestSetup {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(invalidPhrase, "invalidPhrase");
    Objects.requireNonNull(animationId, "animationId");
    Objects.requireNonNull(placeName, "placeName");
    Objects.requireNonNull(unknownAnimationId, "unknownAnimationId");
    Objects.requireNonNull(unknownPlaceName, "unknownPlaceName");
  }

  @Override
  public String toString() {
    return "TestSetup[phrase=" + phrase + ", placeName=" + placeName + "]";
  }
}
