package io.robotconnect.application.fake;

import io.robotconnect.application.contract.OwnerSessionRepositoryContract;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.OwnerId;
import java.util.UUID;

class InMemoryOwnerSessionRepositoryTest extends OwnerSessionRepositoryContract {
  @Override
  protected OwnerSessionRepository newRepository() {
    return new InMemoryOwnerSessionRepository();
  }

  @Override
  protected OwnerId existingOwner() {
    return new OwnerId(UUID.randomUUID().toString());
  }
}
