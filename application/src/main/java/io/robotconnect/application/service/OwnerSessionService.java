package io.robotconnect.application.service;

import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.application.port.out.PasswordHasher;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.OwnerSession;
import io.robotconnect.domain.owner.ReservedAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signs owners in with e-mail and password and recognises their session tokens. */
public class OwnerSessionService
    implements StartSessionUseCase, AuthenticateSessionUseCase, EndSessionUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerSessionService.class);

  private final OwnerRepository owners;
  private final OwnerSessionRepository sessions;
  private final PasswordHasher passwordHasher;
  private final ClockPort clock;
  private final Duration sessionLifetime;
  private final String decoyHash;

  public OwnerSessionService(
      OwnerRepository owners,
      OwnerSessionRepository sessions,
      PasswordHasher passwordHasher,
      ClockPort clock,
      Duration sessionLifetime) {
    if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
      throw new IllegalArgumentException("session lifetime must be positive");
    }
    this.owners = owners;
    this.sessions = sessions;
    this.passwordHasher = passwordHasher;
    this.clock = clock;
    this.sessionLifetime = sessionLifetime;
    this.decoyHash = passwordHasher.hash(SecretTokens.generate());
  }

  @Override
  public Optional<SessionToken> startSession(StartSessionCommand command) {
    Optional<Owner> owner =
        findOwner(command.email()).filter(o -> ReservedAccounts.allowsSignIn(o.email()));
    // An unknown e-mail (or an account nobody signs into) costs the same hash as a wrong password,
    // so timing tells no one who exists.
    String hash = owner.map(Owner::passwordHash).orElse(decoyHash);
    boolean passwordMatches = passwordHasher.matches(command.password(), hash);
    if (owner.isEmpty() || !passwordMatches) {
      LOG.info("sign-in refused: wrong e-mail address or password");
      return Optional.empty();
    }
    Instant now = clock.now();
    sessions.deleteExpired(now);
    String token = SecretTokens.generate();
    OwnerSession session =
        new OwnerSession(
            SecretTokens.hash(token), owner.get().id(), now, now.plus(sessionLifetime));
    sessions.save(session);
    LOG.info("owner {} signed in", session.owner());
    return Optional.of(new SessionToken(token, session.owner(), session.expiresAt()));
  }

  @Override
  public Optional<OwnerId> authenticate(String sessionToken) {
    if (sessionToken == null || sessionToken.isBlank()) {
      return Optional.empty();
    }
    String tokenHash = SecretTokens.hash(sessionToken);
    Instant now = clock.now();
    return sessions
        .findByTokenHash(tokenHash)
        .filter(s -> SecretTokens.equalInConstantTime(s.tokenHash(), tokenHash))
        .filter(s -> s.isLiveAt(now))
        .map(OwnerSession::owner);
  }

  @Override
  public void endSession(String sessionToken) {
    if (sessionToken != null && !sessionToken.isBlank()) {
      sessions.delete(SecretTokens.hash(sessionToken));
    }
  }

  private Optional<Owner> findOwner(String email) {
    try {
      return owners.findByEmail(new EmailAddress(email));
    } catch (IllegalArgumentException notAnEmailAddress) {
      return Optional.empty();
    }
  }
}
