package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuthorizationCodeRepository} must do; extend it once per implementation. */
public abstract class AuthorizationCodeRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final String REDIRECT = "https://ifttt.com/channels/robot/authorize";

  private AuthorizationCodeRepository codes;
  private OwnerId owner;
  private OwnerId otherOwner;

  /** A fresh, empty repository. */
  protected abstract AuthorizationCodeRepository newRepository();

  /** A new owner that exists in the store the repository writes to (a different one each call). */
  protected abstract OwnerId existingOwner();

  @BeforeEach
  void setUpContract() {
    codes = newRepository();
    owner = existingOwner();
    otherOwner = existingOwner();
  }

  @Test
  void takenCode_isReturnedWithEverythingItWasSavedWith() {
    AuthorizationCode code = code("c1", owner, REDIRECT, T0.plusSeconds(300));
    codes.save(code);

    assertThat(codes.take("c1")).contains(code);
  }

  @Test
  void codeWithoutRedirectUri_roundTrips() {
    AuthorizationCode code = code("c1", owner, null, T0.plusSeconds(300));
    codes.save(code);

    assertThat(codes.take("c1")).contains(code);
  }

  @Test
  void code_canBeTakenOnlyOnce() {
    codes.save(code("c1", owner, REDIRECT, T0.plusSeconds(300)));

    assertThat(codes.take("c1")).isPresent();
    assertThat(codes.take("c1")).isEmpty();
  }

  @Test
  void concurrentTakes_ofOneCode_succeedExactlyOnce() throws Exception {
    codes.save(code("c1", owner, REDIRECT, T0.plusSeconds(300)));
    int takers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(takers);
    try {
      List<Future<Optional<AuthorizationCode>>> results = new ArrayList<>();
      for (int i = 0; i < takers; i++) {
        Callable<Optional<AuthorizationCode>> take =
            () -> {
              start.await();
              return codes.take("c1");
            };
        results.add(pool.submit(take));
      }
      start.countDown();
      int winners = 0;
      for (Future<Optional<AuthorizationCode>> result : results) {
        if (result.get(30, TimeUnit.SECONDS).isPresent()) {
          winners++;
        }
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deleteByOwner_removesOnlyThatOwnersCodes() {
    codes.save(code("mine", owner, REDIRECT, T0.plusSeconds(300)));
    codes.save(code("theirs", otherOwner, REDIRECT, T0.plusSeconds(300)));

    codes.deleteByOwner(owner);

    assertThat(codes.take("mine")).isEmpty();
    assertThat(codes.take("theirs")).isPresent();
  }

  @Test
  void deleteExpired_removesOnlyExpiredCodes() {
    codes.save(code("old", owner, REDIRECT, T0.minusSeconds(1)));
    codes.save(code("fresh", owner, REDIRECT, T0.plusSeconds(300)));

    assertThat(codes.deleteExpired(T0)).isEqualTo(1);
    assertThat(codes.take("old")).isEmpty();
    assertThat(codes.take("fresh")).isPresent();
  }

  private static AuthorizationCode code(
      String hash, OwnerId owner, String redirectUri, Instant expiresAt) {
    return new AuthorizationCode(hash, owner, "ifttt-client", redirectUri, expiresAt);
  }
}
