package io.robotconnect.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A durable queue of outgoing work that several instances drain without sending anything twice. */
public interface OutboxRepository {

  /** Adds a message, due now, in the caller's transaction. */
  void enqueue(String channel, String payload);

  /**
   * Claims up to {@code max} due messages of the channel, oldest first, hiding them from other
   * claimers for {@code lease}; a message whose lease ran out (its claimer died) is claimable
   * again.
   */
  List<OutboxMessage> claim(String channel, int max, Instant now, Duration lease);

  /** Removes delivered messages. */
  void delivered(List<Long> ids);

  /** Puts a message back for another attempt at {@code dueAt}, counting the attempt. */
  void retryLater(long id, Instant dueAt, String lastError);

  /**
   * Parks a message that can never be delivered; it is kept for inspection, never claimed again.
   */
  void giveUp(long id, String lastError);

  /** Messages of a channel not yet delivered nor given up (for health and tests). */
  long pending(String channel);
}
