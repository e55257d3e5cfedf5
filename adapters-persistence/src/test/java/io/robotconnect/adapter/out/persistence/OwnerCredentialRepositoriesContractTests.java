package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.contract.AuthorizationCodeRepositoryContract;
import io.robotconnect.application.contract.OAuthTokenRepositoryContract;
import io.robotconnect.application.contract.OwnerSessionRepositoryContract;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The session, code and token repositories keep their port contracts; run once per database. */
abstract class OwnerCredentialRepositoriesContractTests {

  abstract PersistenceAdapter database();

  OwnerId newOwner() {
    String id = UUID.randomUUID().toString();
    database()
        .owners()
        .save(new Owner(new OwnerId(id), new EmailAddress(id + "@example.com"), "Ada", "hash"));
    return new OwnerId(id);
  }

  @Nested
  class Sessions extends OwnerSessionRepositoryContract {
    @Override
    protected OwnerSessionRepository newRepository() {
      return database().ownerSessions();
    }

    @Override
    protected OwnerId existingOwner() {
      return newOwner();
    }
  }

  @Nested
  class AuthorizationCodes extends AuthorizationCodeRepositoryContract {
    @Override
    protected AuthorizationCodeRepository newRepository() {
      return database().authorizationCodes();
    }

    @Override
    protected OwnerId existingOwner() {
      return newOwner();
    }
  }

  @Nested
  class Tokens extends OAuthTokenRepositoryContract {
    @Override
    protected OAuthTokenRepository newRepository() {
      return database().tokens();
    }

    @Override
    protected OwnerId existingOwner() {
      return newOwner();
    }
  }
}
