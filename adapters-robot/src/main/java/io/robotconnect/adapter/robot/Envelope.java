package io.robotconnect.adapter.robot;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The envelope every fleet message travels in; {@link EnvelopeCodec} writes and reads it.
 *
 * @param payload a payload record when written, the payload's JSON object when read
 * @param origin {@code robot}, {@code cloud} or {@code app}; each party ignores its own echoes
 * @param actionId shared by all messages of one action, absent elsewhere
 */
public record Envelope<P>(
    String apiVersion,
    String messageId,
    String robotId,
    Instant timestamp,
    String origin,
    P payload,
    Optional<String> actionId) {
  public static final String API_VERSION = "1";
  public static final String CLOUD = "cloud";
  public static final String ROBOT = "robot";

  /** A new message with a fresh id, sent now. */
  public static <P> Envelope<P> create(
      String origin, String robotId, P payload, Optional<String> actionId, Instant now) {
    return new Envelope<>(
        API_VERSION, UUID.randomUUID().toString(), robotId, now, origin, payload, actionId);
  }

  public boolean isFrom(String party) {
    return party.equals(origin);
  }
}
