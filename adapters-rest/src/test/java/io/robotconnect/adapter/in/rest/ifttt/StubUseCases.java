package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.TestSetup;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The Service API use cases as the REST adapter sees them: answers set by the test, calls kept. */
final class StubUseCases
    implements PollTriggerUseCase,
        ValidateTriggerFieldUseCase,
        DeleteTriggerIdentityUseCase,
        RunRobotActionUseCase,
        ListAnimationOptionsUseCase,
        ListPlaceOptionsUseCase,
        SetUpTestUseCase {
  final List<Object> calls = new ArrayList<>();
  List<TriggerEvent> timeline = List.of();
  FieldValidation verdict = FieldValidation.ok();
  Supplier<String> actionOutcome = () -> "action-1";
  List<FieldOption> animations = List.of(new FieldOption("Giggle", "giggle"));
  Map<OwnerId, List<FieldOption>> places = Map.of();
  TestSetup setup;

  @Override
  public synchronized List<TriggerEvent> poll(PollTriggerQuery query) {
    calls.add(query);
    return timeline;
  }

  @Override
  public synchronized FieldValidation validate(ValidateTriggerFieldQuery query) {
    calls.add(query);
    return verdict;
  }

  @Override
  public synchronized void delete(DeleteTriggerIdentityCommand command) {
    calls.add(command);
  }

  @Override
  public synchronized String run(RunRobotActionCommand command) {
    calls.add(command);
    return actionOutcome.get();
  }

  @Override
  public List<FieldOption> animationOptions() {
    return animations;
  }

  @Override
  public List<FieldOption> placeOptions(OwnerId owner) {
    return places.getOrDefault(owner, List.of());
  }

  @Override
  public synchronized TestSetup setUp() {
    calls.add("setUp");
    return setup;
  }

  synchronized Object lastCall() {
    return calls.isEmpty() ? null : calls.get(calls.size() - 1);
  }
}
