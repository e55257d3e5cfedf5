package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.contract.ConnectionRepositoryContract;
import io.robotconnect.application.contract.ConnectionTriggerEventRepositoryContract;
import io.robotconnect.application.contract.UserConnectionRepositoryContract;
import io.robotconnect.application.contract.WebhookReceiptRepositoryContract;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import org.junit.jupiter.api.Nested;

/** The connection repositories keep their port contracts; run once per database. */
abstract class ConnectionRepositoriesContractTests {

  abstract PersistenceAdapter database();

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
}
