package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.acceptance.robustness.Endpoints.JsonEndpoint;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random hostile changes, at any depth, to a valid body of every JSON endpoint: each answer is a
 * documented status with the family's error body, nothing is logged as an error, and the next valid
 * request is answered as before.
 */
class HostileBodiesPropertyTest {
  /** Documented answers, and the sign-in throttle that wrong passwords rightly trip. */
  private static final Set<Integer> ALLOWED =
      Set.of(200, 201, 202, 204, 400, 401, 403, 404, 409, 413, 415, 422, 429);

  private static final Map<String, Integer> VALID_STATUS = new ConcurrentHashMap<>();

  @BeforeContainer
  static void signInEveryKindOfCaller() {
    Caller.signInAll();
  }

  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void anyHostileChangeToAValidBody_isAnsweredCleanly_andTheNextValidRequestStillWorks(
      @ForAll("endpoints") JsonEndpoint endpoint, @ForAll("changes") BodyChange change) {
    int expectedValid =
        VALID_STATUS.computeIfAbsent(endpoint.name(), n -> endpoint.sendValid().statusCode());
    int mark = ServerLog.get().mark();

    Answer hostile =
        Answer.of(endpoint.send(Http.JSON_TYPE, change.applyTo(endpoint.validBody().get())));

    hostile.isWellFormed().hasStatusIn(ALLOWED);
    Answer.noProblemsLoggedSince(mark);
    Answer valid = Answer.of(endpoint.sendValid()).isWellFormed();
    if (valid.status() != 429) {
      assertThat(valid.status())
          .as("a valid %s after %s", endpoint.name(), change)
          .isEqualTo(expectedValid);
    }
  }

  @Provide
  Arbitrary<JsonEndpoint> endpoints() {
    Caller.signInAll();
    return Arbitraries.of(Endpoints.json());
  }

  @Provide
  Arbitrary<BodyChange> changes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000),
            Arbitraries.of(BodyChange.Kind.class),
            Arbitraries.integers().between(0, 100_000))
        .as(BodyChange::new);
  }
}
