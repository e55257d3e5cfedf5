package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.InMemoryWebhookReceiptRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase.WebhookAcceptance;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectWebhookServiceRaceTest {

  @Test
  void deliveryThatLosesTheRaceToItsTwin_isAcknowledgedAsADuplicate_notAFailure() {
    MutableClock clock = new MutableClock();
    InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
    InMemoryWebhookReceiptRepository stored = new InMemoryWebhookReceiptRepository();
    WebhookReceiptRepository racing =
        new WebhookReceiptRepository() {
          private boolean collided;

          @Override
          public boolean record(WebhookReceipt receipt) {
            if (!collided) {
              collided = true;
              stored.record(receipt);
              throw new IllegalStateException("unique constraint pk_connect_webhook_receipts");
            }
            return stored.record(receipt);
          }

          @Override
          public List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars) {
            return stored.unknown(after, max, bodyChars);
          }

          @Override
          public int purgeReceivedBefore(java.time.Instant receivedBefore, int max) {
            return stored.purgeReceivedBefore(receivedBefore, max);
          }
        };
    ConnectWebhookService service =
        new ConnectWebhookService(
            racing, outbox, new DirectUnitOfWork(), clock, new OutboxSignal());

    WebhookAcceptance acceptance =
        service.receive(
            new ReceiveConnectWebhookCommand(
                "r1",
                "connection",
                "enabled",
                "{}",
                Optional.of(
                    new ConnectWebhook(
                        ConnectWebhook.Kind.CONNECTION_ENABLED,
                        new ConnectionId("C8p3q9T6"),
                        new OwnerId("1"),
                        Optional.empty(),
                        Optional.empty()))));

    assertThat(acceptance).isEqualTo(WebhookAcceptance.DUPLICATE);
    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isZero();
  }
}
