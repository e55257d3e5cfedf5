package io.robotconnect.domain.trigger;

import io.robotconnect.domain.owner.OwnerId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a trigger watches: one owner's trigger with given field values. Events are recorded against
 * a subject, so every trigger identity IFTTT makes for the same subject sees the same timeline.
 */
public record TriggerSubject(OwnerId owner, String triggerSlug, Map<String, String> fields) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9_.]{1,100}");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  public TriggerSubject {
    Objects.requireNonNull(owner, "owner");
    if (triggerSlug == null || !SLUG.matcher(triggerSlug).matches()) {
      throw new IllegalArgumentException(
          "trigger slug must be 1-100 of [a-z0-9_.]: " + triggerSlug);
    }
    fields = Map.copyOf(new TreeMap<>(fields == null ? Map.of() : fields));
  }

  /** A stable fingerprint of the trigger and its field values (not of the owner). */
  public String fieldsKey() {
    StringBuilder canonical = new StringBuilder(triggerSlug);
    new TreeMap<>(fields)
        .forEach(
            (k, v) -> canonical.append('\u0000').append(k).append('\u0001').append(normalise(v)));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether both watch the same timeline: the same owner, trigger and normalised field values. */
  public boolean isSameAs(TriggerSubject other) {
    return owner.equals(other.owner()) && fieldsKey().equals(other.fieldsKey());
  }

  /**
   * Field values match ignoring case and surrounding or repeated blanks: "Hi Robot " = "hi robot".
   */
  static String normalise(String value) {
    return value == null ? "" : BLANKS.matcher(value.strip()).replaceAll(" ").toLowerCase();
  }
}
