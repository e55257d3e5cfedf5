package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.KeptReceipt;
import io.robotconnect.application.port.out.WebhookReceiptRepository.Position;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookReceiptRepository} does. Tests use fresh request ids. */
public abstract class WebhookReceiptRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private WebhookReceiptRepository receipts;

  protected abstract WebhookReceiptRepository webhookReceiptRepository();

  @BeforeEach
  void createRepository() {
    receipts = webhookReceiptRepository();
  }

  private static WebhookReceipt receipt(String type, String event, boolean known, Instant at) {
    return new WebhookReceipt(
        UUID.randomUUID().toString().replace("-", ""),
        type,
        event,
        "{\"sent_at\":1560285630699,\"data\":{\"note\":\"“quoted” ✓\"}}",
        known,
        at);
  }

  @Test
  void firstReceipt_isRecorded_andTheSameRequestIdAgainIsRefused() {
    WebhookReceipt receipt = receipt("connection", "enabled", true, T0);

    assertThat(receipts.record(receipt)).isTrue();
    assertThat(receipts.record(receipt)).isFalse();
    assertThat(
            receipts.record(
                new WebhookReceipt(receipt.requestId(), "connection", "disabled", "{}", true, T0)))
        .isFalse();
  }

  @Test
  void unknownWebhooks_areKeptForInspection_oldestFirst_withTheirBodies() {
    WebhookReceipt older = receipt("brand_new_type", "happened", false, T0.minusSeconds(1_000_000));
    WebhookReceipt newer = receipt("connection", "exploded", false, T0.minusSeconds(999_000));
    receipts.record(newer);
    receipts.record(older);
    receipts.record(receipt("connection", "enabled", true, T0.minusSeconds(1_500_000)));

    List<KeptReceipt> kept = receipts.unknown(Optional.empty(), 1000, 1000);

    assertThat(kept)
        .filteredOn(
            r -> r.requestId().equals(older.requestId()) || r.requestId().equals(newer.requestId()))
        .extracting(KeptReceipt::requestId, KeptReceipt::type, KeptReceipt::bodyExcerpt)
        .containsExactly(
            tuple(older.requestId(), "brand_new_type", older.body()),
            tuple(newer.requestId(), "connection", newer.body()));
    assertThat(kept)
        .filteredOn(r -> r.requestId().equals(older.requestId()))
        .allMatch(r -> r.bodyLength() == r.bodyExcerpt().length());
  }

  @Test
  void unknownWebhookBodies_areCutToTheExcerpt_withTheirWholeLengthTold() {
    Instant at = uniqueFutureInstant();
    String body = "{\"x\":\"" + "ä".repeat(5000) + "\"}";
    receipts.record(
        new WebhookReceipt(UUID.randomUUID().toString(), "huge", "body", body, false, at));

    List<KeptReceipt> kept =
        receipts.unknown(Optional.of(new Position(at.minusNanos(1), "")), 1, 10);

    assertThat(kept)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.bodyExcerpt()).isEqualTo(body.substring(0, 10));
              assertThat(r.bodyLength()).isEqualTo(body.length());
            });
  }

  @Test
  void unknownWebhooks_pageOnFromAPosition_withoutRepeatsOrGaps_evenAtOneInstant() {
    Instant at = uniqueFutureInstant();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      WebhookReceipt receipt = receipt("paged", "p" + i, false, at.plusMillis(i < 3 ? 0 : i));
      receipts.record(receipt);
      ids.add(receipt.requestId());
    }
    ids.subList(0, 3).sort(null); // at one instant, request ids decide

    List<String> seen = new ArrayList<>();
    Optional<Position> after = Optional.of(new Position(at.minusNanos(1), ""));
    for (int page = 0; page < 3; page++) {
      List<KeptReceipt> kept = receipts.unknown(after, 2, 100);
      kept.forEach(r -> seen.add(r.requestId()));
      after = Optional.of(kept.get(kept.size() - 1).position());
    }

    assertThat(seen.subList(0, ids.size())).containsExactlyElementsOf(ids);
  }

  @Test
  void purgeReceivedBefore_deletesReceiptsJustBeforeTheBound_knownOrNot_butKeepsOneAtIt() {
    // long before every other test's receipts, so that in a shared store the bound reaches only
    // this test's
    Instant bound = Instant.parse("2001-06-01T00:00:00Z");
    WebhookReceipt known = receipt("connection", "enabled", true, bound.minusNanos(1_000));
    WebhookReceipt unknown = receipt("brand_new", "thing", false, bound.minusNanos(1_000));
    WebhookReceipt atTheBound = receipt("connection", "updated", true, bound);
    List.of(known, unknown, atTheBound).forEach(receipts::record);

    int purged = 0;
    for (int batch = receipts.purgeReceivedBefore(bound, 1);
        batch > 0;
        batch = receipts.purgeReceivedBefore(bound, 1)) {
      assertThat(batch).isEqualTo(1);
      purged += batch;
    }

    assertThat(purged).isEqualTo(2);
    assertThat(receipts.record(atTheBound)).as("still remembered").isFalse();
    assertThat(receipts.record(known)).as("forgotten, so new again").isTrue();
    assertThat(receipts.record(unknown)).as("forgotten, so new again").isTrue();
  }

  /** Later than every other test's receipts; runs on a shared database pick different ones. */
  private static Instant uniqueFutureInstant() {
    return Instant.parse("2100-01-01T00:00:00Z")
        .plusSeconds(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
  }
}
