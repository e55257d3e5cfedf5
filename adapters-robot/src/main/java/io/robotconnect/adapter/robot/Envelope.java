package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON envelope every fleet message travels in.
 *
 * @param origin {@code robot}, {@code cloud} or {@code app}; each party ignores its own echoes
 * @param actionId shared by all messages of one action, absent elsewhere
 */
public record Envelope(
    String apiVersion,
    String messageId,
    String robotId,
    Instant timestamp,
    String origin,
    JsonNode payload,
    Optional<String> actionId) {
  public static final String API_VERSION = "1";
  public static final String CLOUD = "cloud";
  public static final String ROBOT = "robot";

  /** A new message with a fresh id, sent now. */
  public static Envelope create(
      String origin, String robotId, JsonNode payload, Optional<String> actionId, Instant now) {
    return new Envelope(
        API_VERSION, UUID.randomUUID().toString(), robotId, now, origin, payload, actionId);
  }

  public boolean isFrom(String party) {
    return party.equals(origin);
  }
}
