package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A run of a connection's script for one fired trigger, as it started: what it ran for and the
 * values its first attempt ran with, which every later attempt replays.
 *
 * @param firedEventId the fired trigger's event id (its webhook's request id): one run per fired
 *     event and connection
 * @param startedAt when the first attempt started
 * @param now what the first attempt's clock answered ({@link ScriptReplay#now()})
 * @param randomSeed the first attempt's seed of {@code Math.random()}
 */
public record ScriptRunStart(
    UUID id,
    ConnectionId connectionId,
    String featureId,
    OwnerId owner,
    Optional<String> userFeatureId,
    String firedEventId,
    Instant startedAt,
    Instant now,
    long randomSeed) {
  public ScriptRunStart {
    Objects.requireNonNull(id, "run id");
    Objects.requireNonNull(connectionId, "connection id");
    Ids.require(featureId, "feature id");
    Objects.requireNonNull(owner, "owner");
    userFeatureId = Ids.optional(userFeatureId, "user feature id");
    Ids.require(firedEventId, "fired event id");
    Objects.requireNonNull(startedAt, "started at");
    Objects.requireNonNull(now, "now");
  }

  /** The replay values of the first attempt, nothing journaled. */
  public ScriptReplay firstAttempt() {
    return ScriptReplay.firstAttempt(now, randomSeed);
  }
}
