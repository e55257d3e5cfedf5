package io.robotconnect.application.service;

import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.AnimationCatalogue;
import java.util.List;

/** Offers the choices of the actions' dropdown fields: animations and the robot's places. */
public class ListFieldOptionsService
    implements ListAnimationOptionsUseCase, ListPlaceOptionsUseCase {
  private final RobotOfOwner robotOfOwner;

  public ListFieldOptionsService(RobotRepository robots) {
    this.robotOfOwner = new RobotOfOwner(robots);
  }

  @Override
  public List<FieldOption> animationOptions() {
    return AnimationCatalogue.all().stream()
        .map(animation -> new FieldOption(animation.label(), animation.id()))
        .toList();
  }

  @Override
  public List<FieldOption> placeOptions(OwnerId owner) {
    return robotOfOwner
        .find(owner)
        .map(
            robot ->
                robot.places().stream()
                    .map(place -> new FieldOption(place.name(), place.name()))
                    .toList())
        .orElse(List.of());
  }
}
