package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.InMemoryAuthorizationCodeRepository;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.InMemoryOwnerSessionRepository;
import io.robotconnect.application.fake.InMemoryScriptRunRepository;
import io.robotconnect.application.fake.InMemoryTriggerEventRepository;
import io.robotconnect.application.fake.InMemoryWebhookReceiptRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.PurgeRun;
import io.robotconnect.application.port.in.RetainedData;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.OwnerSession;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Duration MICROSECOND = Duration.ofNanos(1_000);
  private static final OwnerId OWNER = new OwnerId("u-1");
  private static final TriggerSubject SUBJECT =
      new TriggerSubject(OWNER, "voice_command", Map.of("voice_command", "hello"));

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private final InMemoryWebhookReceiptRepository receipts = new InMemoryWebhookReceiptRepository();
  private final InMemoryTriggerEventRepository events = new InMemoryTriggerEventRepository();
  private final InMemoryOwnerSessionRepository sessions = new InMemoryOwnerSessionRepository();
  private final InMemoryAuthorizationCodeRepository codes =
      new InMemoryAuthorizationCodeRepository();
  private final InMemoryScriptRunRepository scriptRuns = new InMemoryScriptRunRepository();

  private RetentionService service(RetentionPolicy policy) {
    return service(policy, receipts);
  }

  private RetentionService service(RetentionPolicy policy, WebhookReceiptRepository receipts) {
    return new RetentionService(
        policy, outbox, receipts, events, sessions, codes, scriptRuns, clock);
  }

  private static RetentionPolicy batchesOf(int size) {
    RetentionPolicy defaults = RetentionPolicy.defaults();
    return new RetentionPolicy(
        defaults.deadLetters(),
        defaults.webhookReceipts(),
        defaults.triggerEvents(),
        defaults.scriptRuns(),
        defaults.newestTriggerEventsKept(),
        size);
  }

  @Test
  void aRun_purgesWhatIsJustPastEachRetention_andKeepsWhatIsJustWithin() {
    RetentionPolicy policy = RetentionPolicy.defaults();
    Instant deadLetterBound = NOW.minus(policy.deadLetters());
    long purgedLetter = deadLetterAt(deadLetterBound.minus(MICROSECOND));
    long keptLetter = deadLetterAt(deadLetterBound);
    Instant receiptBound = NOW.minus(policy.webhookReceipts());
    WebhookReceipt purgedReceipt = receipt("old", receiptBound.minus(MICROSECOND));
    WebhookReceipt keptReceipt = receipt("edge", receiptBound);
    receipts.record(purgedReceipt);
    receipts.record(keptReceipt);
    Instant eventBound = NOW.minus(policy.triggerEvents());
    List<Instant> times = new ArrayList<>(List.of(eventBound.minus(MICROSECOND), eventBound));
    for (int i = 1; i <= 50; i++) {
      times.add(eventBound.plus(Duration.ofMinutes(i)));
    }
    List<TriggerEvent> timeline = appendEventsAt(times);
    sessions.save(session("expired", NOW));
    sessions.save(session("live", NOW.plus(MICROSECOND)));
    codes.save(code("expired", NOW));
    codes.save(code("live", NOW.plus(MICROSECOND)));
    Instant scriptRunBound = NOW.minus(policy.scriptRuns());
    ScriptRunStart purgedScriptRun = finishedScriptRunStartedAt(scriptRunBound.minus(MICROSECOND));
    ScriptRunStart keptScriptRun = finishedScriptRunStartedAt(scriptRunBound);

    PurgeRun run = runToTheEnd(service(policy));

    assertThat(outbox.deadLetters(Optional.empty(), 0, 10))
        .extracting(d -> d.id())
        .containsExactly(keptLetter)
        .doesNotContain(purgedLetter);
    assertThat(receipts.record(keptReceipt)).as("kept, so still a duplicate").isFalse();
    assertThat(receipts.record(purgedReceipt)).as("purged, so new again").isTrue();
    // the two oldest of 52 rolled off their timeline; the one just past the window goes, the one
    // at its bound stays
    assertThat(events.newest(SUBJECT, new TimelineLimit(100)))
        .containsExactlyElementsOf(timeline.subList(0, 51));
    assertThat(sessions.findByTokenHash("expired")).isEmpty();
    assertThat(sessions.findByTokenHash("live")).isPresent();
    assertThat(codes.redeem("expired", NOW)).isEmpty();
    assertThat(codes.redeem("live", NOW)).isPresent();
    assertThat(scriptRuns.replay(purgedScriptRun.id())).isEmpty();
    assertThat(scriptRuns.replay(keptScriptRun.id())).isPresent();
    assertThat(run.deletedByKind())
        .isEqualTo(
            Map.of(
                RetainedData.DEAD_LETTERS, 1L,
                RetainedData.WEBHOOK_RECEIPTS, 1L,
                RetainedData.TRIGGER_EVENTS, 1L,
                RetainedData.OWNER_SESSIONS, 1L,
                RetainedData.AUTHORIZATION_CODES, 1L,
                RetainedData.SCRIPT_RUNS, 1L));
  }

  private ScriptRunStart finishedScriptRunStartedAt(Instant startedAt) {
    ScriptRunStart start =
        scriptRuns.start(
            new ScriptRunStart(
                UUID.randomUUID(),
                new ConnectionId("RwAlarm01"),
                "rain_alarm",
                new OwnerId("owner-1"),
                Optional.empty(),
                UUID.randomUUID().toString(),
                startedAt,
                startedAt,
                7L));
    scriptRuns.finish(
        start.id(),
        new ScriptResult(
            new ScriptOutcome.Succeeded(), List.of(), List.of(), List.of(), Duration.ofMillis(3)));
    return start;
  }

  @Test
  void theNewestEventsOfATimeline_areKept_howeverOld() {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      times.add(NOW.minus(Duration.ofDays(400)).plus(Duration.ofMinutes(i)));
    }
    List<TriggerEvent> timeline = appendEventsAt(times);

    PurgeRun run = runToTheEnd(service(RetentionPolicy.defaults()));

    assertThat(run.deleted(RetainedData.TRIGGER_EVENTS)).isEqualTo(10);
    assertThat(events.newest(SUBJECT, new TimelineLimit(100)))
        .containsExactlyElementsOf(timeline.subList(0, 50));
  }

  @Test
  void outboxMessagesNotGivenUp_areNeverPurged_howeverOld() {
    outbox.enqueue(new PhraseListPush(new OwnerId("due")));
    outbox.enqueue(new PhraseListPush(new OwnerId("waiting")));
    List<OutboxMessage<PhraseListPush>> claimed =
        outbox.claim(OutboxChannel.ROBOT_PHRASES, 1, NOW, Duration.ofMinutes(1));
    outbox.retryLater(claimed.get(0).id(), NOW.plus(Duration.ofDays(1)), "503");
    clock.advance(Duration.ofDays(1000));

    PurgeRun run = runToTheEnd(service(RetentionPolicy.defaults()));

    assertThat(run.deleted(RetainedData.DEAD_LETTERS)).isZero();
    assertThat(outbox.pending(OutboxChannel.ROBOT_PHRASES)).isEqualTo(2);
  }

  @Test
  void aBatch_deletesAtMostTheBatchSizeOfEachKind_andTheRunGoesOnUntilNothingIsLeft() {
    for (int i = 0; i < 5; i++) {
      sessions.save(session("s" + i, NOW.minusSeconds(i)));
    }
    RetentionService service = service(batchesOf(2));

    PurgeRun first = service.purgeBatch(service.begin());
    PurgeRun second = service.purgeBatch(first);
    PurgeRun third = service.purgeBatch(second);

    assertThat(first.deleted(RetainedData.OWNER_SESSIONS)).isEqualTo(2);
    assertThat(first.isFinished()).isFalse();
    assertThat(first.finished()).doesNotContain(RetainedData.OWNER_SESSIONS);
    assertThat(second.deleted(RetainedData.OWNER_SESSIONS)).isEqualTo(4);
    assertThat(third.deleted(RetainedData.OWNER_SESSIONS)).isEqualTo(5);
    assertThat(third.isFinished()).isTrue();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void aRun_countsItsPeriodsFromWhenItBegan_notFromEachBatch() {
    RetentionService service = service(batchesOf(1));
    PurgeRun run = service.begin();
    sessions.save(session("expires-during-the-run", NOW.plusSeconds(1)));
    clock.advance(Duration.ofHours(1));

    PurgeRun after = service.purgeBatch(run);

    assertThat(after.asOf()).isEqualTo(NOW);
    assertThat(sessions.findByTokenHash("expires-during-the-run")).isPresent();
  }

  @Test
  void aKindWhosePurgeFails_isLeftForTheNextRun_andTheOtherKindsArePurged() {
    sessions.save(session("expired", NOW.minusSeconds(1)));
    WebhookReceiptRepository failing =
        new WebhookReceiptRepository() {
          @Override
          public boolean record(WebhookReceipt receipt) {
            return receipts.record(receipt);
          }

          @Override
          public List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars) {
            return receipts.unknown(after, max, bodyChars);
          }

          @Override
          public int purgeReceivedBefore(Instant receivedBefore, int max) {
            throw new IllegalStateException("disk on fire");
          }
        };

    PurgeRun run = runToTheEnd(service(RetentionPolicy.defaults(), failing));

    assertThat(run.isFinished()).isTrue();
    assertThat(run.deleted(RetainedData.WEBHOOK_RECEIPTS)).isZero();
    assertThat(run.deleted(RetainedData.OWNER_SESSIONS)).isEqualTo(1);
  }

  @Test
  void aFinishedRun_isReturnedAsItIs() {
    RetentionService service = service(RetentionPolicy.defaults());
    PurgeRun finished = runToTheEnd(service);
    sessions.save(session("expired", NOW.minusSeconds(1)));

    assertThat(service.purgeBatch(finished)).isEqualTo(finished);
    assertThat(sessions.findByTokenHash("expired")).isPresent();
  }

  private static PurgeRun runToTheEnd(RetentionService service) {
    PurgeRun run = service.begin();
    for (int batch = 0; !run.isFinished(); batch++) {
      assertThat(batch).as("batches of one run").isLessThan(1000);
      run = service.purgeBatch(run);
    }
    return run;
  }

  private long deadLetterAt(Instant at) {
    Instant before = clock.now();
    clock.set(at);
    outbox.enqueue(new PhraseListPush(new OwnerId("dead-" + at)));
    long id = outbox.claim(OutboxChannel.ROBOT_PHRASES, 1, at, Duration.ofSeconds(1)).get(0).id();
    outbox.giveUp(id, "400 from IFTTT");
    clock.set(before);
    return id;
  }

  private static WebhookReceipt receipt(String id, Instant at) {
    return new WebhookReceipt(id, "connection", "enabled", "{}", true, at);
  }

  /** Appends an event of {@link #SUBJECT} at each time; returns them newest first. */
  private List<TriggerEvent> appendEventsAt(List<Instant> times) {
    List<TriggerEvent> appended = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      TriggerEvent event =
          new TriggerEvent("e-" + i, SUBJECT, Map.of("voice_command", "hello"), times.get(i));
      events.append(event);
      appended.add(0, event);
    }
    appended.sort(
        java.util.Comparator.comparing(TriggerEvent::occurredAt)
            .thenComparing(TriggerEvent::id)
            .reversed());
    return appended;
  }

  private static OwnerSession session(String hash, Instant expiresAt) {
    return new OwnerSession(hash, OWNER, expiresAt.minus(Duration.ofDays(30)), expiresAt);
  }

  private static AuthorizationCode code(String hash, Instant expiresAt) {
    return new AuthorizationCode(hash, OWNER, "ifttt-client", null, expiresAt);
  }
}
