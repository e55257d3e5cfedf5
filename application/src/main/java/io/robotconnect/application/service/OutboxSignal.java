package io.robotconnect.application.service;

import io.robotconnect.application.port.out.OutboxChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wakes this instance's outbox workers right after a transaction that enqueued work for their
 * channel has committed, so that delivery does not wait for the next poll.
 */
public final class OutboxSignal {
  private final Map<OutboxChannel<?>, List<Runnable>> listeners = new ConcurrentHashMap<>();

  /** Calls {@code listener} whenever work was enqueued on {@code channel}. */
  public void onEnqueued(OutboxChannel<?> channel, Runnable listener) {
    listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
  }

  /** Tells the channel's workers that new work is committed. */
  public void enqueued(OutboxChannel<?> channel) {
    listeners.getOrDefault(channel, List.of()).forEach(Runnable::run);
  }
}
