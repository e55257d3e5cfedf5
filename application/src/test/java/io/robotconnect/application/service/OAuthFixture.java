package io.robotconnect.application.service;

import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryAuthorizationCodeRepository;
import io.robotconnect.application.fake.InMemoryOAuthTokenRepository;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** The OAuth services wired to in-memory fakes, with one registered client. */
class OAuthFixture {
  static final String CLIENT_ID = "ifttt";
  static final String CLIENT_SECRET = "client-secret-0123456789";
  static final String REDIRECT = "https://ifttt.com/channels/robot/authorize";
  static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
  static final Duration GRACE = Duration.ofHours(24);

  final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  final InMemoryAuthorizationCodeRepository codes = new InMemoryAuthorizationCodeRepository();
  final InMemoryOAuthTokenRepository tokens = new InMemoryOAuthTokenRepository();
  final MutableClock clock = new MutableClock();
  final ClientAuthorizationService authorization;
  final TokenService tokenService;

  OAuthFixture(Duration accessTokenLifetime) {
    OAuthSettings settings =
        new OAuthSettings(
            CLIENT_ID, CLIENT_SECRET, Set.of(REDIRECT), CODE_LIFETIME, GRACE, accessTokenLifetime);
    DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    authorization = new ClientAuthorizationService(settings, codes, tokens, clock, unitOfWork);
    tokenService = new TokenService(settings, codes, tokens, owners, clock, unitOfWork, () -> {});
  }

  OAuthFixture() {
    this(null);
  }

  OwnerId newOwner() {
    String id = UUID.randomUUID().toString();
    owners.save(new Owner(new OwnerId(id), new EmailAddress(id + "@example.com"), "Ada", "hash"));
    return new OwnerId(id);
  }
}
