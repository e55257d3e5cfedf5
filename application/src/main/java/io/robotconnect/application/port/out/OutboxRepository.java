package io.robotconnect.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A durable queue of outgoing work that several instances drain without sending anything twice. */
public interface OutboxRepository {

  /** Adds a message to the payload's channel, due now, in the caller's transaction. */
  void enqueue(OutboxPayload payload);

  /**
   * Claims up to {@code max} due messages of the channel, oldest first, hiding them from other
   * claimers for {@code lease}; a message whose lease ran out (its claimer died) is claimable
   * again. A claimed message whose stored payload cannot be read is dead-lettered at once, with the
   * reason as its last error, and left out of the answer.
   */
  <P extends OutboxPayload> List<OutboxMessage<P>> claim(
      OutboxChannel<P> channel, int max, Instant now, Duration lease);

  /** Removes delivered messages. */
  void delivered(List<Long> ids);

  /** Puts a message back for another attempt at {@code dueAt}, counting the attempt. */
  void retryLater(long id, Instant dueAt, String lastError);

  /**
   * Dead-letters a message that can never be delivered, counting the attempt: it is kept for
   * inspection and never claimed again unless {@link #revive revived}.
   */
  void giveUp(long id, String lastError);

  /**
   * Up to {@code max} dead letters with ids above {@code afterId}, by id, of one channel or of all.
   */
  List<DeadLetter> deadLetters(Optional<String> channel, long afterId, int max);

  /**
   * Makes a dead letter due now with no attempts counted; returns its channel, or empty when no
   * dead letter has that id.
   */
  Optional<String> revive(long id);

  /** Revives every dead letter of the channel; returns how many. */
  int reviveAll(String channel);

  /**
   * Deletes up to {@code max} dead letters given up before {@code givenUpBefore}, of every channel;
   * a message not given up (due, leased or waiting for its next attempt) is never deleted. Returns
   * how many it deleted.
   */
  int purgeDeadLetters(Instant givenUpBefore, int max);

  /** Messages of a channel not yet delivered nor given up (for health and tests). */
  long pending(OutboxChannel<?> channel);

  /**
   * The depth of every channel that holds messages, as of {@code now} (one read, for metrics); a
   * channel left out holds none.
   */
  List<OutboxDepth> depths(Instant now);
}
