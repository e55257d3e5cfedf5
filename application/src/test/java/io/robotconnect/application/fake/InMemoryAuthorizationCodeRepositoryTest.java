package io.robotconnect.application.fake;

import io.robotconnect.application.contract.AuthorizationCodeRepositoryContract;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.domain.owner.OwnerId;
import java.util.UUID;

class InMemoryAuthorizationCodeRepositoryTest extends AuthorizationCodeRepositoryContract {
  @Override
  protected AuthorizationCodeRepository newRepository() {
    return new InMemoryAuthorizationCodeRepository();
  }

  @Override
  protected OwnerId existingOwner() {
    return new OwnerId(UUID.randomUUID().toString());
  }
}
