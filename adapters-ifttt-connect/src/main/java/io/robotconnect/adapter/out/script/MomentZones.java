package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The packed zone data of moment-timezone's 10-year-range build, handed to a context zone by zone:
 * loading all of it costs each run far more than the few zones a script uses.
 */
final class MomentZones {
  private static final String BUILD = "builds/moment-timezone-with-data-10-year-range.js";

  private final ObjectMapper json;
  private final String all;
  private final Map<String, String> packedByName = new HashMap<>();
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final Map<String, String> linkTargets = new HashMap<>();

  MomentZones(ObjectMapper json) {
    this.json = json;
    String build = WebJars.read("moment-timezone", BUILD);
    int start = build.lastIndexOf("loadData({");
    int end = build.lastIndexOf("});");
    if (start < 0 || end < start) {
      throw new IllegalStateException("no zone data in moment-timezone's " + BUILD);
    }
    all = build.substring(start + "loadData(".length(), end + 1);
    JsonNode data = readTree(all);
    for (JsonNode zone : data.get("zones")) {
      String packed = zone.asText();
      String name = packed.substring(0, packed.indexOf('|'));
      packedByName.put(key(name), packed);
      canonicalNames.put(key(name), name);
    }
    for (JsonNode link : data.get("links")) {
      String[] pair = link.asText().split("\\|");
      linkTargets.put(key(pair[1]), pair[0]);
      canonicalNames.put(key(pair[1]), pair[1]);
    }
  }

  /** The zone's name as moment-timezone spells it, if it has data for it (any case). */
  Optional<String> canonical(String name) {
    return Optional.ofNullable(canonicalNames.get(key(name)));
  }

  /**
   * The data to add for one zone, as {@code {"zones": [...], "links": [...]}}; empty for a zone
   * without data.
   */
  Optional<String> dataFor(String name) {
    String packed = packedByName.get(key(name));
    if (packed != null) {
      return Optional.of(write(List.of(packed), List.of()));
    }
    String target = linkTargets.get(key(name));
    if (target == null || !packedByName.containsKey(key(target))) {
      return Optional.empty();
    }
    return Optional.of(
        write(
            List.of(packedByName.get(key(target))),
            List.of(target + "|" + canonicalNames.get(key(name)))));
  }

  /** All of the build's data, for {@code moment.tz.load}. */
  String all() {
    return all;
  }

  private String write(List<String> zones, List<String> links) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("zones", zones);
    data.put("links", links);
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable zone data in moment-timezone's " + BUILD, e);
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('/', '_');
  }
}
