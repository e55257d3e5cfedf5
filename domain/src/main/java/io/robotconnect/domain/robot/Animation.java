package io.robotconnect.domain.robot;

/** An animation a robot can play: its id on the wire and the label shown to people. */
public record Animation(String id, String label) {
  public Animation {
    if (id == null || !id.matches("[a-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("animation id must be 1-64 of [a-z0-9_]: " + id);
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("animation label must not be blank");
    }
  }
}
