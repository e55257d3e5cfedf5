package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.robotconnect.adapter.out.connect.ConnectApiCalls.Safety;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Connect API v2 over HTTP with the Jersey client: each port method as one call. */
final class JerseyConnectApiClient implements ConnectApiPort, AutoCloseable {
  private final ConnectApiSettings settings;
  private final ConnectApiCalls calls;
  private final ConnectUrlBuilder connectUrls;

  private static final String CONNECTION = "/v2/connections/{connection_id}";

  JerseyConnectApiClient(
      ConnectApiSettings settings, ObjectMapper json, Retry retry, MeterRegistry metrics) {
    this(settings, json, retry, metrics, null);
  }

  /** Tells {@code reachability} (when not null) how each attempt went, instead of logging it. */
  JerseyConnectApiClient(
      ConnectApiSettings settings,
      ObjectMapper json,
      Retry retry,
      MeterRegistry metrics,
      Reachability reachability) {
    this.settings = settings;
    this.calls = new ConnectApiCalls(settings, json, retry, metrics, reachability);
    this.connectUrls = new ConnectUrlBuilder(settings.connectUrlBase(), settings.redirectUris());
  }

  @Override
  public ConnectMe me(Optional<OwnerId> user) {
    OutboundUri uri = api().segments("v2", "me");
    user.ifPresent(u -> uri.query("user_id", u.value()));
    ConnectJson.Me me =
        calls.call("/v2/me", "GET", uri, null, Safety.IDEMPOTENT, ConnectJson.Me.class);
    return new ConnectMe(
        orEmpty(me.authenticationLevel()),
        orEmpty(me.serviceId()),
        Optional.ofNullable(me.userLogin()));
  }

  @Override
  public ConnectionSnapshot showConnection(ConnectionId connection, Optional<OwnerId> user) {
    OutboundUri uri = connectionUri(connection);
    user.ifPresent(u -> uri.query("user_id", u.value()));
    try {
      return ConnectionMapper.toSnapshot(
          calls.call(CONNECTION, "GET", uri, null, Safety.IDEMPOTENT, ConnectJson.Connection.class),
          user);
    } catch (IllegalArgumentException e) {
      throw new ConnectApiException.Internal(
          200,
          "unreadable_answer",
          "Connect API sent a connection we cannot read: " + e.getMessage());
    }
  }

  @Override
  public void updateUserConnection(
      ConnectionId connection, OwnerId user, List<UserFeature> features) {
    calls.call(
        CONNECTION + "/user_connection",
        "PUT",
        connectionUri(connection).segments("user_connection").query("user_id", user.value()),
        ConnectionMapper.toUserConnection(features),
        Safety.IDEMPOTENT,
        JsonNode.class);
  }

  @Override
  public void updateUserFieldsLegacy(
      ConnectionId connection, OwnerId user, List<LegacyFieldUpdate> updates) {
    calls.call(
        CONNECTION,
        "POST",
        connectionUri(connection),
        ConnectionMapper.toLegacyUpdate(user, updates),
        Safety.IDEMPOTENT,
        JsonNode.class);
  }

  @Override
  public Map<String, List<FieldValue.Option>> fieldOptions(
      ConnectionId connection, OptionsScope scope, OwnerId user) {
    ConnectJson.FieldOptions answer =
        calls.call(
            CONNECTION + "/{step_type}/{step_id}/field_options",
            "GET",
            connectionUri(connection)
                .segments(scope.type(), scope.typeId(), "field_options")
                .query("user_id", user.value()),
            null,
            Safety.IDEMPOTENT,
            ConnectJson.FieldOptions.class);
    Map<String, List<FieldValue.Option>> options = new LinkedHashMap<>();
    if (answer.options() != null) {
      answer
          .options()
          .forEach(
              (field, values) ->
                  options.put(
                      field,
                      values == null
                          ? List.of()
                          : values.stream().map(FieldValueMapper::toDomain).toList()));
    }
    return options;
  }

  @Override
  public void refresh(ConnectionId connection, OwnerId user) {
    calls.call(
        CONNECTION + "/user_connection/refresh",
        "POST",
        connectionUri(connection)
            .segments("user_connection", "refresh")
            .query("user_id", user.value()),
        Map.of(),
        Safety.IDEMPOTENT,
        JsonNode.class);
  }

  @Override
  public void testTrigger(
      ConnectionId connection, StepRef trigger, OwnerId user, Optional<String> userFeatureId) {
    calls.call(
        CONNECTION + "/triggers/{trigger_id}/test",
        "POST",
        connectionUri(connection).segments("triggers", trigger.qualified(), "test"),
        new ConnectJson.TestTrigger(user.value(), userFeatureId.orElse(null)),
        Safety.ONCE,
        JsonNode.class);
  }

  @Override
  public QueryPage performQuery(
      ConnectionId connection, StepRef query, OwnerId user, QueryRequest request) {
    ConnectJson.PerformQuery body =
        new ConnectJson.PerformQuery(
            user.value(),
            fieldsJson(request.fields(), FieldValueMapper::toJson),
            request.userFeatureId().orElse(null),
            request.includes().isEmpty() ? null : request.includes(),
            request.limit().orElse(null),
            request.cursor().orElse(null));
    ConnectJson.QueryPage answer =
        calls.call(
            CONNECTION + "/queries/{query_id}/perform",
            "POST",
            connectionUri(connection).segments("queries", query.qualified(), "perform"),
            body,
            Safety.IDEMPOTENT,
            ConnectJson.QueryPage.class);
    ConnectJson.Next next = answer.next();
    Optional<NextPage> nextPage =
        next == null || next.cursor() == null
            ? Optional.empty()
            : Optional.of(new NextPage(next.fields(), next.cursor()));
    return new QueryPage(
        answer.type() == null ? "list" : answer.type(),
        answer.data() == null ? List.of() : answer.data(),
        nextPage);
  }

  @Override
  public void runAction(
      ConnectionId connection,
      StepRef action,
      OwnerId user,
      Map<String, FieldValue> fieldOverrides,
      Optional<String> userFeatureId) {
    calls.call(
        CONNECTION + "/actions/{action_id}/run",
        "POST",
        connectionUri(connection).segments("actions", action.qualified(), "run"),
        new ConnectJson.RunAction(
            user.value(),
            fieldsJson(fieldOverrides, FieldValueMapper::toOverrideJson),
            userFeatureId.orElse(null)),
        Safety.ONCE,
        JsonNode.class);
  }

  /** The fields in their order, or none (not sent) when there are none. */
  private static Map<String, ConnectJson.Value> fieldsJson(
      Map<String, FieldValue> fields, Function<FieldValue, ConnectJson.Value> write) {
    if (fields.isEmpty()) {
      return null;
    }
    Map<String, ConnectJson.Value> json = new LinkedHashMap<>();
    fields.forEach((id, value) -> json.put(id, write.apply(value)));
    return json;
  }

  @Override
  public String provisionalAccessCode(String oauthCode) {
    if (oauthCode == null || oauthCode.isBlank()) {
      throw new IllegalArgumentException("oauth_code is required");
    }
    ConnectJson.ProvisionalAccessCode answer =
        calls.call(
            "/v2/provisional_access_code",
            "POST",
            api().segments("v2", "provisional_access_code"),
            new ConnectJson.ProvisionalAccessCodeRequest(oauthCode),
            Safety.ONCE,
            ConnectJson.ProvisionalAccessCode.class);
    String code = orEmpty(answer.provisionalAccessCode());
    if (code.isEmpty()) {
      throw new ConnectApiException.Internal(
          200, "unreadable_answer", "Connect API sent no provisional_access_code");
    }
    return code;
  }

  @Override
  public URI connectUrl(ConnectUrlRequest request) {
    return connectUrls.build(request);
  }

  @Override
  public void close() {
    calls.close();
  }

  private OutboundUri api() {
    return OutboundUri.from(settings.baseUri());
  }

  private OutboundUri connectionUri(ConnectionId connection) {
    return api().segments("v2", "connections", connection.value());
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
