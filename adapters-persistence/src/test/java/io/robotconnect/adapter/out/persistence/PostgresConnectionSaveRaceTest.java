package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.owner.OwnerId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook worker and an owner-app request may store the same new connection at once: the second
 * save waits for the first and replaces its rows instead of failing on the primary key.
 */
class PostgresConnectionSaveRaceTest {
  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @Test
  void twoTransactionsSavingTheSameNewConnection_bothSucceed() throws Exception {
    ConnectionRepository connections = db.database().connections();
    UserConnectionRepository userConnections = db.database().userConnections();
    UnitOfWork unitOfWork = db.database().unitOfWork();
    Connection definition = ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());
    OwnerId user = ConnectionFixtures.newUser();
    CountDownLatch firstSaved = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                unitOfWork.run(
                    () -> {
                      connections.save(definition);
                      userConnections.save(ConnectionFixtures.userConnection(user, definition));
                      firstSaved.countDown();
                      awaitOrFail(secondStarted, "the second save did not start");
                    }));
    awaitOrFail(firstSaved, "the first save did not happen");
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () ->
                unitOfWork.run(
                    () -> {
                      secondStarted.countDown();
                      connections.save(definition);
                      userConnections.save(ConnectionFixtures.userConnection(user, definition));
                    }));

    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertThat(connections.findById(definition.id())).contains(definition);
    assertThat(userConnections.find(user, definition.id())).isPresent();
  }

  private static void awaitOrFail(CountDownLatch latch, String failure) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError(failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(failure, e);
    }
  }
}
