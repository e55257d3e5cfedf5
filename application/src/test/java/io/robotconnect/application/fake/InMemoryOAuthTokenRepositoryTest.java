package io.robotconnect.application.fake;

import io.robotconnect.application.contract.OAuthTokenRepositoryContract;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.domain.owner.OwnerId;
import java.util.UUID;

class InMemoryOAuthTokenRepositoryTest extends OAuthTokenRepositoryContract {
  @Override
  protected OAuthTokenRepository newRepository() {
    return new InMemoryOAuthTokenRepository();
  }

  @Override
  protected OwnerId existingOwner() {
    return new OwnerId(UUID.randomUUID().toString());
  }
}
