package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.IssueAccessTokenUseCase;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.DeleteTriggerIdentityService;
import io.robotconnect.application.service.ListFieldOptionsService;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.PollTriggerService;
import io.robotconnect.application.service.RunRobotActionService;
import io.robotconnect.application.service.SetUpTestService;
import io.robotconnect.application.service.ValidateTriggerFieldService;

/**
 * The robot's IFTTT Service API: the {@code voice_command} trigger, the actions, their options and
 * the endpoint tester's test setup. Runs after the persistence, OAuth and robot wiring.
 */
final class ServiceApiWiring {
  private ServiceApiWiring() {}

  static void wire(Wiring w) {
    Bindings b = w.bindings();
    OutboxSignal signal =
        b.has(OutboxSignal.class)
            ? b.get(OutboxSignal.class)
            : b.bind(OutboxSignal.class, new OutboxSignal());
    b.bind(
        PollTriggerUseCase.class,
        new PollTriggerService(
            b.get(TriggerIdentityRepository.class),
            b.get(PollTimelineRepository.class),
            b.get(OutboxRepository.class),
            b.get(UnitOfWork.class),
            b.get(ClockPort.class),
            signal));
    b.bind(
        DeleteTriggerIdentityUseCase.class,
        new DeleteTriggerIdentityService(
            b.get(TriggerIdentityRepository.class),
            b.get(OutboxRepository.class),
            b.get(UnitOfWork.class),
            b.get(ClockPort.class),
            signal));
    b.bind(ValidateTriggerFieldUseCase.class, new ValidateTriggerFieldService());
    b.bind(
        RunRobotActionUseCase.class,
        new RunRobotActionService(b.get(RobotRepository.class), b.get(RobotCommandPort.class)));
    ListFieldOptionsService options = new ListFieldOptionsService(b.get(RobotRepository.class));
    b.bind(ListAnimationOptionsUseCase.class, options);
    b.bind(ListPlaceOptionsUseCase.class, options);
    b.bind(
        SetUpTestUseCase.class,
        new SetUpTestService(
            b.get(RegisterOwnerUseCase.class),
            b.get(RegisterRobotUseCase.class),
            b.get(IssueAccessTokenUseCase.class),
            b.get(RobotRepository.class),
            b.get(TriggerEventRepository.class),
            b.get(UnitOfWork.class),
            b.get(ClockPort.class)));
  }
}
