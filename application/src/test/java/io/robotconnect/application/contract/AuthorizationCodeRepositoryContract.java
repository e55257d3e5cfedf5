package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.CodeRedemption;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
  void redeemedCode_isReturnedWithEverythingItWasSavedWith_asTheFirstRedemption() {
    AuthorizationCode code = code("c1", owner, REDIRECT, T0.plusSeconds(300));
    codes.save(code);

    assertThat(codes.redeem("c1", T0)).contains(new CodeRedemption(code, true));
  }

  @Test
  void codeWithoutRedirectUri_roundTrips() {
    AuthorizationCode code = code("c1", owner, null, T0.plusSeconds(300));
    codes.save(code);

    assertThat(codes.redeem("c1", T0)).contains(new CodeRedemption(code, true));
  }

  @Test
  void code_isFirstRedeemedOnce_andThenKnownAsRedeemed() {
    AuthorizationCode code = code("c1", owner, REDIRECT, T0.plusSeconds(300));
    codes.save(code);

    assertThat(codes.redeem("c1", T0)).contains(new CodeRedemption(code, true));
    assertThat(codes.redeem("c1", T0.plusSeconds(1))).contains(new CodeRedemption(code, false));
    assertThat(codes.redeem("c1", T0.plusSeconds(2))).contains(new CodeRedemption(code, false));
  }

  @Test
  void unknownCode_isNotRedeemed() {
    assertThat(codes.redeem("never-issued", T0)).isEmpty();
  }

  @Test
  void concurrentRedemptions_ofOneCode_areFirstExactlyOnce() throws Exception {
    codes.save(code("c1", owner, REDIRECT, T0.plusSeconds(300)));
    int callers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Optional<CodeRedemption>>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<Optional<CodeRedemption>> redeem =
            () -> {
              start.await();
              return codes.redeem("c1", T0);
            };
        results.add(pool.submit(redeem));
      }
      start.countDown();
      int first = 0;
      for (Future<Optional<CodeRedemption>> result : results) {
        if (result.get(30, TimeUnit.SECONDS).orElseThrow().first()) {
          first++;
        }
      }
      assertThat(first).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deleteByOwner_removesOnlyThatOwnersCodes() {
    codes.save(code("mine", owner, REDIRECT, T0.plusSeconds(300)));
    codes.save(code("theirs", otherOwner, REDIRECT, T0.plusSeconds(300)));

    codes.deleteByOwner(owner);

    assertThat(codes.redeem("mine", T0)).isEmpty();
    assertThat(codes.redeem("theirs", T0)).isPresent();
  }

  @Test
  void deleteExpired_removesOnlyExpiredCodes_redeemedOrNot() {
    codes.save(code("old", owner, REDIRECT, T0.minusSeconds(1)));
    codes.save(code("old-redeemed", owner, REDIRECT, T0.minusSeconds(1)));
    codes.redeem("old-redeemed", T0.minusSeconds(60));
    codes.save(code("fresh", owner, REDIRECT, T0.plusSeconds(300)));

    assertThat(codes.deleteExpired(T0)).isEqualTo(2);
    assertThat(codes.redeem("old", T0)).isEmpty();
    assertThat(codes.redeem("old-redeemed", T0)).isEmpty();
    assertThat(codes.redeem("fresh", T0)).isPresent();
  }

  @Test
  void purgeExpired_removesCodesExpiredAtNow_redeemedOrNot_atMostMaxPerCall_andKeepsALiveOne() {
    // long before every other test's codes, so that in a shared store only these have expired
    Instant now = Instant.parse("2001-06-01T00:00:00Z");
    String prefix = UUID.randomUUID().toString();
    codes.save(code(prefix + "-before", owner, REDIRECT, now.minusNanos(1_000)));
    codes.save(code(prefix + "-redeemed", owner, REDIRECT, now));
    codes.redeem(prefix + "-redeemed", now.minusSeconds(60));
    codes.save(code(prefix + "-live", owner, REDIRECT, now.plusNanos(1_000)));

    assertThat(codes.purgeExpired(now, 1)).isEqualTo(1);
    assertThat(codes.purgeExpired(now, 1)).isEqualTo(1);
    assertThat(codes.purgeExpired(now, 1)).isZero();

    assertThat(codes.redeem(prefix + "-before", now)).isEmpty();
    assertThat(codes.redeem(prefix + "-redeemed", now)).isEmpty();
    assertThat(codes.redeem(prefix + "-live", now)).isPresent();
  }

  private static AuthorizationCode code(
      String hash, OwnerId owner, String redirectUri, Instant expiresAt) {
    return new AuthorizationCode(hash, owner, "ifttt-client", redirectUri, expiresAt);
  }
}
