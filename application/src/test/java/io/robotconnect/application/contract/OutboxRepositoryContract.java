package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.out.ConnectWebhookReceived;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxRepository} does. */
public abstract class OutboxRepositoryContract {
  private static final Duration LEASE = Duration.ofSeconds(30);

  private static final OutboxChannel<PhraseListPush> CHANNEL = OutboxChannel.ROBOT_PHRASES;
  private static final OutboxChannel<RealtimeNotification> OTHER = OutboxChannel.REALTIME;

  private MutableClock clock;
  private OutboxRepository outbox;

  /** The implementation under test, empty; it enqueues messages due at {@code clock.now()}. */
  protected abstract OutboxRepository outboxRepository(MutableClock clock);

  /**
   * Stores a message of the channel, due now, whose stored payload is {@code payloadText}, a text
   * the implementation cannot read as the channel's payload (as a broken writer might leave).
   */
  protected abstract void storeUnreadable(OutboxChannel<?> channel, String payloadText);

  @BeforeEach
  void createRepository() {
    clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    outbox = outboxRepository(clock);
  }

  private static PhraseListPush push(String owner) {
    return new PhraseListPush(new OwnerId(owner));
  }

  /** A payload of either channel. */
  private static OutboxPayload payloadOn(OutboxChannel<?> channel, String name) {
    return channel == OTHER ? new RealtimeNotification(List.of(name), List.of()) : push(name);
  }

  @Test
  void enqueuedMessage_isClaimed_withItsPayload_andNoAttemptsYet() {
    outbox.enqueue(push("u-1"));

    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 10, clock.now(), LEASE);

    assertThat(claimed).hasSize(1);
    OutboxMessage<PhraseListPush> message = claimed.get(0);
    assertThat(message.channel()).isEqualTo(CHANNEL);
    assertThat(message.payload()).isEqualTo(push("u-1"));
    assertThat(message.attempts()).isZero();
    assertThat(message.dueAt()).isEqualTo(clock.now());
  }

  @Test
  void everyKindOfPayload_isClaimedFromItsChannel_asItWasEnqueued() {
    RealtimeNotification notification =
        new RealtimeNotification(List.of("ti-1", "ti-2"), List.of(new OwnerId("u-1")));
    PhraseListPush push = push("u-1");
    ConnectWebhookReceived enabled =
        new ConnectWebhookReceived(
            "r-1",
            new ConnectWebhook(
                ConnectWebhook.Kind.CONNECTION_ENABLED,
                new ConnectionId("zG58W2uC"),
                new OwnerId("u-1"),
                Optional.empty(),
                Optional.empty()));
    ConnectWebhookReceived fired =
        new ConnectWebhookReceived(
            "r-2",
            new ConnectWebhook(
                ConnectWebhook.Kind.TRIGGER_FIRED,
                new ConnectionId("zG58W2uC"),
                new OwnerId("u-1"),
                Optional.of("Pacific Time (US & Canada)"),
                Optional.of(
                    new ConnectWebhook.FiredTrigger(
                        new StepRef("robot", "enter_or_exit"),
                        "feature-1",
                        Optional.empty(),
                        Optional.of("uft-1"),
                        Map.of("Text", "line1\nline2\t\\tab\\ \"quoted\" é", "Empty", "")))));
    ConnectionEffectDue effect = new ConnectionEffectDue("r-2", 3, 1, 0);
    List.of(notification, push, enabled, fired, effect).forEach(outbox::enqueue);

    assertThat(payloads(outbox.claim(OutboxChannel.REALTIME, 10, clock.now(), LEASE)))
        .containsExactly(notification);
    assertThat(payloads(outbox.claim(OutboxChannel.ROBOT_PHRASES, 10, clock.now(), LEASE)))
        .containsExactly(push);
    assertThat(payloads(outbox.claim(OutboxChannel.CONNECT_WEBHOOKS, 10, clock.now(), LEASE)))
        .containsExactly(enabled, fired);
    assertThat(payloads(outbox.claim(OutboxChannel.CONNECTION_EFFECTS, 10, clock.now(), LEASE)))
        .containsExactly(effect);
  }

  @Test
  void anUnreadablePayload_isDeadLetteredWhenClaimed_sayingWhy_andTheOthersAreClaimed() {
    outbox.enqueue(push("before"));
    storeUnreadable(CHANNEL, "{\"owner\": 42, \"written by\": \"a broken writer\"");
    outbox.enqueue(push("after"));

    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 10, clock.now(), LEASE);

    assertThat(payloads(claimed)).containsExactly(push("before"), push("after"));
    assertThat(outbox.deadLetters(Optional.of(CHANNEL.name()), 0, 10))
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.lastError()).startsWith("unreadable payload");
              assertThat(dead.attempts()).isEqualTo(1);
              assertThat(dead.payloadExcerpt()).contains("a broken writer");
            });
    assertThat(outbox.pending(CHANNEL)).isEqualTo(2);
  }

  @Test
  void claim_takesOldestFirst_upToMax() {
    outbox.enqueue(push("one"));
    clock.advance(Duration.ofSeconds(1));
    outbox.enqueue(push("two"));
    outbox.enqueue(push("three"));

    assertThat(payloads(outbox.claim(CHANNEL, 2, clock.now(), LEASE)))
        .containsExactly(push("one"), push("two"));
    assertThat(payloads(outbox.claim(CHANNEL, 2, clock.now(), LEASE)))
        .containsExactly(push("three"));
  }

  @Test
  void claim_ignoresOtherChannels() {
    outbox.enqueue(payloadOn(OTHER, "theirs"));

    assertThat(outbox.claim(CHANNEL, 10, clock.now(), LEASE)).isEmpty();
    assertThat(outbox.pending(OTHER)).isEqualTo(1);
  }

  @Test
  void messageNotYetDue_isNotClaimed() {
    outbox.enqueue(push("later"));

    assertThat(outbox.claim(CHANNEL, 10, clock.now().minusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void leasedMessage_isHiddenFromASecondClaimer_untilTheLeaseRunsOut() {
    outbox.enqueue(push("once"));
    Instant now = clock.now();
    assertThat(outbox.claim(CHANNEL, 10, now, LEASE)).hasSize(1);

    assertThat(outbox.claim(CHANNEL, 10, now.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
    List<OutboxMessage<PhraseListPush>> reclaimed =
        outbox.claim(CHANNEL, 10, now.plus(LEASE), LEASE);

    assertThat(payloads(reclaimed)).containsExactly(push("once"));
    assertThat(reclaimed.get(0).attempts()).isZero();
  }

  @Test
  void retryLater_delaysTheMessage_andCountsTheAttempt() {
    outbox.enqueue(push("flaky"));
    long id = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();
    Instant retryAt = clock.now().plusSeconds(5);

    outbox.retryLater(id, retryAt, "503 from IFTTT");

    assertThat(outbox.claim(CHANNEL, 10, retryAt.minusMillis(1), Duration.ZERO)).isEmpty();
    List<OutboxMessage<PhraseListPush>> retried = outbox.claim(CHANNEL, 10, retryAt, LEASE);
    assertThat(retried).extracting(OutboxMessage::id).containsExactly(id);
    assertThat(retried.get(0).attempts()).isEqualTo(1);
    assertThat(outbox.pending(CHANNEL)).isEqualTo(1);
  }

  @Test
  void givenUpMessage_isNeverClaimedAgain_norPending() {
    outbox.enqueue(push("poison"));
    long id = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();

    outbox.giveUp(id, "400 from IFTTT");

    assertThat(outbox.claim(CHANNEL, 10, clock.now().plus(Duration.ofDays(365)), LEASE)).isEmpty();
    assertThat(outbox.pending(CHANNEL)).isZero();
  }

  @Test
  void givenUpMessage_isADeadLetter_withItsAttemptsLastErrorAndTimes() {
    outbox.enqueue(push("u-1"));
    Instant created = clock.now();
    long id = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();
    outbox.retryLater(id, clock.now(), "503 from IFTTT");
    clock.advance(Duration.ofMinutes(1));
    outbox.claim(CHANNEL, 10, clock.now(), LEASE);

    outbox.giveUp(id, "400 from IFTTT");

    assertThat(outbox.deadLetters(Optional.of(CHANNEL.name()), 0, 10))
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.id()).isEqualTo(id);
              assertThat(dead.channel()).isEqualTo(CHANNEL.name());
              assertThat(dead.attempts()).as("the last attempt counts").isEqualTo(2);
              assertThat(dead.lastError()).isEqualTo("400 from IFTTT");
              assertThat(dead.createdAt()).isEqualTo(created);
              assertThat(dead.deadAt()).isEqualTo(clock.now());
              assertThat(dead.payloadExcerpt()).contains("u-1");
              assertThat(dead.payloadTruncated()).isFalse();
            });
  }

  @Test
  void deadLetters_showOnlyTheStartOfALongPayload() {
    String payload = "é".repeat(100_000);
    storeUnreadable(CHANNEL, payload);
    assertThat(outbox.claim(CHANNEL, 1, clock.now(), LEASE)).as("dead-lettered").isEmpty();

    assertThat(outbox.deadLetters(Optional.of(CHANNEL.name()), 0, 10))
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.payloadExcerpt()).isEqualTo("é".repeat(DeadLetter.EXCERPT_CHARS));
              assertThat(dead.payloadLength()).isEqualTo(100_000);
              assertThat(dead.payloadTruncated()).isTrue();
            });
  }

  @Test
  void deadLetters_pageById_afterTheIdGiven_ofOneChannelOrAll() {
    List<Long> dead = new ArrayList<>();
    for (OutboxChannel<?> c : List.of(CHANNEL, OTHER, CHANNEL, CHANNEL)) {
      outbox.enqueue(payloadOn(c, "m"));
      long id = outbox.claim(c, 1, clock.now(), LEASE).get(0).id();
      outbox.giveUp(id, "poison");
      dead.add(id);
    }
    outbox.enqueue(push("alive"));

    List<Long> firstPage = ids(outbox.deadLetters(Optional.of(CHANNEL.name()), 0, 2));
    List<Long> secondPage =
        ids(outbox.deadLetters(Optional.of(CHANNEL.name()), firstPage.get(1), 2));

    assertThat(firstPage).containsExactly(dead.get(0), dead.get(2));
    assertThat(secondPage).containsExactly(dead.get(3));
    assertThat(ids(outbox.deadLetters(Optional.empty(), dead.get(0), 1000)))
        .containsSubsequence(dead.get(1), dead.get(2), dead.get(3))
        .doesNotContain(dead.get(0));
  }

  @Test
  void revive_makesADeadLetterDueNow_withItsAttemptsCountedAnew() {
    outbox.enqueue(push("poison"));
    long id = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();
    outbox.retryLater(id, clock.now(), "503");
    outbox.claim(CHANNEL, 10, clock.now(), LEASE);
    outbox.giveUp(id, "400");
    clock.advance(Duration.ofHours(1));

    assertThat(outbox.revive(id)).contains(CHANNEL.name());

    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 10, clock.now(), LEASE);
    assertThat(claimed).extracting(OutboxMessage::id).containsExactly(id);
    assertThat(claimed.get(0).attempts()).isZero();
    assertThat(outbox.deadLetters(Optional.of(CHANNEL.name()), 0, 10)).isEmpty();
    assertThat(outbox.pending(CHANNEL)).isEqualTo(1);
  }

  @Test
  void revive_ofAnUnknownIdOrALiveMessage_changesNothing() {
    outbox.enqueue(push("alive"));
    long id = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();

    assertThat(outbox.revive(id)).isEmpty();
    assertThat(outbox.revive(Long.MAX_VALUE)).isEmpty();
    assertThat(outbox.claim(CHANNEL, 10, clock.now(), LEASE)).as("still leased").isEmpty();
  }

  @Test
  void reviveAll_revivesTheDeadLettersOfThatChannelOnly() {
    for (OutboxChannel<?> c : List.of(CHANNEL, CHANNEL, OTHER)) {
      outbox.enqueue(payloadOn(c, "poison"));
      outbox.giveUp(outbox.claim(c, 1, clock.now(), LEASE).get(0).id(), "400");
    }

    assertThat(outbox.reviveAll(CHANNEL.name())).isEqualTo(2);

    assertThat(outbox.claim(CHANNEL, 10, clock.now(), LEASE)).hasSize(2);
    assertThat(outbox.deadLetters(Optional.of(OTHER.name()), 0, 10)).hasSize(1);
    assertThat(outbox.reviveAll(CHANNEL.name())).isZero();
  }

  @Test
  void deliveredMessages_areRemoved() {
    outbox.enqueue(push("a"));
    outbox.enqueue(push("b"));
    outbox.enqueue(push("c"));
    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 2, clock.now(), LEASE);

    outbox.delivered(claimed.stream().map(OutboxMessage::id).toList());

    assertThat(outbox.pending(CHANNEL)).isEqualTo(1);
    assertThat(payloads(outbox.claim(CHANNEL, 10, clock.now().plus(Duration.ofDays(1)), LEASE)))
        .containsExactly(push("c"));
  }

  @Test
  void deliveredWithNoIds_changesNothing() {
    outbox.enqueue(push("a"));

    outbox.delivered(List.of());

    assertThat(outbox.pending(CHANNEL)).isEqualTo(1);
  }

  @Test
  void purgeDeadLetters_deletesOneGivenUpJustBeforeTheBound_butKeepsOneGivenUpAtIt() {
    outbox.enqueue(push("older"));
    outbox.enqueue(payloadOn(OTHER, "at-the-bound"));
    long older = outbox.claim(CHANNEL, 10, clock.now(), LEASE).get(0).id();
    long atTheBound = outbox.claim(OTHER, 10, clock.now(), LEASE).get(0).id();
    outbox.giveUp(older, "400 from IFTTT");
    clock.advance(Duration.ofNanos(1_000));
    outbox.giveUp(atTheBound, "400 from IFTTT");

    int purged = outbox.purgeDeadLetters(clock.now(), 10);

    assertThat(purged).isEqualTo(1);
    assertThat(outbox.deadLetters(Optional.empty(), 0, 10))
        .extracting(DeadLetter::id)
        .containsExactly(atTheBound);
  }

  @Test
  void purgeDeadLetters_neverDeletesAMessageThatIsDue_leased_orWaitingForItsNextAttempt() {
    outbox.enqueue(push("leased"));
    outbox.enqueue(push("waiting"));
    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 2, clock.now(), LEASE);
    outbox.retryLater(claimed.get(1).id(), clock.now().plus(Duration.ofDays(3)), "503");
    outbox.enqueue(push("due"));
    clock.advance(Duration.ofDays(400));

    int purged = outbox.purgeDeadLetters(clock.now().plus(Duration.ofDays(400)), 10);

    assertThat(purged).isZero();
    assertThat(outbox.pending(CHANNEL)).isEqualTo(3);
  }

  @Test
  void purgeDeadLetters_deletesAtMostMaxPerCall() {
    for (String owner : List.of("a", "b", "c")) {
      outbox.enqueue(push(owner));
    }
    outbox.claim(CHANNEL, 10, clock.now(), LEASE).forEach(m -> outbox.giveUp(m.id(), "400"));
    Instant later = clock.now().plusSeconds(1);

    assertThat(outbox.purgeDeadLetters(later, 2)).isEqualTo(2);
    assertThat(outbox.purgeDeadLetters(later, 2)).isEqualTo(1);
    assertThat(outbox.purgeDeadLetters(later, 2)).isZero();
    assertThat(outbox.deadLetters(Optional.empty(), 0, 10)).isEmpty();
  }

  @Test
  void pending_countsQueuedAndLeasedMessages() {
    assertThat(outbox.pending(CHANNEL)).isZero();
    outbox.enqueue(push("a"));
    outbox.enqueue(push("b"));
    outbox.claim(CHANNEL, 1, clock.now(), LEASE);

    assertThat(outbox.pending(CHANNEL)).isEqualTo(2);
  }

  @Test
  void concurrentClaimers_neverGetTheSameMessage_andTogetherGetAll() throws Exception {
    int messages = 200;
    for (int i = 0; i < messages; i++) {
      outbox.enqueue(push("m" + i));
    }
    Instant now = clock.now();
    List<Long> claimedIds = Collections.synchronizedList(new ArrayList<>());
    Callable<Void> claimer =
        () -> {
          List<OutboxMessage<PhraseListPush>> batch;
          do {
            batch = outbox.claim(CHANNEL, 7, now, LEASE);
            batch.forEach(m -> claimedIds.add(m.id()));
          } while (!batch.isEmpty());
          return null;
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        running.add(pool.submit(claimer));
      }
      for (Future<Void> claim : running) {
        claim.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    Set<Long> distinct = new HashSet<>(claimedIds);
    assertThat(distinct).as("no message claimed twice").hasSameSizeAs(claimedIds);
    assertThat(distinct).hasSize(messages);
  }

  @Test
  void depths_countPendingAndDeadLettersPerChannel_andTellWhenTheOldestDueMessageBecameDue() {
    Instant start = clock.now();
    outbox.enqueue(push("u-1"));
    outbox.enqueue(push("u-2"));
    outbox.enqueue(push("u-3"));
    clock.advance(Duration.ofSeconds(10));
    outbox.enqueue(payloadOn(OTHER, "ti-1"));
    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 2, clock.now(), LEASE);
    outbox.giveUp(claimed.get(0).id(), "refused for good");
    clock.advance(Duration.ofSeconds(10));

    List<OutboxDepth> depths = outbox.depths(clock.now());

    // u-2 is leased (not due), u-3 has been due since the start; no message of the others
    assertThat(depths)
        .containsExactlyInAnyOrder(
            new OutboxDepth(CHANNEL.name(), 2, 1, Optional.of(start)),
            new OutboxDepth(OTHER.name(), 1, 0, Optional.of(start.plusSeconds(10))));
  }

  @Test
  void depths_ofAnOutboxWhoseMessagesAreAllLeasedOrDead_haveNoDueMessage() {
    outbox.enqueue(push("u-1"));
    outbox.enqueue(push("u-2"));
    List<OutboxMessage<PhraseListPush>> claimed = outbox.claim(CHANNEL, 2, clock.now(), LEASE);
    outbox.giveUp(claimed.get(1).id(), "refused for good");

    assertThat(outbox.depths(clock.now()))
        .containsExactly(new OutboxDepth(CHANNEL.name(), 1, 1, Optional.empty()));
    outbox.delivered(List.of(claimed.get(0).id()));
    outbox.purgeDeadLetters(clock.now().plusSeconds(1), 10);
    assertThat(outbox.depths(clock.now())).isEmpty();
  }

  private static List<Long> ids(List<DeadLetter> deadLetters) {
    return deadLetters.stream().map(DeadLetter::id).toList();
  }

  private static <P extends OutboxPayload> List<P> payloads(List<OutboxMessage<P>> messages) {
    return messages.stream().map(OutboxMessage::payload).toList();
  }
}
