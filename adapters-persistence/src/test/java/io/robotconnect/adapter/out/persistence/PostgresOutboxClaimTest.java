package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On PostgreSQL a claim skips rows another node is claiming right now instead of waiting. */
class PostgresOutboxClaimTest {
  private static final Duration LEASE = Duration.ofSeconds(30);

  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @Test
  void claimWhileAnotherClaimIsUncommitted_skipsItsRows_withoutWaiting() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    OutboxRepository outbox =
        db.database()
            .repository(
                context ->
                    new HibernateOutboxRepository(
                        context,
                        context.dialect().outboxSql(),
                        context.dialect().retentionSql(),
                        clock,
                        TestJson.shared()));
    UnitOfWork unitOfWork = db.database().unitOfWork();
    for (int i = 0; i < 10; i++) {
      outbox.enqueue(new PhraseListPush(new OwnerId("m" + i)));
    }
    CountDownLatch firstClaimed = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);

    CompletableFuture<List<OutboxMessage<PhraseListPush>>> first =
        CompletableFuture.supplyAsync(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      List<OutboxMessage<PhraseListPush>> claimed =
                          outbox.claim(OutboxChannel.ROBOT_PHRASES, 5, clock.now(), LEASE);
                      firstClaimed.countDown();
                      awaitOrFail(secondDone, "second claim waited for the first transaction");
                      return claimed;
                    }));
    awaitOrFail(firstClaimed, "first claim did not happen");
    List<OutboxMessage<PhraseListPush>> second =
        outbox.claim(OutboxChannel.ROBOT_PHRASES, 10, clock.now(), LEASE);
    secondDone.countDown();

    List<Long> ids = new ArrayList<>();
    first.get(30, TimeUnit.SECONDS).forEach(m -> ids.add(m.id()));
    assertThat(ids).hasSize(5);
    assertThat(second).hasSize(5).extracting(m -> m.id()).doesNotContainAnyElementsOf(ids);
  }

  private static void awaitOrFail(CountDownLatch latch, String failure) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError(failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(failure, e);
    }
  }
}
