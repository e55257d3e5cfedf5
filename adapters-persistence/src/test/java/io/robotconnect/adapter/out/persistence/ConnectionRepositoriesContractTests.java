package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.contract.ConnectionRepositoryContract;
import io.robotconnect.application.contract.ConnectionTriggerEventRepositoryContract;
import io.robotconnect.application.contract.ScriptRunRepositoryContract;
import io.robotconnect.application.contract.UserConnectionRepositoryContract;
import io.robotconnect.application.contract.WebhookReceiptRepositoryContract;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The connection repositories keep their port contracts; run once per database. */
abstract class ConnectionRepositoriesContractTests {

  abstract PersistenceAdapter database();

  @Test
  void givenRowsWrittenInTheEarlierShape_whenRead_thenTheSameConnectionsComeBack() {
    ConnectionId id = ConnectionFixtures.newConnectionId();
    OwnerId user = ConnectionFixtures.newUser();
    // the stored documents name their connection in its id and its URLs
    String definition =
        ConnectionDocumentsTest.stored("connection.json").replace("zG58W2uC", id.value());
    String features = ConnectionDocumentsTest.stored("user-features.json");
    database()
        .repository(context -> context)
        .run(
            session -> {
              session
                  .createNativeMutationQuery(
                      "insert into connection_definitions (connection_id, definition)"
                          + " values (:id, :definition)")
                  .setParameter("id", id.value())
                  .setParameter("definition", definition)
                  .executeUpdate();
              session
                  .createNativeMutationQuery(
                      "insert into user_connections"
                          + " (owner_id, connection_id, status, pending, features)"
                          + " values (:owner, :connection, :status, false, :features)")
                  .setParameter("owner", user.value())
                  .setParameter("connection", id.value())
                  .setParameter("status", UserConnectionStatus.ENABLED.wireName())
                  .setParameter("features", features)
                  .executeUpdate();
            });

    Connection expected = ConnectionFixtures.connection(id);
    assertThat(database().connections().findById(id)).contains(expected);
    assertThat(database().userConnections().find(user, id))
        .contains(ConnectionFixtures.userConnection(user, expected));
  }

  @Nested
  class Connections extends ConnectionRepositoryContract {
    @Override
    protected ConnectionRepository connectionRepository() {
      return database().connections();
    }
  }

  @Nested
  class UserConnections extends UserConnectionRepositoryContract {
    @Override
    protected ConnectionRepository connectionRepository() {
      return database().connections();
    }

    @Override
    protected UserConnectionRepository userConnectionRepository() {
      return database().userConnections();
    }
  }

  @Nested
  class WebhookReceipts extends WebhookReceiptRepositoryContract {
    @Override
    protected WebhookReceiptRepository webhookReceiptRepository() {
      return database().webhookReceipts();
    }
  }

  @Nested
  class TriggerEvents extends ConnectionTriggerEventRepositoryContract {
    @Override
    protected ConnectionTriggerEventRepository connectionTriggerEventRepository() {
      return database().connectionTriggerEvents();
    }
  }

  @Nested
  class ScriptRuns extends ScriptRunRepositoryContract {
    @Override
    protected ScriptRunRepository scriptRunRepository() {
      return database().scriptRuns();
    }
  }
}
