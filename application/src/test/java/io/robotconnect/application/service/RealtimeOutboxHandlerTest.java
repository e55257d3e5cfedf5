package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealtimeOutboxHandlerTest {
  private final List<RealtimeBatch> calls = new ArrayList<>();
  private DeliveryOutcome answer = DeliveryOutcome.delivered();
  private final RealtimeOutboxHandler handler =
      new RealtimeOutboxHandler(
          batch -> {
            calls.add(batch);
            return answer;
          });

  private static OutboxMessage<RealtimeNotification> message(
      long id, String identity, String user) {
    RealtimeNotification payload =
        new RealtimeNotification(List.of(identity), List.of(new OwnerId(user)));
    return new OutboxMessage<>(id, payload, 0, Instant.EPOCH);
  }

  @Test
  void messagesOfOneBatch_goInOneCall_withoutRepeatedEntries() {
    Map<Long, DeliveryOutcome> outcomes =
        handler.deliver(
            List.of(
                message(1, "ti-1", "alice"),
                message(2, "ti-1", "alice"),
                message(3, "ti-2", "bob")));

    assertThat(calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.triggerIdentities()).containsExactly("ti-1", "ti-2");
              assertThat(call.users()).containsExactly(new OwnerId("alice"), new OwnerId("bob"));
            });
    assertThat(outcomes)
        .hasSize(3)
        .allSatisfy((id, o) -> assertThat(o).isInstanceOf(DeliveryOutcome.Delivered.class));
  }

  @Test
  void aCall_carriesAtMostAThousandEntries() {
    List<OutboxMessage<RealtimeNotification>> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(message(i, "ti-" + i, "owner-" + i));
    }

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(batch);

    assertThat(calls)
        .hasSize(2)
        .allSatisfy(call -> assertThat(call.size()).isLessThanOrEqualTo(1000));
    assertThat(calls.stream().mapToInt(RealtimeBatch::size).sum()).isEqualTo(2000);
    assertThat(outcomes).hasSize(1000);
  }

  @Test
  void aRetryableAnswer_retriesTheMessages() {
    answer = DeliveryOutcome.retryLater("503 Service Unavailable");

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(message(1, "ti-1", "alice")));

    assertThat(outcomes.get(1L)).isEqualTo(DeliveryOutcome.retryLater("503 Service Unavailable"));
  }

  @Test
  void aRejectedCall_givesTheMessagesUp() {
    answer = DeliveryOutcome.giveUp("401 Unauthorized");

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(message(1, "ti-1", "alice")));

    assertThat(outcomes.get(1L)).isEqualTo(DeliveryOutcome.giveUp("401 Unauthorized"));
  }
}
