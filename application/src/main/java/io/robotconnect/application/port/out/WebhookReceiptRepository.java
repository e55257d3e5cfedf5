package io.robotconnect.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Remembers every Connect webhook received, by request id, so that none is acted on twice. */
public interface WebhookReceiptRepository {

  /** Records the receipt; returns false, changing nothing, when its request id was seen before. */
  boolean record(WebhookReceipt receipt);

  /**
   * Up to {@code max} receipts of webhooks the platform does not know how to handle, oldest first,
   * after {@code after}; each body cut to its first {@code bodyChars} characters.
   */
  List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars);

  /**
   * Deletes up to {@code max} receipts received before {@code receivedBefore}, known or not; a
   * request id whose receipt is deleted counts as new again. Returns how many it deleted.
   */
  int purgeReceivedBefore(Instant receivedBefore, int max);

  /** Where a receipt stands in the oldest-first order of receipts. */
  record Position(Instant receivedAt, String requestId) {
    public Position {
      Objects.requireNonNull(receivedAt, "receivedAt");
      Objects.requireNonNull(requestId, "requestId");
    }
  }

  /**
   * A kept receipt with the start of its body.
   *
   * @param bodyLength the whole body's length in characters
   */
  record KeptReceipt(
      String requestId,
      String type,
      String event,
      String bodyExcerpt,
      int bodyLength,
      Instant receivedAt) {
    public Position position() {
      return new Position(receivedAt, requestId);
    }
  }

  /**
   * A webhook as received.
   *
   * @param known whether the platform handles this type and event
   */
  record WebhookReceipt(
      String requestId, String type, String event, String body, boolean known, Instant receivedAt) {
    public WebhookReceipt {
      if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
        throw new IllegalArgumentException("request id must be 1-200 characters");
      }
      if (type == null || type.length() > 100 || event == null || event.length() > 100) {
        throw new IllegalArgumentException("type and event must be at most 100 characters");
      }
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }
}
