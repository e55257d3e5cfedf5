package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.in.RobotActionSkippedException.Reason;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunRobotActionServiceTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private static final Place KITCHEN = new Place(UUID.randomUUID(), "Kitchen");
  private static final Robot ALICES_ROBOT =
      new Robot(new RobotId(UUID.randomUUID()), ALICE, "Kuri", List.of(KITCHEN));

  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final ServiceTestFakes.Commands commands = new ServiceTestFakes.Commands();
  private final RunRobotActionService service = new RunRobotActionService(robots, commands);

  private String run(OwnerId owner, RobotAction action) {
    return service.run(new RunRobotActionCommand(owner, action));
  }

  @Test
  void animation_isSentToTheOwnersRobot_andItsActionIdReturned() {
    robots.save(ALICES_ROBOT);

    String actionId = run(ALICE, new RobotAction.PlayAnimation("giggle"));

    assertThat(actionId).isNotBlank();
    assertThat(commands.sent)
        .containsExactly(
            new RobotCommand.PlayAnimation(
                ALICES_ROBOT.id(), AnimationCatalogue.byId("giggle").orElseThrow()));
  }

  @Test
  void move_resolvesPlaceNameIgnoringCase_withOptionalAnimation() {
    robots.save(ALICES_ROBOT);

    run(ALICE, new RobotAction.MoveToPlace("kitchen", Optional.of("joke")));
    run(ALICE, new RobotAction.MoveToPlace("Kitchen", Optional.of("")));

    assertThat(commands.sent)
        .containsExactly(
            new RobotCommand.MoveTo(ALICES_ROBOT.id(), KITCHEN, AnimationCatalogue.byId("joke")),
            new RobotCommand.MoveTo(ALICES_ROBOT.id(), KITCHEN, Optional.empty()));
  }

  @Test
  void dock_isSent() {
    robots.save(ALICES_ROBOT);

    run(ALICE, new RobotAction.Dock());

    assertThat(commands.sent).containsExactly(new RobotCommand.Dock(ALICES_ROBOT.id()));
  }

  @Test
  void ownerWithSeveralRobots_commandsTheFirstRegistered() {
    robots.save(ALICES_ROBOT);
    robots.save(new Robot(new RobotId(UUID.randomUUID()), ALICE, "Second", List.of()));

    run(ALICE, new RobotAction.Dock());

    assertThat(commands.sent).containsExactly(new RobotCommand.Dock(ALICES_ROBOT.id()));
  }

  @Test
  void givenNoRobot_anyAction_isSkipped() {
    robots.save(ALICES_ROBOT);

    assertThatThrownBy(() -> run(new OwnerId("bob"), new RobotAction.Dock()))
        .isInstanceOfSatisfying(
            RobotActionSkippedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NO_ROBOT));
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void unknownPlace_isSkipped() {
    robots.save(ALICES_ROBOT);

    assertThatThrownBy(() -> run(ALICE, new RobotAction.MoveToPlace("Moon", Optional.empty())))
        .isInstanceOfSatisfying(
            RobotActionSkippedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_PLACE);
              assertThat(e.getMessage()).contains("Moon");
            });
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void unknownAnimation_isSkipped_alsoAfterAMove() {
    robots.save(ALICES_ROBOT);

    assertThatThrownBy(() -> run(ALICE, new RobotAction.PlayAnimation("moonwalk")))
        .isInstanceOfSatisfying(
            RobotActionSkippedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_ANIMATION));
    assertThatThrownBy(
            () -> run(ALICE, new RobotAction.MoveToPlace("Kitchen", Optional.of("moonwalk"))))
        .isInstanceOf(RobotActionSkippedException.class);
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void transportDown_propagatesSoTheCallerCanRetry() {
    robots.save(ALICES_ROBOT);
    commands.transportDown = true;

    assertThatThrownBy(() -> run(ALICE, new RobotAction.Dock()))
        .isInstanceOf(RobotTransportUnavailableException.class);
  }

  @Test
  void missingRequiredField_isRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> new RobotAction.PlayAnimation(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("animation id");
    assertThatThrownBy(() -> new RobotAction.MoveToPlace(null, Optional.empty()))
        .hasMessageContaining("place name");
  }
}
