package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserConnectionRepository} does, with its {@link ConnectionRepository}. */
public abstract class UserConnectionRepositoryContract {
  private ConnectionRepository connections;
  private UserConnectionRepository userConnections;
  private Connection definition;

  protected abstract ConnectionRepository connectionRepository();

  /** Must see the definitions saved through {@link #connectionRepository()}. */
  protected abstract UserConnectionRepository userConnectionRepository();

  @BeforeEach
  void createRepositories() {
    connections = connectionRepository();
    userConnections = userConnectionRepository();
    definition = ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());
    connections.save(definition);
  }

  @Test
  void savedUserConnection_withItsFeaturesAndValues_roundTrips() {
    UserConnection userConnection =
        ConnectionFixtures.userConnection(ConnectionFixtures.newUser(), definition);

    userConnections.save(userConnection);

    assertThat(userConnections.find(userConnection.user(), definition.id()))
        .contains(userConnection);
  }

  @Test
  void pendingUserConnection_withoutFeatures_roundTrips() {
    UserConnection pending =
        UserConnection.of(
            ConnectionFixtures.newUser(),
            definition,
            UserConnectionStatus.NEVER_ENABLED,
            true,
            List.of());

    userConnections.save(pending);

    UserConnection found = userConnections.find(pending.user(), definition.id()).orElseThrow();
    assertThat(found.pending()).isTrue();
    assertThat(found).isEqualTo(pending);
  }

  @Test
  void savingAgain_replacesStatusAndFeatures() {
    OwnerId user = ConnectionFixtures.newUser();
    userConnections.save(ConnectionFixtures.userConnection(user, definition));
    UserConnection disabled =
        UserConnection.of(user, definition, UserConnectionStatus.DISABLED, false, List.of());

    userConnections.save(disabled);

    assertThat(userConnections.find(user, definition.id())).contains(disabled);
  }

  @Test
  void usersAreKeptApart() {
    OwnerId one = ConnectionFixtures.newUser();
    userConnections.save(ConnectionFixtures.userConnection(one, definition));

    assertThat(userConnections.find(ConnectionFixtures.newUser(), definition.id())).isEmpty();
    assertThat(userConnections.find(one, ConnectionFixtures.newConnectionId())).isEmpty();
  }
}
