package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxRepository} does. Each test uses its own channel, so stores may be
 * shared.
 */
public abstract class OutboxRepositoryContract {
  private static final Duration LEASE = Duration.ofSeconds(30);

  private MutableClock clock;
  private OutboxRepository outbox;
  private String channel;

  /** The implementation under test; it enqueues messages due at {@code clock.now()}. */
  protected abstract OutboxRepository outboxRepository(MutableClock clock);

  @BeforeEach
  void createRepository() {
    clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    outbox = outboxRepository(clock);
    channel = "test." + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void enqueuedMessage_isClaimed_withItsPayload_andNoAttemptsYet() {
    outbox.enqueue(channel, "{\"user_id\":\"u-1\"}");

    List<OutboxMessage> claimed = outbox.claim(channel, 10, clock.now(), LEASE);

    assertThat(claimed).hasSize(1);
    OutboxMessage message = claimed.get(0);
    assertThat(message.channel()).isEqualTo(channel);
    assertThat(message.payload()).isEqualTo("{\"user_id\":\"u-1\"}");
    assertThat(message.attempts()).isZero();
    assertThat(message.dueAt()).isEqualTo(clock.now());
  }

  @Test
  void claim_takesOldestFirst_upToMax() {
    outbox.enqueue(channel, "one");
    clock.advance(Duration.ofSeconds(1));
    outbox.enqueue(channel, "two");
    outbox.enqueue(channel, "three");

    assertThat(payloads(outbox.claim(channel, 2, clock.now(), LEASE)))
        .containsExactly("one", "two");
    assertThat(payloads(outbox.claim(channel, 2, clock.now(), LEASE))).containsExactly("three");
  }

  @Test
  void claim_ignoresOtherChannels() {
    String other = channel + "-other";
    outbox.enqueue(other, "theirs");

    assertThat(outbox.claim(channel, 10, clock.now(), LEASE)).isEmpty();
    assertThat(outbox.pending(other)).isEqualTo(1);
  }

  @Test
  void messageNotYetDue_isNotClaimed() {
    outbox.enqueue(channel, "later");

    assertThat(outbox.claim(channel, 10, clock.now().minusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void leasedMessage_isHiddenFromASecondClaimer_untilTheLeaseRunsOut() {
    outbox.enqueue(channel, "once");
    Instant now = clock.now();
    assertThat(outbox.claim(channel, 10, now, LEASE)).hasSize(1);

    assertThat(outbox.claim(channel, 10, now.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
    List<OutboxMessage> reclaimed = outbox.claim(channel, 10, now.plus(LEASE), LEASE);

    assertThat(payloads(reclaimed)).containsExactly("once");
    assertThat(reclaimed.get(0).attempts()).isZero();
  }

  @Test
  void retryLater_delaysTheMessage_andCountsTheAttempt() {
    outbox.enqueue(channel, "flaky");
    long id = outbox.claim(channel, 10, clock.now(), LEASE).get(0).id();
    Instant retryAt = clock.now().plusSeconds(5);

    outbox.retryLater(id, retryAt, "503 from IFTTT");

    assertThat(outbox.claim(channel, 10, retryAt.minusMillis(1), Duration.ZERO)).isEmpty();
    List<OutboxMessage> retried = outbox.claim(channel, 10, retryAt, LEASE);
    assertThat(retried).extracting(OutboxMessage::id).containsExactly(id);
    assertThat(retried.get(0).attempts()).isEqualTo(1);
    assertThat(outbox.pending(channel)).isEqualTo(1);
  }

  @Test
  void givenUpMessage_isNeverClaimedAgain_norPending() {
    outbox.enqueue(channel, "poison");
    long id = outbox.claim(channel, 10, clock.now(), LEASE).get(0).id();

    outbox.giveUp(id, "400 from IFTTT");

    assertThat(outbox.claim(channel, 10, clock.now().plus(Duration.ofDays(365)), LEASE)).isEmpty();
    assertThat(outbox.pending(channel)).isZero();
  }

  @Test
  void givenUpMessage_isADeadLetter_withItsAttemptsLastErrorAndTimes() {
    outbox.enqueue(channel, "{\"user_id\":\"u-1\"}");
    Instant created = clock.now();
    long id = outbox.claim(channel, 10, clock.now(), LEASE).get(0).id();
    outbox.retryLater(id, clock.now(), "503 from IFTTT");
    clock.advance(Duration.ofMinutes(1));
    outbox.claim(channel, 10, clock.now(), LEASE);

    outbox.giveUp(id, "400 from IFTTT");

    assertThat(outbox.deadLetters(Optional.of(channel), 0, 10))
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.id()).isEqualTo(id);
              assertThat(dead.channel()).isEqualTo(channel);
              assertThat(dead.attempts()).as("the last attempt counts").isEqualTo(2);
              assertThat(dead.lastError()).isEqualTo("400 from IFTTT");
              assertThat(dead.createdAt()).isEqualTo(created);
              assertThat(dead.deadAt()).isEqualTo(clock.now());
              assertThat(dead.payloadExcerpt()).isEqualTo("{\"user_id\":\"u-1\"}");
              assertThat(dead.payloadTruncated()).isFalse();
            });
  }

  @Test
  void deadLetters_showOnlyTheStartOfALongPayload() {
    String payload = "é".repeat(100_000);
    outbox.enqueue(channel, payload);
    outbox.giveUp(outbox.claim(channel, 1, clock.now(), LEASE).get(0).id(), "too big");

    assertThat(outbox.deadLetters(Optional.of(channel), 0, 10))
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
    String other = channel + "-other";
    List<Long> dead = new ArrayList<>();
    for (String c : List.of(channel, other, channel, channel)) {
      outbox.enqueue(c, "m");
      long id = outbox.claim(c, 1, clock.now(), LEASE).get(0).id();
      outbox.giveUp(id, "poison");
      dead.add(id);
    }
    outbox.enqueue(channel, "alive");

    List<Long> firstPage = ids(outbox.deadLetters(Optional.of(channel), 0, 2));
    List<Long> secondPage = ids(outbox.deadLetters(Optional.of(channel), firstPage.get(1), 2));

    assertThat(firstPage).containsExactly(dead.get(0), dead.get(2));
    assertThat(secondPage).containsExactly(dead.get(3));
    assertThat(ids(outbox.deadLetters(Optional.empty(), dead.get(0), 1000)))
        .containsSubsequence(dead.get(1), dead.get(2), dead.get(3))
        .doesNotContain(dead.get(0));
  }

  @Test
  void revive_makesADeadLetterDueNow_withItsAttemptsCountedAnew() {
    outbox.enqueue(channel, "poison");
    long id = outbox.claim(channel, 10, clock.now(), LEASE).get(0).id();
    outbox.retryLater(id, clock.now(), "503");
    outbox.claim(channel, 10, clock.now(), LEASE);
    outbox.giveUp(id, "400");
    clock.advance(Duration.ofHours(1));

    assertThat(outbox.revive(id)).contains(channel);

    List<OutboxMessage> claimed = outbox.claim(channel, 10, clock.now(), LEASE);
    assertThat(claimed).extracting(OutboxMessage::id).containsExactly(id);
    assertThat(claimed.get(0).attempts()).isZero();
    assertThat(outbox.deadLetters(Optional.of(channel), 0, 10)).isEmpty();
    assertThat(outbox.pending(channel)).isEqualTo(1);
  }

  @Test
  void revive_ofAnUnknownIdOrALiveMessage_changesNothing() {
    outbox.enqueue(channel, "alive");
    long id = outbox.claim(channel, 10, clock.now(), LEASE).get(0).id();

    assertThat(outbox.revive(id)).isEmpty();
    assertThat(outbox.revive(Long.MAX_VALUE)).isEmpty();
    assertThat(outbox.claim(channel, 10, clock.now(), LEASE)).as("still leased").isEmpty();
  }

  @Test
  void reviveAll_revivesTheDeadLettersOfThatChannelOnly() {
    String other = channel + "-other";
    for (String c : List.of(channel, channel, other)) {
      outbox.enqueue(c, "poison");
      outbox.giveUp(outbox.claim(c, 1, clock.now(), LEASE).get(0).id(), "400");
    }

    assertThat(outbox.reviveAll(channel)).isEqualTo(2);

    assertThat(outbox.claim(channel, 10, clock.now(), LEASE)).hasSize(2);
    assertThat(outbox.deadLetters(Optional.of(other), 0, 10)).hasSize(1);
    assertThat(outbox.reviveAll(channel)).isZero();
  }

  @Test
  void deliveredMessages_areRemoved() {
    outbox.enqueue(channel, "a");
    outbox.enqueue(channel, "b");
    outbox.enqueue(channel, "c");
    List<OutboxMessage> claimed = outbox.claim(channel, 2, clock.now(), LEASE);

    outbox.delivered(claimed.stream().map(OutboxMessage::id).toList());

    assertThat(outbox.pending(channel)).isEqualTo(1);
    assertThat(payloads(outbox.claim(channel, 10, clock.now().plus(Duration.ofDays(1)), LEASE)))
        .containsExactly("c");
  }

  @Test
  void deliveredWithNoIds_changesNothing() {
    outbox.enqueue(channel, "a");

    outbox.delivered(List.of());

    assertThat(outbox.pending(channel)).isEqualTo(1);
  }

  @Test
  void pending_countsQueuedAndLeasedMessages() {
    assertThat(outbox.pending(channel)).isZero();
    outbox.enqueue(channel, "a");
    outbox.enqueue(channel, "b");
    outbox.claim(channel, 1, clock.now(), LEASE);

    assertThat(outbox.pending(channel)).isEqualTo(2);
  }

  @Test
  void concurrentClaimers_neverGetTheSameMessage_andTogetherGetAll() throws Exception {
    int messages = 200;
    for (int i = 0; i < messages; i++) {
      outbox.enqueue(channel, "m" + i);
    }
    Instant now = clock.now();
    List<Long> claimedIds = Collections.synchronizedList(new ArrayList<>());
    Callable<Void> claimer =
        () -> {
          List<OutboxMessage> batch;
          do {
            batch = outbox.claim(channel, 7, now, LEASE);
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

  private static List<Long> ids(List<DeadLetter> deadLetters) {
    return deadLetters.stream().map(DeadLetter::id).toList();
  }

  private static List<String> payloads(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::payload).toList();
  }
}
