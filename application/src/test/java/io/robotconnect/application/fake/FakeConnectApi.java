package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectUrlRequest;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scriptable Connect API for service tests: it shows what it was given and records calls. */
public final class FakeConnectApi implements ConnectApiPort {
  /** A call the fake received, e.g. {@code runAction google_calendar.add_detailed_event}. */
  public record Call(String name, OwnerId user, Object detail) {}

  private final Map<List<String>, ConnectionSnapshot> snapshots = new HashMap<>();
  private final Map<String, List<FieldValue.Option>> options = new HashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile RuntimeException nextFailure;

  /** What {@link #showConnection} answers for the user. */
  public synchronized void show(OwnerId user, ConnectionSnapshot snapshot) {
    snapshots.put(List.of(user.value(), snapshot.definition().id().value()), snapshot);
  }

  public synchronized void options(String fieldId, List<FieldValue.Option> values) {
    options.put(fieldId, values);
  }

  /** The next call fails with this. */
  public void failNext(RuntimeException failure) {
    nextFailure = failure;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String name) {
    return calls.stream().filter(c -> c.name().equals(name)).toList();
  }

  private void record(String name, OwnerId user, Object detail) {
    RuntimeException failure = nextFailure;
    nextFailure = null;
    calls.add(new Call(name, user, detail));
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ConnectMe me(Optional<OwnerId> user) {
    record("me", user.orElse(null), null);
    return new ConnectMe("channel", "robot", user.map(OwnerId::value));
  }

  @Override
  public synchronized ConnectionSnapshot showConnection(
      ConnectionId connection, Optional<OwnerId> user) {
    record("showConnection", user.orElse(null), connection);
    ConnectionSnapshot snapshot =
        snapshots.get(List.of(user.map(OwnerId::value).orElse(""), connection.value()));
    if (snapshot == null) {
      throw new ConnectApiException.NotFound("not_found", "Unknown connection id");
    }
    return snapshot;
  }

  @Override
  public void updateUserConnection(
      ConnectionId connection, OwnerId user, List<UserFeature> features) {
    record("updateUserConnection", user, features);
  }

  @Override
  public void updateUserFieldsLegacy(
      ConnectionId connection, OwnerId user, List<LegacyFieldUpdate> updates) {
    record("updateUserFieldsLegacy", user, updates);
  }

  @Override
  public synchronized Map<String, List<FieldValue.Option>> fieldOptions(
      ConnectionId connection, OptionsScope scope, OwnerId user) {
    record("fieldOptions", user, scope);
    return new HashMap<>(options);
  }

  @Override
  public void refresh(ConnectionId connection, OwnerId user) {
    record("refresh", user, connection);
  }

  @Override
  public void testTrigger(
      ConnectionId connection, StepRef trigger, OwnerId user, Optional<String> userFeatureId) {
    record("testTrigger", user, trigger);
  }

  @Override
  public QueryPage performQuery(
      ConnectionId connection, StepRef query, OwnerId user, QueryRequest request) {
    record("performQuery", user, request);
    return new QueryPage("list", List.of(Map.of("id", "1")), Optional.empty());
  }

  @Override
  public void runAction(
      ConnectionId connection,
      StepRef action,
      OwnerId user,
      Map<String, FieldValue> fieldOverrides,
      Optional<String> userFeatureId) {
    record("runAction", user, new ArrayList<>(List.of(action, fieldOverrides, userFeatureId)));
  }

  @Override
  public String provisionalAccessCode(String oauthCode) {
    record("provisionalAccessCode", null, oauthCode);
    return "pac-" + oauthCode;
  }

  @Override
  public URI connectUrl(ConnectUrlRequest request) {
    return URI.create(
        "https://ifttt.com/connect/" + request.connection() + "?email=" + request.email());
  }
}
