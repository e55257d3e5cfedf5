package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import java.time.Instant;
import java.util.UUID;
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

    assertThat(receipts.unknown(1000))
        .filteredOn(
            r -> r.requestId().equals(older.requestId()) || r.requestId().equals(newer.requestId()))
        .containsExactly(older, newer);
    assertThat(receipts.unknown(1000)).allMatch(r -> !r.known());
  }
}
