package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.WebhookReceiptRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Webhook receipts in a map keyed by request id. */
public final class InMemoryWebhookReceiptRepository implements WebhookReceiptRepository {
  private final Map<String, WebhookReceipt> receipts = new LinkedHashMap<>();

  @Override
  public synchronized boolean record(WebhookReceipt receipt) {
    return receipts.putIfAbsent(receipt.requestId(), receipt) == null;
  }

  @Override
  public synchronized List<WebhookReceipt> unknown(int max) {
    return receipts.values().stream()
        .filter(r -> !r.known())
        .sorted(Comparator.comparing(WebhookReceipt::receivedAt))
        .limit(max)
        .toList();
  }

  /** How many receipts are recorded (for tests). */
  public synchronized int size() {
    return receipts.size();
  }
}
