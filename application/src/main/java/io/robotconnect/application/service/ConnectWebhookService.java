package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.Page;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.ConnectWebhookReceived;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.StorageUnavailableException;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.KeptReceipt;
import io.robotconnect.application.port.out.WebhookReceiptRepository.Position;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges Connect webhooks quickly: records the receipt (which makes a repeated request id a
 * no-op) and queues the processing in the same transaction; the work happens in {@link
 * ConnectWebhookHandler}.
 */
public final class ConnectWebhookService
    implements ReceiveConnectWebhookUseCase, ListUnknownWebhooksUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectWebhookService.class);
  private static final Pattern CURSOR_POSITION =
      Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9}):(.{1,200})", Pattern.DOTALL);

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
      case ACCEPTED -> signal.enqueued(OutboxChannel.CONNECT_WEBHOOKS);
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
  public Page<UnknownWebhook> unknownWebhooks(PageRequest page) {
    Optional<Position> after = page.cursor().map(ConnectWebhookService::position);
    List<KeptReceipt> found =
        receipts.unknown(after, page.limit() + 1, ListUnknownWebhooksUseCase.BODY_EXCERPT_CHARS);
    List<UnknownWebhook> items =
        found.stream()
            .limit(page.limit())
            .map(
                r ->
                    new UnknownWebhook(
                        r.requestId(),
                        r.type(),
                        r.event(),
                        r.bodyExcerpt(),
                        r.bodyLength(),
                        r.receivedAt()))
            .toList();
    if (found.size() <= page.limit()) {
      return new Page<>(items, Optional.empty());
    }
    return new Page<>(items, Optional.of(cursor(found.get(page.limit() - 1).position())));
  }

  /** A cursor naming a receipt's position: its receipt time (epoch nanoseconds) and request id. */
  private static String cursor(Position position) {
    Instant at = position.receivedAt();
    return PageCursors.encode(
        at.getEpochSecond() + "." + at.getNano() + ":" + position.requestId());
  }

  private static Position position(String cursor) {
    String text = PageCursors.decode(cursor);
    Matcher m = CURSOR_POSITION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(PageCursors.INVALID);
    }
    try {
      return new Position(
          Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
          m.group(3));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(PageCursors.INVALID);
    }
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
          outbox.enqueue(new ConnectWebhookReceived(command.requestId(), command.webhook().get()));
          return WebhookAcceptance.ACCEPTED;
        });
  }
}
