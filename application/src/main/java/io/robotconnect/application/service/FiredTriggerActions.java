package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.FiredTriggerContext;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import java.util.Map;
import java.util.Optional;

/** What a behaviour can do for one fired trigger: always for the event's user and their robot. */
final class FiredTriggerActions implements FiredTriggerContext {
  private final ConnectionTriggerEvent event;
  private final ConnectApiPort connectApi;
  private final RobotRepository robots;
  private final RobotCommandPort robotCommands;

  FiredTriggerActions(
      ConnectionTriggerEvent event,
      ConnectApiPort connectApi,
      RobotRepository robots,
      RobotCommandPort robotCommands) {
    this.event = event;
    this.connectApi = connectApi;
    this.robots = robots;
    this.robotCommands = robotCommands;
  }

  /** The user has no robot to command. */
  static final class NoRobotException extends RuntimeException {
    NoRobotException(String message) {
      super(message);
    }
  }

  @Override
  public ConnectionTriggerEvent event() {
    return event;
  }

  @Override
  public void runAction(StepRef action, Map<String, FieldValue> fields) {
    connectApi.runAction(event.connection(), action, event.user(), fields, event.userFeatureId());
  }

  @Override
  public ConnectApiPort.QueryPage performQuery(StepRef query, ConnectApiPort.QueryRequest request) {
    return connectApi.performQuery(event.connection(), query, event.user(), request);
  }

  @Override
  public void playAnimation(String animationId) {
    command(new RobotAction.PlayAnimation(animationId));
  }

  @Override
  public void moveTo(String placeName, Optional<String> animationId) {
    command(new RobotAction.MoveToPlace(placeName, animationId));
  }

  @Override
  public void dock() {
    command(new RobotAction.Dock());
  }

  /**
   * Sends the user's robot the command for {@code action}.
   *
   * @throws IllegalArgumentException when a name matches nothing the robot knows: the step can
   *     never work, so it is given up like any other invalid step
   */
  private void command(RobotAction action) {
    RobotCommand command;
    try {
      command = RobotCommandResolver.commandFor(robot(), action);
    } catch (RobotActionSkippedException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    robotCommands.send(command);
  }

  private Robot robot() {
    return robots.findByOwner(event.user()).stream()
        .findFirst()
        .orElseThrow(() -> new NoRobotException("user " + event.user() + " has no robot"));
  }
}
