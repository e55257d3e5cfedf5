package io.robotconnect.adapter.robot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last messages processed, so that a redelivered message is skipped cheaply; the
 * event store's idempotency covers what this bounded memory has forgotten (and restarts).
 */
final class RecentMessageIds {
  private final Map<String, Boolean> ids;

  RecentMessageIds(int capacity) {
    this.ids =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized boolean contains(String messageId) {
    return ids.containsKey(messageId);
  }

  synchronized void remember(String messageId) {
    ids.put(messageId, Boolean.TRUE);
  }
}
