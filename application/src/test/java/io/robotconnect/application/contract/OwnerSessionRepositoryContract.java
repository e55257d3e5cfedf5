package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.OwnerSession;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OwnerSessionRepository} must do; extend it once per implementation. */
public abstract class OwnerSessionRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private OwnerSessionRepository sessions;
  private OwnerId owner;

  /** A fresh, empty repository. */
  protected abstract OwnerSessionRepository newRepository();

  /** An owner that exists in the store the repository writes to. */
  protected abstract OwnerId existingOwner();

  @BeforeEach
  void setUpContract() {
    sessions = newRepository();
    owner = existingOwner();
  }

  @Test
  void savedSession_isFoundByItsTokenHash() {
    OwnerSession session = session("a1", T0.plus(Duration.ofDays(30)));
    sessions.save(session);

    assertThat(sessions.findByTokenHash("a1")).contains(session);
  }

  @Test
  void unknownTokenHash_findsNothing() {
    sessions.save(session("a1", T0.plus(Duration.ofDays(30))));

    assertThat(sessions.findByTokenHash("b2")).isEmpty();
  }

  @Test
  void deletedSession_isGone_andDeletingAnUnknownOneChangesNothing() {
    sessions.save(session("a1", T0.plus(Duration.ofDays(30))));
    sessions.save(session("b2", T0.plus(Duration.ofDays(30))));

    sessions.delete("a1");
    sessions.delete("unknown");

    assertThat(sessions.findByTokenHash("a1")).isEmpty();
    assertThat(sessions.findByTokenHash("b2")).isPresent();
  }

  @Test
  void deleteExpired_removesOnlySessionsPastTheirExpiry() {
    sessions.save(session("old", T0.minusSeconds(1)));
    sessions.save(session("live", T0.plusSeconds(60)));

    assertThat(sessions.deleteExpired(T0)).isEqualTo(1);
    assertThat(sessions.findByTokenHash("old")).isEmpty();
    assertThat(sessions.findByTokenHash("live")).isPresent();
  }

  @Test
  void purgeExpired_forgetsSessionsExpiredAtNow_atMostMaxPerCall_andKeepsOneStillLive() {
    // long before every other test's sessions, so that in a shared store only these have expired
    Instant now = Instant.parse("2001-06-01T00:00:00Z");
    String prefix = UUID.randomUUID().toString();
    sessions.save(session(prefix + "-before", now.minusNanos(1_000)));
    sessions.save(session(prefix + "-at-now", now));
    sessions.save(session(prefix + "-live", now.plusNanos(1_000)));

    assertThat(sessions.purgeExpired(now, 1)).isEqualTo(1);
    assertThat(sessions.purgeExpired(now, 1)).isEqualTo(1);
    assertThat(sessions.purgeExpired(now, 1)).isZero();

    assertThat(sessions.findByTokenHash(prefix + "-before")).isEmpty();
    assertThat(sessions.findByTokenHash(prefix + "-at-now")).isEmpty();
    assertThat(sessions.findByTokenHash(prefix + "-live")).isPresent();
  }

  private OwnerSession session(String hash, Instant expiresAt) {
    return new OwnerSession(hash, owner, T0.minus(Duration.ofHours(1)), expiresAt);
  }
}
