package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConnectionRepository} does. Tests use fresh connection ids. */
public abstract class ConnectionRepositoryContract {
  private ConnectionRepository connections;

  protected abstract ConnectionRepository connectionRepository();

  @BeforeEach
  void createRepository() {
    connections = connectionRepository();
  }

  @Test
  void savedConnection_withEveryFieldTypeAndValueShape_roundTrips() {
    Connection connection = ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());

    connections.save(connection);

    assertThat(connections.findById(connection.id())).contains(connection);
  }

  @Test
  void savingAgain_replacesTheDefinition() {
    ConnectionId id = ConnectionFixtures.newConnectionId();
    Connection first = ConnectionFixtures.connection(id);
    connections.save(first);
    Connection renamed =
        new Connection(
            id,
            "Renamed",
            first.description(),
            Optional.empty(),
            Optional.empty(),
            first.services(),
            first.features(),
            List.of());

    connections.save(renamed);

    assertThat(connections.findById(id)).contains(renamed);
  }

  @Test
  void unknownConnection_isNotFound() {
    assertThat(connections.findById(ConnectionFixtures.newConnectionId())).isEmpty();
  }
}
