package io.robotconnect.application.service;

import io.robotconnect.application.port.out.OutboxMessage;
import java.util.List;
import java.util.Map;

/** Delivers one channel's outbox messages for an {@link OutboxWorker}. */
public interface OutboxHandler {

  /**
   * Delivers a batch and tells what became of each message, by message id; a message missing from
   * the answer is tried again later. A thrown exception also means "try the whole batch again".
   */
  Map<Long, OutboxOutcome> deliver(List<OutboxMessage> batch);
}
