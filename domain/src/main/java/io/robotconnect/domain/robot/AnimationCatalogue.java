package io.robotconnect.domain.robot;

import java.util.List;
import java.util.Optional;

/** The animations of the reference robot, in the order they are offered to users. */
public final class AnimationCatalogue {
  private static final List<Animation> ANIMATIONS =
      List.of(
          new Animation("alarm_1", "Alarm 1"),
          new Animation("alarm_2", "Alarm 2"),
          new Animation("alarm_3", "Alarm 3"),
          new Animation("big_greeting", "Greeting"),
          new Animation("i_love_you", "I Love You"),
          new Animation("live_fart", "Fart"),
          new Animation("live_kiss", "Kiss"),
          new Animation("happy_birthday", "Play Happy Birthday"),
          new Animation("lullaby_song", "Play Lullaby"),
          new Animation("boredom_pancake_hum_long", "Hum Pancake Robot"),
          new Animation("joke", "Tell a Joke"),
          new Animation("giggle", "Giggle"));

  private AnimationCatalogue() {}

  /** Every animation, in catalogue order. */
  public static List<Animation> all() {
    return ANIMATIONS;
  }

  /** The animation with this id, if the catalogue has it. */
  public static Optional<Animation> byId(String id) {
    return ANIMATIONS.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
