package io.robotconnect.application.service;

import io.robotconnect.domain.owner.OwnerId;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a {@code realtime} outbox message: the trigger identities and users one stored
 * event asks IFTTT to poll, one {@code kind<TAB>value} line each.
 */
record RealtimeOutboxPayload(List<String> triggerIdentities, List<OwnerId> users) {
  static final String CHANNEL = "realtime";
  private static final String IDENTITY = "trigger_identity";
  private static final String USER = "user_id";

  RealtimeOutboxPayload {
    triggerIdentities = List.copyOf(triggerIdentities);
    users = List.copyOf(users);
  }

  String encode() {
    StringBuilder text = new StringBuilder();
    triggerIdentities.forEach(id -> line(text, IDENTITY, id));
    users.forEach(user -> line(text, USER, user.value()));
    return text.toString();
  }

  private static void line(StringBuilder text, String kind, String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("a Realtime entry must not contain tabs or line breaks");
    }
    text.append(kind).append('\t').append(value).append('\n');
  }

  /** Reads a payload; unreadable lines are an error the worker gives up on. */
  static RealtimeOutboxPayload decode(String payload) {
    List<String> identities = new ArrayList<>();
    List<OwnerId> users = new ArrayList<>();
    for (String line : payload.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String kind = tab < 0 ? line : line.substring(0, tab);
      String value = tab < 0 ? "" : line.substring(tab + 1);
      if (value.isBlank()) {
        throw new IllegalArgumentException("Realtime entry without a value: " + line);
      }
      switch (kind) {
        case IDENTITY -> identities.add(value);
        case USER -> users.add(new OwnerId(value));
        default -> throw new IllegalArgumentException("unknown Realtime entry kind: " + kind);
      }
    }
    if (identities.isEmpty() && users.isEmpty()) {
      throw new IllegalArgumentException("Realtime payload without entries");
    }
    return new RealtimeOutboxPayload(identities, users);
  }

  int size() {
    return triggerIdentities.size() + users.size();
  }
}
