package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.FastPasswordHasher;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryOwnerSessionRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnerSessionServiceTest {
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final InMemoryOwnerSessionRepository sessions = new InMemoryOwnerSessionRepository();
  private final FastPasswordHasher hasher = new FastPasswordHasher();
  private final MutableClock clock = new MutableClock();
  private final OwnerSessionService service =
      new OwnerSessionService(owners, sessions, hasher, clock, Duration.ofDays(30));
  private Owner ada;

  @BeforeEach
  void registerAda() {
    ada =
        new OwnerRegistrationService(owners, hasher)
            .register(
                new RegisterOwnerCommand(
                    new EmailAddress("ada@example.com"), "Ada", "s3cret-pass"));
  }

  @Test
  void rightCredentials_startASessionWhoseTokenIdentifiesTheOwner() {
    SessionToken session = signIn("ADA@example.com", "s3cret-pass").orElseThrow();

    assertThat(session.token()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(service.authenticate(session.token())).contains(ada.id());
  }

  @Test
  void sessionToken_isStoredOnlyAsItsHash() {
    SessionToken session = signIn("ada@example.com", "s3cret-pass").orElseThrow();

    assertThat(sessions.findByTokenHash(session.token())).isEmpty();
    assertThat(sessions.findByTokenHash(SecretTokens.hash(session.token()))).isPresent();
  }

  @Test
  void wrongPassword_startsNoSession() {
    assertThat(signIn("ada@example.com", "wrong-pass")).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void unknownOrMalformedEmail_startsNoSession() {
    assertThat(signIn("bob@example.com", "s3cret-pass")).isEmpty();
    assertThat(signIn("not an address", "s3cret-pass")).isEmpty();
  }

  @Test
  void session_expiresAfterItsLifetime() {
    String token = signIn("ada@example.com", "s3cret-pass").orElseThrow().token();

    clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(service.authenticate(token)).contains(ada.id());
    clock.advance(Duration.ofSeconds(1));
    assertThat(service.authenticate(token)).isEmpty();
  }

  @Test
  void endedSession_stopsWorking_andOtherSessionsGoOn() {
    String first = signIn("ada@example.com", "s3cret-pass").orElseThrow().token();
    String second = signIn("ada@example.com", "s3cret-pass").orElseThrow().token();

    service.endSession(first);
    service.endSession("made-up");

    assertThat(service.authenticate(first)).isEmpty();
    assertThat(service.authenticate(second)).contains(ada.id());
  }

  @Test
  void unknownOrBlankToken_authenticatesNobody() {
    assertThat(service.authenticate("made-up")).isEmpty();
    assertThat(service.authenticate("")).isEmpty();
    assertThat(service.authenticate(null)).isEmpty();
  }

  @Test
  void theIftttEndpointTestAccount_cannotSignIn_evenWithItsPassword() {
    new OwnerRegistrationService(owners, hasher)
        .registerIfAbsent(
            new RegisterOwnerCommand(ReservedAccounts.IFTTT_ENDPOINT_TEST, "Test", "s3cret-pass"));

    assertThat(signIn(ReservedAccounts.IFTTT_ENDPOINT_TEST.value(), "s3cret-pass")).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void theDemoOwner_ofTheReservedDomain_signsIn() {
    new OwnerRegistrationService(owners, hasher)
        .registerIfAbsent(
            new RegisterOwnerCommand(
                new EmailAddress("demo@robotconnect.invalid"), "Demo", "s3cret-pass"));

    assertThat(signIn("demo@robotconnect.invalid", "s3cret-pass")).isPresent();
  }

  private Optional<SessionToken> signIn(String email, String password) {
    return service.startSession(new StartSessionCommand(email, password));
  }
}
