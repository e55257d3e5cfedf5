package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.application.service.DeleteTriggerIdentityService;
import io.robotconnect.application.service.ListFieldOptionsService;
import io.robotconnect.application.service.PollTriggerService;
import io.robotconnect.application.service.RunRobotActionService;
import io.robotconnect.application.service.SetUpTestService;
import io.robotconnect.application.service.ValidateTriggerFieldService;

/**
 * The robot's IFTTT Service API: the {@code voice_command} trigger, the actions, their options and
 * the endpoint tester's test setup. Runs after the persistence, OAuth and robot wiring.
 */
public final class ServiceApiWiring {
  private ServiceApiWiring() {}

  /** What the Service API step provides to the REST resources. */
  public record Provided(
      PollTriggerUseCase pollTrigger,
      DeleteTriggerIdentityUseCase deleteTriggerIdentity,
      ValidateTriggerFieldUseCase validateTriggerField,
      RunRobotActionUseCase runRobotAction,
      ListAnimationOptionsUseCase listAnimationOptions,
      ListPlaceOptionsUseCase listPlaceOptions,
      SetUpTestUseCase setUpTest) {}

  static Provided wire(
      Wiring w,
      PersistenceWiring.Provided persistence,
      CoreWiring.Provided core,
      OAuthWiring.Provided oauth,
      RobotWiring.Provided robot) {
    ListFieldOptionsService options = new ListFieldOptionsService(persistence.robots());
    return new Provided(
        new MeteredTriggerPolls(
            new PollTriggerService(
                persistence.triggerIdentities(),
                persistence.pollTimelines(),
                persistence.outbox(),
                persistence.unitOfWork(),
                core.clock(),
                persistence.outboxSignal()),
            w.metrics()),
        new DeleteTriggerIdentityService(
            persistence.triggerIdentities(),
            persistence.outbox(),
            persistence.unitOfWork(),
            core.clock(),
            persistence.outboxSignal()),
        new ValidateTriggerFieldService(),
        new RunRobotActionService(persistence.robots(), robot.robotCommands()),
        options,
        options,
        new SetUpTestService(
            oauth.registerOwner(),
            oauth.registerRobot(),
            oauth.issueAccessToken(),
            persistence.robots(),
            persistence.triggerEvents(),
            persistence.unitOfWork(),
            core.clock()));
  }
}
