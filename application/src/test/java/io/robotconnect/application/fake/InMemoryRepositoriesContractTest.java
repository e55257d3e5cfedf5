package io.robotconnect.application.fake;

import io.robotconnect.application.contract.OutboxRepositoryContract;
import io.robotconnect.application.contract.OwnerRepositoryContract;
import io.robotconnect.application.contract.PoisonedOutboxMessageContract;
import io.robotconnect.application.contract.PollTimelineRepositoryContract;
import io.robotconnect.application.contract.RobotRepositoryContract;
import io.robotconnect.application.contract.TriggerEventRepositoryContract;
import io.robotconnect.application.contract.TriggerIdentityRepositoryContract;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes keep the same contracts as the real repositories. */
class InMemoryRepositoriesContractTest {

  @Nested
  class Owners extends OwnerRepositoryContract {
    @Override
    protected OwnerRepository ownerRepository() {
      return new InMemoryOwnerRepository();
    }
  }

  @Nested
  class Robots extends RobotRepositoryContract {
    @Override
    protected RobotRepository robotRepository() {
      return new InMemoryRobotRepository();
    }
  }

  @Nested
  class TriggerIdentities extends TriggerIdentityRepositoryContract {
    @Override
    protected TriggerIdentityRepository triggerIdentityRepository() {
      return new InMemoryTriggerIdentityRepository();
    }
  }

  @Nested
  class TriggerEvents extends TriggerEventRepositoryContract {
    @Override
    protected TriggerEventRepository triggerEventRepository() {
      return new InMemoryTriggerEventRepository();
    }
  }

  @Nested
  class PollTimelines extends PollTimelineRepositoryContract {
    private final InMemoryTriggerIdentityRepository identities =
        new InMemoryTriggerIdentityRepository();
    private final InMemoryTriggerEventRepository events = new InMemoryTriggerEventRepository();

    @Override
    protected TriggerIdentityRepository triggerIdentityRepository() {
      return identities;
    }

    @Override
    protected TriggerEventRepository triggerEventRepository() {
      return events;
    }

    @Override
    protected PollTimelineRepository pollTimelineRepository() {
      return new InMemoryPollTimelineRepository(identities, events);
    }
  }

  @Nested
  class Outbox extends OutboxRepositoryContract {
    private InMemoryOutboxRepository outbox;

    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      outbox = new InMemoryOutboxRepository(clock);
      return outbox;
    }

    @Override
    protected void storeUnreadable(OutboxChannel<?> channel, String payloadText) {
      outbox.storeUnreadable(channel, payloadText);
    }
  }

  @Nested
  class PoisonedOutboxMessage extends PoisonedOutboxMessageContract {
    private InMemoryOutboxRepository outbox;

    @Override
    protected OutboxRepository outboxRepository(MutableClock clock) {
      outbox = new InMemoryOutboxRepository(clock);
      return outbox;
    }

    @Override
    protected void storeUnreadable(OutboxChannel<?> channel, String payloadText) {
      outbox.storeUnreadable(channel, payloadText);
    }

    @Override
    protected UnitOfWork unitOfWork() {
      return new DirectUnitOfWork();
    }
  }
}
