package io.robotconnect.application.service;

import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import java.util.List;
import java.util.Map;

/**
 * Delivers one channel's outbox messages for the {@link OutboxDrainService}.
 *
 * @param <P> the payload of the channel's messages
 */
public interface OutboxHandler<P extends OutboxPayload> {

  /** The channel whose messages it delivers. */
  OutboxChannel<P> channel();

  /**
   * Delivers a batch and tells what became of each message, by message id; a message missing from
   * the answer is tried again later. A thrown exception means nothing is known of any message: the
   * worker delivers them again in smaller batches until the failing one is alone.
   */
  Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<P>> batch);

  /**
   * Whether a failure reported for one message may have been caused by another message of the
   * batch, because the handler sends several messages in one call; the worker then delivers the
   * failed messages again in smaller batches. False for handlers that deliver each message on its
   * own (a second delivery of those would only repeat their effects).
   */
  default boolean sharesFailures() {
    return false;
  }
}
