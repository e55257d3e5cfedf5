package io.robotconnect.application.service;

import io.robotconnect.application.port.in.PurgeExpiredDataUseCase;
import io.robotconnect.application.port.in.PurgeRun;
import io.robotconnect.application.port.in.RetainedData;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerEventRepository.AgePosition;
import io.robotconnect.application.port.out.TriggerEventRepository.PurgeSweep;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges what its {@link RetentionPolicy} no longer keeps, a batch of each kind per call, through
 * the repositories' batched deletes; every call is a few short transactions, never a long one.
 */
public final class RetentionService implements PurgeExpiredDataUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

  private final RetentionPolicy policy;
  private final OutboxRepository outbox;
  private final WebhookReceiptRepository webhookReceipts;
  private final TriggerEventRepository triggerEvents;
  private final OwnerSessionRepository ownerSessions;
  private final AuthorizationCodeRepository authorizationCodes;
  private final ScriptRunRepository scriptRuns;
  private final ClockPort clock;

  public RetentionService(
      RetentionPolicy policy,
      OutboxRepository outbox,
      WebhookReceiptRepository webhookReceipts,
      TriggerEventRepository triggerEvents,
      OwnerSessionRepository ownerSessions,
      AuthorizationCodeRepository authorizationCodes,
      ScriptRunRepository scriptRuns,
      ClockPort clock) {
    this.policy = policy;
    this.outbox = outbox;
    this.webhookReceipts = webhookReceipts;
    this.triggerEvents = triggerEvents;
    this.ownerSessions = ownerSessions;
    this.authorizationCodes = authorizationCodes;
    this.scriptRuns = scriptRuns;
    this.clock = clock;
  }

  @Override
  public PurgeRun begin() {
    return PurgeRun.startingAt(clock.now());
  }

  @Override
  public PurgeRun purgeBatch(PurgeRun run) {
    if (run.isFinished()) {
      return run;
    }
    Set<RetainedData> finished = EnumSet.noneOf(RetainedData.class);
    finished.addAll(run.finished());
    Map<RetainedData, Long> deleted = new EnumMap<>(RetainedData.class);
    deleted.putAll(run.deleted());
    Optional<AgePosition> triggerEventsAfter = run.triggerEventsAfter();
    for (RetainedData kind : RetainedData.values()) {
      if (finished.contains(kind)) {
        continue;
      }
      try {
        Batch batch = purgeOneBatch(kind, run.asOf(), triggerEventsAfter);
        deleted.merge(kind, (long) batch.deleted(), Long::sum);
        if (kind == RetainedData.TRIGGER_EVENTS) {
          triggerEventsAfter = batch.next();
        }
        if (batch.last()) {
          finished.add(kind);
        }
      } catch (RuntimeException e) {
        LOG.warn("retention: purging {} failed; the next run tries again: {}", kind, e.toString());
        finished.add(kind);
      }
    }
    return new PurgeRun(run.asOf(), triggerEventsAfter, finished, deleted);
  }

  /** What one batch of one kind did, and whether it was the kind's last in this run. */
  private record Batch(int deleted, boolean last, Optional<AgePosition> next) {}

  private Batch purgeOneBatch(RetainedData kind, Instant asOf, Optional<AgePosition> after) {
    int max = policy.batchSize();
    return switch (kind) {
      case DEAD_LETTERS ->
          ofDeleted(outbox.purgeDeadLetters(asOf.minus(policy.deadLetters()), max));
      case WEBHOOK_RECEIPTS ->
          ofDeleted(webhookReceipts.purgeReceivedBefore(asOf.minus(policy.webhookReceipts()), max));
      case TRIGGER_EVENTS -> {
        PurgeSweep sweep =
            triggerEvents.purgeRolledOff(
                asOf.minus(policy.triggerEvents()), policy.newestTriggerEventsKept(), after, max);
        yield new Batch(sweep.deleted(), sweep.next().isEmpty(), sweep.next());
      }
      case OWNER_SESSIONS -> ofDeleted(ownerSessions.purgeExpired(asOf, max));
      case AUTHORIZATION_CODES -> ofDeleted(authorizationCodes.purgeExpired(asOf, max));
      case SCRIPT_RUNS ->
          ofDeleted(scriptRuns.purgeFinishedBefore(asOf.minus(policy.scriptRuns()), max));
    };
  }

  /** A batch that deleted fewer rows than it could was the last: nothing more is due. */
  private Batch ofDeleted(int deleted) {
    return new Batch(deleted, deleted < policy.batchSize(), Optional.empty());
  }
}
