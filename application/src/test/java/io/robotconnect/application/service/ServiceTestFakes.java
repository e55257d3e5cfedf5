package io.robotconnect.application.service;

import io.robotconnect.application.fake.InMemoryTriggerIdentityRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Minimal in-memory ports for the service tests of the Service API use cases. */
final class ServiceTestFakes {
  private ServiceTestFakes() {}

  static final class Clock implements ClockPort {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Override
    public Instant now() {
      return now;
    }
  }

  /** Counts transactions and records whether work ran inside one. */
  static final class Transactions implements UnitOfWork {
    int depth;
    int committed;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      depth++;
      try {
        T result = work.get();
        committed++;
        return result;
      } finally {
        depth--;
      }
    }
  }

  /** The in-memory identity store, counting saves. */
  static final class Identities extends InMemoryTriggerIdentityRepository {
    int saves;

    @Override
    public synchronized void save(TriggerIdentity identity) {
      saves++;
      super.save(identity);
    }
  }

  /**
   * Records what was enqueued, as {@code channel:owner} for phrase-list pushes, and that it was
   * enqueued in a transaction.
   */
  static final class Outbox implements OutboxRepository {
    final List<String> enqueued = new ArrayList<>();
    private final Transactions transactions;

    Outbox(Transactions transactions) {
      this.transactions = transactions;
    }

    @Override
    public void enqueue(OutboxPayload payload) {
      if (transactions.depth == 0) {
        throw new IllegalStateException("enqueue outside a transaction");
      }
      String what = payload instanceof PhraseListPush push ? push.owner().value() : "" + payload;
      enqueued.add(payload.channel().name() + ":" + what);
    }

    @Override
    public <P extends OutboxPayload> List<OutboxMessage<P>> claim(
        OutboxChannel<P> channel, int max, Instant now, Duration lease) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delivered(List<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void retryLater(long id, Instant dueAt, String lastError) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void giveUp(long id, String lastError) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<DeadLetter> deadLetters(Optional<String> channel, long afterId, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> revive(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int reviveAll(String channel) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int purgeDeadLetters(Instant givenUpBefore, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long pending(OutboxChannel<?> channel) {
      return enqueued.stream().filter(e -> e.startsWith(channel.name() + ":")).count();
    }

    @Override
    public List<OutboxDepth> depths(Instant now) {
      throw new UnsupportedOperationException();
    }
  }

  static final class Commands implements RobotCommandPort {
    final List<RobotCommand> sent = new ArrayList<>();
    boolean transportDown;

    @Override
    public String send(RobotCommand command) {
      if (transportDown) {
        throw new RobotTransportUnavailableException("broker unreachable", null);
      }
      sent.add(command);
      return UUID.randomUUID().toString();
    }
  }
}
