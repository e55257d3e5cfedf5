package io.robotconnect.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.domain.trigger.TriggerEvent;
import java.util.List;

/**
 * Times IFTTT's trigger polls ({@code robotconnect_trigger_polls_seconds}, by outcome {@code ok} or
 * {@code failed}) and counts the events they answered ({@code
 * robotconnect_trigger_poll_events_total}).
 */
final class MeteredTriggerPolls implements PollTriggerUseCase {
  static final String POLLS = "robotconnect.trigger.polls";
  static final String EVENTS = "robotconnect.trigger.poll.events";

  private final PollTriggerUseCase polls;
  private final MeterRegistry registry;
  private final Timer ok;
  private final Timer failed;
  private final Counter events;

  MeteredTriggerPolls(PollTriggerUseCase polls, MeterRegistry registry) {
    this.polls = polls;
    this.registry = registry;
    this.ok = timer(registry, "ok");
    this.failed = timer(registry, "failed");
    this.events =
        Counter.builder(EVENTS)
            .description("Trigger events answered to IFTTT's polls")
            .register(registry);
  }

  private static Timer timer(MeterRegistry registry, String outcome) {
    return Timer.builder(POLLS)
        .description("IFTTT's trigger polls, as the use case answered them")
        .tag("outcome", outcome)
        .register(registry);
  }

  @Override
  public List<TriggerEvent> poll(PollTriggerQuery query) {
    Timer.Sample sample = Timer.start(registry);
    Timer outcome = failed;
    try {
      List<TriggerEvent> answered = polls.poll(query);
      outcome = ok;
      events.increment(answered.size());
      return answered;
    } finally {
      sample.stop(outcome);
    }
  }
}
