package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.StorageUnavailableException;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges Connect webhooks quickly: records the receipt (which makes a repeated request id a
 * no-op) and queues the processing in the same transaction; the work happens in {@link
 * ConnectWebhookHandler}.
 */
public final class ConnectWebhookService
    implements ReceiveConnectWebhookUseCase, ListUnknownWebhooksUseCase {
  /** The outbox channel of received webhooks. */
  public static final String CHANNEL = ConnectWebhookPayload.CHANNEL;

  private static final Logger LOG = LoggerFactory.getLogger(ConnectWebhookService.class);

  private final WebhookReceiptRepository receipts;
  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final OutboxSignal signal;

  public ConnectWebhookService(
      WebhookReceiptRepository receipts,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal) {
    this.receipts = receipts;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.signal = signal;
  }

  @Override
  public WebhookAcceptance receive(ReceiveConnectWebhookCommand command) {
    WebhookAcceptance acceptance;
    try {
      acceptance = recordAndQueue(command);
    } catch (StorageUnavailableException e) {
      throw e;
    } catch (RuntimeException raceWithTheSameRequestId) {
      // two deliveries of one request id at the same instant: the loser's insert fails; once the
      // winner has committed, a second attempt sees it as the duplicate it is
      LOG.info(
          "webhook {} collided with a concurrent delivery; checking again", command.requestId());
      acceptance = recordAndQueue(command);
    }
    switch (acceptance) {
      case ACCEPTED -> signal.enqueued(CHANNEL);
      case DUPLICATE ->
          LOG.info("webhook {} was received before; not acted on again", command.requestId());
      case KEPT_UNKNOWN ->
          LOG.warn(
              "unknown Connect webhook {}/{} ({}) kept for inspection",
              command.type(),
              command.event(),
              command.requestId());
    }
    return acceptance;
  }

  @Override
  public java.util.List<UnknownWebhook> unknownWebhooks(int max) {
    if (max < 1 || max > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000");
    }
    return receipts.unknown(max).stream()
        .map(r -> new UnknownWebhook(r.requestId(), r.type(), r.event(), r.body(), r.receivedAt()))
        .toList();
  }

  private WebhookAcceptance recordAndQueue(ReceiveConnectWebhookCommand command) {
    boolean known = command.webhook().isPresent();
    return unitOfWork.inTransaction(
        () -> {
          boolean fresh =
              receipts.record(
                  new WebhookReceipt(
                      command.requestId(),
                      command.type(),
                      command.event(),
                      command.body(),
                      known,
                      clock.now()));
          if (!fresh) {
            return WebhookAcceptance.DUPLICATE;
          }
          if (!known) {
            return WebhookAcceptance.KEPT_UNKNOWN;
          }
          outbox.enqueue(
              CHANNEL,
              new ConnectWebhookPayload(command.requestId(), command.webhook().get()).encode());
          return WebhookAcceptance.ACCEPTED;
        });
  }
}
