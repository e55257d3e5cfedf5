package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConnectionTriggerEventRepository} does. Tests use fresh users. */
public abstract class ConnectionTriggerEventRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private ConnectionTriggerEventRepository events;

  protected abstract ConnectionTriggerEventRepository connectionTriggerEventRepository();

  @BeforeEach
  void createRepository() {
    events = connectionTriggerEventRepository();
  }

  private static ConnectionTriggerEvent event(
      ConnectionId connection, OwnerId user, Instant at, Map<String, String> ingredients) {
    return new ConnectionTriggerEvent(
        UUID.randomUUID().toString().replace("-", ""),
        connection,
        user,
        ConnectionFixtures.ENTER_OR_EXIT,
        ConnectionFixtures.FEATURE,
        Optional.of("5e0d9be3-2381-4cbe-a567-ed264b0ac1dc"),
        Optional.empty(),
        ingredients,
        at);
  }

  @Test
  void appendedEvent_withItsIngredients_isFoundById() {
    ConnectionTriggerEvent event =
        event(
            ConnectionFixtures.newConnectionId(),
            ConnectionFixtures.newUser(),
            T0,
            Map.of("FileName", "Street Art ✓", "Empty", "", "Tabs", "a\tb\nc"));

    assertThat(events.append(event)).isTrue();

    assertThat(events.findById(event.id())).contains(event);
  }

  @Test
  void eventWithAnExistingId_isRefused_andTheFirstIsKept() {
    ConnectionTriggerEvent first =
        event(
            ConnectionFixtures.newConnectionId(),
            ConnectionFixtures.newUser(),
            T0,
            Map.of("a", "1"));
    events.append(first);
    ConnectionTriggerEvent again =
        new ConnectionTriggerEvent(
            first.id(),
            first.connection(),
            first.user(),
            first.trigger(),
            first.featureId(),
            Optional.empty(),
            Optional.empty(),
            Map.of("a", "2"),
            T0.plusSeconds(1));

    assertThat(events.append(again)).isFalse();
    assertThat(events.findById(first.id())).contains(first);
  }

  @Test
  void newest_areTheUsersEventsOfTheConnection_newestFirst_upToTheLimit() {
    ConnectionId connection = ConnectionFixtures.newConnectionId();
    OwnerId user = ConnectionFixtures.newUser();
    ConnectionTriggerEvent oldest = event(connection, user, T0, Map.of());
    ConnectionTriggerEvent middle = event(connection, user, T0.plusSeconds(1), Map.of());
    ConnectionTriggerEvent newest = event(connection, user, T0.plusSeconds(2), Map.of());
    events.append(middle);
    events.append(newest);
    events.append(oldest);
    events.append(event(connection, ConnectionFixtures.newUser(), T0.plusSeconds(3), Map.of()));
    events.append(event(ConnectionFixtures.newConnectionId(), user, T0.plusSeconds(3), Map.of()));

    assertThat(events.newest(user, connection, 2)).containsExactly(newest, middle);
    assertThat(events.newest(user, connection, 50)).containsExactly(newest, middle, oldest);
    assertThat(events.newest(user, connection, 0)).isEmpty();
  }
}
