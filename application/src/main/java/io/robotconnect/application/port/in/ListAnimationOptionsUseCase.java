package io.robotconnect.application.port.in;

import java.util.List;

/** Lists the animations a user can pick for the {@code animation} and {@code move} actions. */
public interface ListAnimationOptionsUseCase {

  /** Every animation of the catalogue, in catalogue order; the value is the animation id. */
  List<FieldOption> animationOptions();
}
