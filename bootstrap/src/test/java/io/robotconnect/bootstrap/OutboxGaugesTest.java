package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.StorageUnavailableException;
import io.robotconnect.domain.owner.OwnerId;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The outbox gauges read the outbox's depths once per scrape, and NaN while it is away. */
class OutboxGaugesTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private double gauge(String name, OutboxChannel<?> channel) {
    return registry.get(name).tag("channel", channel.name()).gauge().value();
  }

  @Test
  void everyChannel_hasItsGauges_withWhatWaitsAndForHowLong() {
    InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
    outbox.enqueue(new PhraseListPush(new OwnerId("o-1")));
    outbox.enqueue(new PhraseListPush(new OwnerId("o-2")));
    long dead =
        outbox
            .claim(OutboxChannel.ROBOT_PHRASES, 1, clock.now(), Duration.ofMinutes(1))
            .get(0)
            .id();
    outbox.giveUp(dead, "refused");
    clock.advance(Duration.ofMillis(90_500));
    OutboxGauges.register(registry, outbox, clock);

    assertThat(gauge(OutboxGauges.MESSAGES, OutboxChannel.ROBOT_PHRASES)).isEqualTo(1);
    assertThat(gauge(OutboxGauges.DEAD_LETTERS, OutboxChannel.ROBOT_PHRASES)).isEqualTo(1);
    assertThat(gauge(OutboxGauges.OLDEST_DUE_AGE, OutboxChannel.ROBOT_PHRASES)).isEqualTo(90.5);
    for (OutboxChannel<?> empty :
        List.of(
            OutboxChannel.REALTIME,
            OutboxChannel.CONNECT_WEBHOOKS,
            OutboxChannel.CONNECTION_EFFECTS)) {
      assertThat(gauge(OutboxGauges.MESSAGES, empty)).isZero();
      assertThat(gauge(OutboxGauges.DEAD_LETTERS, empty)).isZero();
      assertThat(gauge(OutboxGauges.OLDEST_DUE_AGE, empty)).isZero();
    }
  }

  @Test
  void oneScrape_readsTheOutboxOnce_andAReadThatFails_isNaN_untilTheOutboxAnswersAgain() {
    InMemoryOutboxRepository real = new InMemoryOutboxRepository(clock);
    AtomicInteger reads = new AtomicInteger();
    AtomicBoolean down = new AtomicBoolean(true);
    OutboxRepository outbox =
        (OutboxRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {OutboxRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("depths")) {
                    reads.incrementAndGet();
                    if (down.get()) {
                      throw new StorageUnavailableException("database away", null);
                    }
                  }
                  return method.invoke(real, args);
                });
    OutboxGauges.register(registry, outbox, clock);

    registry.getMeters().forEach(meter -> meter.measure().forEach(m -> m.getValue()));
    assertThat(gauge(OutboxGauges.MESSAGES, OutboxChannel.REALTIME)).isNaN();
    assertThat(reads).hasValue(1);

    down.set(false);
    clock.advance(Duration.ofSeconds(2));
    assertThat(gauge(OutboxGauges.MESSAGES, OutboxChannel.REALTIME)).isZero();
    assertThat(gauge(OutboxGauges.DEAD_LETTERS, OutboxChannel.REALTIME)).isZero();
    assertThat(reads).hasValue(2);
  }
}
