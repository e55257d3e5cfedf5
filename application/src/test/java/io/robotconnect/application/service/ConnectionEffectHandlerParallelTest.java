package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.fake.FakeConnectApi;
import io.robotconnect.application.fake.InMemoryConnectionTriggerEventRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.domain.behaviour.BehaviourBook;
import io.robotconnect.domain.behaviour.BehaviourStep;
import io.robotconnect.domain.behaviour.FeatureBehaviour;
import io.robotconnect.domain.behaviour.FieldTemplate;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ConnectionEffectHandlerParallelTest {

  @Test
  void batchRunOnSeveralThreads_runsEveryStepOnce_andReportsEachOutcome() {
    ConnectionId connection = ConnectionFixtures.newConnectionId();
    OwnerId user = ConnectionFixtures.newUser();
    InMemoryConnectionTriggerEventRepository events =
        new InMemoryConnectionTriggerEventRepository();
    FakeConnectApi connectApi = new FakeConnectApi();
    BehaviourBook book =
        new BehaviourBook(
            1,
            List.of(
                new FeatureBehaviour(
                    connection,
                    ConnectionFixtures.FEATURE,
                    Optional.empty(),
                    List.of(
                        new BehaviourStep.RunAction(
                            ConnectionFixtures.ADD_EVENT,
                            Map.of("query", new FieldTemplate("{{ingredients.N}}")))))));
    List<OutboxMessage<ConnectionEffectDue>> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = "e" + i;
      events.append(
          new ConnectionTriggerEvent(
              id,
              connection,
              user,
              ConnectionFixtures.ENTER_OR_EXIT,
              ConnectionFixtures.FEATURE,
              Optional.empty(),
              Optional.empty(),
              Map.of("N", Integer.toString(i)),
              Instant.EPOCH));
      batch.add(new OutboxMessage<>(i, new ConnectionEffectDue(id, 1, 0, 0), 0, Instant.EPOCH));
    }
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      ConnectionEffectHandler handler =
          new ConnectionEffectHandler(
              events,
              connectApi,
              new InMemoryRobotRepository(),
              command -> "unused",
              book,
              List.of(),
              executor);

      Map<Long, DeliveryOutcome> outcomes = handler.deliver(batch);

      assertThat(outcomes)
          .hasSize(40)
          .allSatisfy((id, o) -> assertThat(o).isEqualTo(DeliveryOutcome.delivered()));
      assertThat(connectApi.calls("runAction")).hasSize(40);
      assertThat(connectApi.calls("runAction").stream().map(c -> c.detail().toString()).distinct())
          .hasSize(40);
    } finally {
      executor.shutdownNow();
    }
  }
}
