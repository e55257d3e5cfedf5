package io.robotconnect.application.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payload of a {@code connection-effects} outbox message: one step of one behaviour to run for
 * one stored trigger event.
 *
 * @param bookVersion the behaviour file version the indexes refer to
 */
record ConnectionEffectPayload(String eventId, int bookVersion, int behaviour, int step) {
  static final String CHANNEL = "connection-effects";

  String encode() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("event_id", eventId);
    entries.put("book_version", Integer.toString(bookVersion));
    entries.put("behaviour", Integer.toString(behaviour));
    entries.put("step", Integer.toString(step));
    return LinePayload.encode(entries);
  }

  static ConnectionEffectPayload decode(String payload) {
    Map<String, String> entries = LinePayload.decode(payload);
    try {
      return new ConnectionEffectPayload(
          entries.get("event_id"),
          Integer.parseInt(entries.get("book_version")),
          Integer.parseInt(entries.get("behaviour")),
          Integer.parseInt(entries.get("step")));
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("unreadable effect payload: " + payload, e);
    }
  }
}
