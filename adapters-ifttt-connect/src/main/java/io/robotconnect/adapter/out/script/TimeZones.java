package io.robotconnect.adapter.out.script;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the owner's time zone as IFTTT sends it, a Rails name such as {@code Pacific Time (US &
 * Canada)} or an IANA id, into a zone moment-timezone has data for; anything else is UTC, with a
 * warning.
 */
final class TimeZones {
  static final String UTC = "UTC";

  private final Map<String, String> rails = new HashMap<>();
  private final MomentZones zones;

  TimeZones(MomentZones zones) {
    this.zones = zones;
    for (String line : WebJars.packaged("rails-time-zones.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      rails.put(columns[0], columns[1].strip());
    }
  }

  /** The zone for {@code Meta.currentUserTime}, and why it is UTC when it falls back. */
  record Resolved(String zone, Optional<String> warning) {}

  Resolved resolve(Optional<String> given) {
    if (given.isEmpty()) {
      return new Resolved(UTC, Optional.of("no time zone given: Meta.currentUserTime is in UTC"));
    }
    String name = given.get();
    Optional<String> known = zones.canonical(rails.getOrDefault(name, name));
    return known
        .map(zone -> new Resolved(zone, Optional.<String>empty()))
        .orElseGet(
            () ->
                new Resolved(
                    UTC,
                    Optional.of(
                        "unknown time zone \"" + name + "\": Meta.currentUserTime is in UTC")));
  }

  /** The Rails names this table knows, with their zones. */
  Map<String, String> railsNames() {
    return Map.copyOf(rails);
  }
}
