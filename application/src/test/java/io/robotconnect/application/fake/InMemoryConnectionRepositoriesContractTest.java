package io.robotconnect.application.fake;

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
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of the connection ports keep the same contracts as the real ones. */
class InMemoryConnectionRepositoriesContractTest {

  @Nested
  class Connections extends ConnectionRepositoryContract {
    @Override
    protected ConnectionRepository connectionRepository() {
      return new InMemoryConnectionRepository();
    }
  }

  @Nested
  class UserConnections extends UserConnectionRepositoryContract {
    private final InMemoryConnectionRepository connections = new InMemoryConnectionRepository();

    @Override
    protected ConnectionRepository connectionRepository() {
      return connections;
    }

    @Override
    protected UserConnectionRepository userConnectionRepository() {
      return new InMemoryUserConnectionRepository();
    }
  }

  @Nested
  class WebhookReceipts extends WebhookReceiptRepositoryContract {
    @Override
    protected WebhookReceiptRepository webhookReceiptRepository() {
      return new InMemoryWebhookReceiptRepository();
    }
  }

  @Nested
  class TriggerEvents extends ConnectionTriggerEventRepositoryContract {
    @Override
    protected ConnectionTriggerEventRepository connectionTriggerEventRepository() {
      return new InMemoryConnectionTriggerEventRepository();
    }
  }

  @Nested
  class ScriptRuns extends ScriptRunRepositoryContract {
    @Override
    protected ScriptRunRepository scriptRunRepository() {
      return new InMemoryScriptRunRepository();
    }
  }
}
