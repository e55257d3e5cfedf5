package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.SignInThrottledException;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final String RIGHT = "right password";
  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final MutableClock clock = new MutableClock();
  private int passwordChecks;
  private final SignInThrottle throttle =
      new SignInThrottle(
          command -> {
            passwordChecks++;
            return RIGHT.equals(command.password())
                ? Optional.of(
                    new SessionToken("token", new OwnerId("ada"), clock.now().plusSeconds(60)))
                : Optional.empty();
          },
          clock,
          3,
          WINDOW);

  private Optional<SessionToken> signIn(String email, String password) {
    return throttle.startSession(new StartSessionCommand(email, password));
  }

  private void failTimes(String email, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(signIn(email, "guess " + i)).isEmpty();
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void givenMaxFailures_nextAttempt_isRefusedWithoutCheckingThePassword_evenTheRightOne() {
    failTimes("ada@example.com", 3);
    int checks = passwordChecks;

    assertThatThrownBy(() -> signIn("ada@example.com", RIGHT))
        .isInstanceOfSatisfying(
            SignInThrottledException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(WINDOW.minusMinutes(3));
              assertThat(e.retryAfterSeconds()).isEqualTo(WINDOW.minusMinutes(3).toSeconds());
            });
    assertThat(passwordChecks).isEqualTo(checks);
  }

  @Test
  void addressesDifferingInCaseAndBlanks_shareTheirCount_otherAddressesDoNot() {
    failTimes("Ada@Example.com ", 2);
    failTimes("ada@example.com", 1);

    assertThatThrownBy(() -> signIn(" ADA@example.COM", RIGHT))
        .isInstanceOf(SignInThrottledException.class);
    assertThat(signIn("bob@example.com", RIGHT)).isPresent();
  }

  @Test
  void onceTheOldestFailureIsAWindowOld_oneMoreAttemptIsChecked() {
    failTimes("ada@example.com", 3);

    clock.advance(WINDOW.minusMinutes(3));

    assertThat(signIn("ada@example.com", RIGHT)).isPresent();
  }

  @Test
  void aSuccessfulSignIn_clearsTheFailures() {
    failTimes("ada@example.com", 2);
    assertThat(signIn("ada@example.com", RIGHT)).isPresent();

    failTimes("ada@example.com", 2);

    assertThat(signIn("ada@example.com", RIGHT)).isPresent();
  }

  @Test
  void failuresSpreadWiderThanTheWindow_neverThrottle() {
    for (int i = 0; i < 10; i++) {
      assertThat(signIn("ada@example.com", "guess")).isEmpty();
      clock.advance(WINDOW.dividedBy(2));
    }

    assertThat(signIn("ada@example.com", RIGHT)).isPresent();
  }
}
