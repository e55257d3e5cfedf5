package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.WebhookReceiptRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhook receipts in a map keyed by request id. */
public final class InMemoryWebhookReceiptRepository implements WebhookReceiptRepository {
  private final Map<String, WebhookReceipt> receipts = new LinkedHashMap<>();

  @Override
  public synchronized boolean record(WebhookReceipt receipt) {
    return receipts.putIfAbsent(receipt.requestId(), receipt) == null;
  }

  @Override
  public synchronized List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars) {
    Comparator<Position> order =
        Comparator.comparing(Position::receivedAt).thenComparing(Position::requestId);
    return receipts.values().stream()
        .filter(r -> !r.known())
        .map(
            r ->
                new KeptReceipt(
                    r.requestId(),
                    r.type(),
                    r.event(),
                    r.body().substring(0, Math.min(bodyChars, r.body().length())),
                    r.body().length(),
                    r.receivedAt()))
        .filter(r -> after.map(a -> order.compare(r.position(), a) > 0).orElse(true))
        .sorted(Comparator.comparing(KeptReceipt::position, order))
        .limit(max)
        .toList();
  }

  @Override
  public synchronized int purgeReceivedBefore(Instant receivedBefore, int max) {
    List<String> purged =
        receipts.values().stream()
            .filter(r -> r.receivedAt().isBefore(receivedBefore))
            .limit(max)
            .map(WebhookReceipt::requestId)
            .toList();
    purged.forEach(receipts::remove);
    return purged.size();
  }

  /** How many receipts are recorded (for tests). */
  public synchronized int size() {
    return receipts.size();
  }
}
