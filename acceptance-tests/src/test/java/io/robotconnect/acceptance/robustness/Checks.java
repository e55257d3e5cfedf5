package io.robotconnect.acceptance.robustness;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicNode;

/** One hostile request as a test: what every answer must be, and nothing bad in the log. */
final class Checks {
  /**
   * What any documented endpoint may answer: success, invalid, unauthorized, forbidden, unknown,
   * conflict, too large.
   */
  static final Set<Integer> DOCUMENTED_ANSWERS =
      Set.of(200, 201, 202, 204, 400, 401, 403, 404, 409, 413, 422);

  private Checks() {}

  /**
   * The answer must never be a 5xx, HTML (outside the authorize page) or a stack trace, any error
   * must carry the family's error body, nothing may be logged as an error while serving it, and
   * when {@code expected} is given the status must be one of those.
   */
  static DynamicNode check(
      String name, Supplier<HttpResponse<String>> request, Set<Integer> expected) {
    return checkAnswer(name, () -> Answer.of(request.get()), expected);
  }

  static DynamicNode checkRaw(
      String name, Supplier<Http.RawResponse> request, Set<Integer> expected) {
    return checkAnswer(name, () -> Answer.of(request.get()), expected);
  }

  private static DynamicNode checkAnswer(
      String name, Supplier<Answer> request, Set<Integer> expected) {
    return dynamicTest(
        name,
        () -> {
          int mark = ServerLog.get().mark();
          Answer answer = request.get().isWellFormed();
          if (expected != null) {
            answer.hasStatusIn(expected);
          }
          Answer.noProblemsLoggedSince(mark);
        });
  }
}
