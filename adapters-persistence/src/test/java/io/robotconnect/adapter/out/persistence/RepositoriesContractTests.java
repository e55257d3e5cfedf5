package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.contract.OutboxRepositoryContract;
import io.robotconnect.application.contract.OwnerRepositoryContract;
import io.robotconnect.application.contract.PoisonedOutboxMessageContract;
import io.robotconnect.application.contract.PollTimelineRepositoryContract;
import io.robotconnect.application.contract.RobotRepositoryContract;
import io.robotconnect.application.contract.TriggerEventRepositoryContract;
import io.robotconnect.application.contract.TriggerIdentityRepositoryContract;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import org.junit.jupiter.api.Nested;

/** The Hibernate repositories keep the port contracts; run once per database. */
abstract class RepositoriesContractTests {

  abstract PersistenceAdapter database();

  @Nested
  class Owners extends OwnerRepositoryContract {
    @Override
    protected OwnerRepository ownerRepository() {
      return database().owners();
    }
  }

  @Nested
  class Robots extends RobotRepositoryContract {
    @Override
    protected RobotRepository robotRepository() {
      return database().robots();
    }
  }

  @Nested
  class TriggerIdentities extends TriggerIdentityRepositoryContract {
    @Override
    protected TriggerIdentityRepository triggerIdentityRepository() {
      return database().triggerIdentities();
    }
  }

  @Nested
  class TriggerEvents extends TriggerEventRepositoryContract {
    @Override
    protected TriggerEventRepository triggerEventRepository() {
      return database().triggerEvents();
    }
  }

  @Nested
  class PollTimelines extends PollTimelineRepositoryContract {
    @Override
    protected TriggerIdentityRepository triggerIdentityRepository() {
      return database().triggerIdentities();
    }

    @Override
    protected TriggerEventRepository triggerEventRepository() {
      return database().triggerEvents();
    }

    @Override
    protected PollTimelineRepository pollTimelineRepository() {
      return database().pollTimelines();
    }
  }

  /** An emptied outbox on the database, enqueueing at the clock's time. */
  OutboxRepository emptyOutbox(ClockPort clock) {
    return database()
        .repository(
            context -> {
              context.run(
                  session ->
                      session
                          .createMutationQuery("delete from OutboxMessageEntity")
                          .executeUpdate());
              return new HibernateOutboxRepository(
                  context,
                  context.dialect().outboxSql(),
                  context.dialect().retentionSql(),
                  clock,
                  TestJson.shared());
            });
  }

  /** Writes a row as a broken writer might: a payload text that is not the channel's JSON. */
  void insertRow(ClockPort clock, OutboxChannel<?> channel, String payloadText) {
    OutboxMessageEntity row = new OutboxMessageEntity();
    row.channel = channel.name();
    row.payload = payloadText;
    row.dueAt = clock.now();
    row.createdAt = clock.now();
    database()
        .repository(
            context ->
                context.call(
                    session -> {
                      session.persist(row);
                      return row.id;
                    }));
  }

  @Nested
  class Outbox extends OutboxRepositoryContract {
    private MutableClock clock;

    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      this.clock = clock;
      return emptyOutbox(clock);
    }

    @Override
    protected void storeUnreadable(OutboxChannel<?> channel, String payloadText) {
      insertRow(clock, channel, payloadText);
    }
  }

  @Nested
  class PoisonedOutboxMessage extends PoisonedOutboxMessageContract {
    private MutableClock clock;

    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      this.clock = clock;
      return emptyOutbox(clock);
    }

    @Override
    protected void storeUnreadable(OutboxChannel<?> channel, String payloadText) {
      insertRow(clock, channel, payloadText);
    }

    @Override
    protected UnitOfWork unitOfWork() {
      return database().unitOfWork();
    }
  }
}
