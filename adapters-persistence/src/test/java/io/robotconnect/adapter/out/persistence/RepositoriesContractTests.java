package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.contract.OutboxRepositoryContract;
import io.robotconnect.application.contract.OwnerRepositoryContract;
import io.robotconnect.application.contract.PoisonedOutboxMessageContract;
import io.robotconnect.application.contract.PollTimelineRepositoryContract;
import io.robotconnect.application.contract.RobotRepositoryContract;
import io.robotconnect.application.contract.TriggerEventRepositoryContract;
import io.robotconnect.application.contract.TriggerIdentityRepositoryContract;
import io.robotconnect.application.fake.MutableClock;
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

  @Nested
  class Outbox extends OutboxRepositoryContract {
    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      return database().repository(context -> new HibernateOutboxRepository(context, clock));
    }
  }

  @Nested
  class PoisonedOutboxMessage extends PoisonedOutboxMessageContract {
    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      return database().repository(context -> new HibernateOutboxRepository(context, clock));
    }

    @Override
    protected UnitOfWork unitOfWork() {
      return database().unitOfWork();
    }
  }
}
