package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectUrlRequest;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Connect API v2 over HTTP with the Jersey client. */
public final class JerseyConnectApiClient implements ConnectApiPort, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JerseyConnectApiClient.class);
  private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

  /** Whether a call may be sent again after a failure that may have reached IFTTT. */
  private enum Safety {
    IDEMPOTENT,
    ONCE
  }

  private final ConnectApiSettings settings;
  private final Client client;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Backoff backoff;
  private final ConnectUrlBuilder connectUrls;

  public JerseyConnectApiClient(ConnectApiSettings settings) {
    this(settings, Backoff.sleeping());
  }

  JerseyConnectApiClient(ConnectApiSettings settings, Backoff backoff) {
    this.settings = settings;
    this.backoff = backoff;
    this.connectUrls = new ConnectUrlBuilder(settings.connectUrlBase(), settings.redirectUris());
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            // a streamed body is never re-sent by the JDK on its own after a reset connection
            .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED)
            .build();
  }

  @Override
  public ConnectMe me(Optional<OwnerId> user) {
    OutboundUri uri = api().segments("v2", "me");
    user.ifPresent(u -> uri.query("user_id", u.value()));
    JsonNode me = call("GET", uri, null, Safety.IDEMPOTENT);
    return new ConnectMe(
        me.path("authentication_level").asText(),
        me.path("service_id").asText(),
        FieldValueJson.text(me, "user_login"));
  }

  @Override
  public ConnectionSnapshot showConnection(ConnectionId connection, Optional<OwnerId> user) {
    OutboundUri uri = connectionUri(connection);
    user.ifPresent(u -> uri.query("user_id", u.value()));
    JsonNode answer = call("GET", uri, null, Safety.IDEMPOTENT);
    try {
      return ConnectionJson.read(answer, user);
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
    ObjectNode body = json.createObjectNode();
    body.set("user_features", ConnectionJson.writeUserFeatures(features));
    call(
        "PUT",
        connectionUri(connection).segments("user_connection").query("user_id", user.value()),
        body,
        Safety.IDEMPOTENT);
  }

  @Override
  public void updateUserFieldsLegacy(
      ConnectionId connection, OwnerId user, List<LegacyFieldUpdate> updates) {
    ObjectNode body = json.createObjectNode();
    body.put("user_id", user.value());
    ArrayNode services = body.putArray("services");
    Map<String, ObjectNode> byService = new LinkedHashMap<>();
    for (LegacyFieldUpdate update : updates) {
      ObjectNode service =
          byService.computeIfAbsent(
              update.serviceId(),
              id -> {
                ObjectNode node = services.addObject().put("service_id", id);
                for (StepKind kind : StepKind.values()) {
                  node.putArray(kind.pathSegment());
                }
                return node;
              });
      ObjectNode step = service.withArray(update.kind().pathSegment()).addObject();
      step.put("id", update.stepId());
      ObjectNode field =
          step.putArray("user_" + update.kind().pathSegment())
              .addObject()
              .putArray("fields")
              .addObject();
      field.put("id", update.fieldId());
      field.set("value", FieldValueJson.write(update.value()));
    }
    call("POST", connectionUri(connection), body, Safety.IDEMPOTENT);
  }

  @Override
  public Map<String, List<FieldValue.Option>> fieldOptions(
      ConnectionId connection, OptionsScope scope, OwnerId user) {
    JsonNode answer =
        call(
            "GET",
            connectionUri(connection)
                .segments(scope.type(), scope.typeId(), "field_options")
                .query("user_id", user.value()),
            null,
            Safety.IDEMPOTENT);
    Map<String, List<FieldValue.Option>> options = new LinkedHashMap<>();
    answer
        .path("options")
        .fields()
        .forEachRemaining(
            entry -> {
              List<FieldValue.Option> values = new ArrayList<>();
              entry.getValue().forEach(option -> values.add(FieldValueJson.readOption(option)));
              options.put(entry.getKey(), List.copyOf(values));
            });
    return options;
  }

  @Override
  public void refresh(ConnectionId connection, OwnerId user) {
    call(
        "POST",
        connectionUri(connection)
            .segments("user_connection", "refresh")
            .query("user_id", user.value()),
        json.createObjectNode(),
        Safety.IDEMPOTENT);
  }

  @Override
  public void testTrigger(
      ConnectionId connection, StepRef trigger, OwnerId user, Optional<String> userFeatureId) {
    ObjectNode body = json.createObjectNode().put("user_id", user.value());
    userFeatureId.ifPresent(id -> body.put("user_feature_id", id));
    call(
        "POST",
        connectionUri(connection).segments("triggers", trigger.qualified(), "test"),
        body,
        Safety.ONCE);
  }

  @Override
  public QueryPage performQuery(
      ConnectionId connection, StepRef query, OwnerId user, QueryRequest request) {
    ObjectNode body = json.createObjectNode().put("user_id", user.value());
    if (!request.fields().isEmpty()) {
      ObjectNode fields = body.putObject("fields");
      request.fields().forEach((id, value) -> fields.set(id, FieldValueJson.write(value)));
    }
    request.userFeatureId().ifPresent(id -> body.put("user_feature_id", id));
    if (!request.includes().isEmpty()) {
      ArrayNode includes = body.putArray("includes");
      request.includes().forEach(includes::add);
    }
    request.limit().ifPresent(limit -> body.put("limit", limit));
    request.cursor().ifPresent(cursor -> body.put("cursor", cursor));
    JsonNode answer =
        call(
            "POST",
            connectionUri(connection).segments("queries", query.qualified(), "perform"),
            body,
            Safety.IDEMPOTENT);
    List<Map<String, Object>> items = new ArrayList<>();
    answer.path("data").forEach(item -> items.add(json.convertValue(item, TREE)));
    JsonNode next = answer.get("next");
    Optional<NextPage> nextPage =
        next == null || next.isNull() || !next.hasNonNull("cursor")
            ? Optional.empty()
            : Optional.of(
                new NextPage(
                    json.convertValue(next.path("fields"), TREE), next.get("cursor").asText()));
    return new QueryPage(answer.path("type").asText("list"), items, nextPage);
  }

  @Override
  public void runAction(
      ConnectionId connection,
      StepRef action,
      OwnerId user,
      Map<String, FieldValue> fieldOverrides,
      Optional<String> userFeatureId) {
    ObjectNode body = json.createObjectNode().put("user_id", user.value());
    if (!fieldOverrides.isEmpty()) {
      ObjectNode fields = body.putObject("fields");
      fieldOverrides.forEach((id, value) -> fields.set(id, overrideValue(value)));
    }
    userFeatureId.ifPresent(id -> body.put("user_feature_id", id));
    call(
        "POST",
        connectionUri(connection).segments("actions", action.qualified(), "run"),
        body,
        Safety.ONCE);
  }

  /** At run time a dropdown is overridden by its bare value (the options' {@code value}). */
  private static JsonNode overrideValue(FieldValue value) {
    return value instanceof FieldValue.Option option
        ? FieldValueJson.write(new FieldValue.Text(option.value()))
        : FieldValueJson.write(value);
  }

  @Override
  public String provisionalAccessCode(String oauthCode) {
    if (oauthCode == null || oauthCode.isBlank()) {
      throw new IllegalArgumentException("oauth_code is required");
    }
    JsonNode answer =
        call(
            "POST",
            api().segments("v2", "provisional_access_code"),
            json.createObjectNode().put("oauth_code", oauthCode),
            Safety.ONCE);
    String code = answer.path("provisional_access_code").asText("");
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
    client.close();
  }

  private OutboundUri api() {
    return OutboundUri.from(settings.baseUri());
  }

  private OutboundUri connectionUri(ConnectionId connection) {
    return api().segments("v2", "connections", connection.value());
  }

  private JsonNode call(String method, OutboundUri uri, JsonNode body, Safety safety) {
    WebTarget target = client.target(uri.build());
    String requestId = UUID.randomUUID().toString().replace("-", "");
    for (int attempt = 1; ; attempt++) {
      boolean lastAttempt = attempt >= settings.maxAttempts();
      Response response;
      try {
        var invocation =
            target
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header("IFTTT-Service-Key", settings.serviceKey())
                .header("X-Request-ID", requestId);
        response =
            body == null
                ? invocation.method(method)
                : invocation.method(
                    method,
                    Entity.entity(json.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE));
      } catch (ProcessingException | IOException e) {
        boolean neverSent = NetworkFailures.neverReachedServer(e);
        LOG.warn(
            "Connect API {} {} (request {}) failed on attempt {}: {}",
            method,
            target.getUri().getRawPath(),
            requestId,
            attempt,
            e.getMessage());
        if (!neverSent && safety == Safety.ONCE) {
          throw new ConnectApiException.OutcomeUnknown(
              "Connect API call may have reached IFTTT; not sent again: " + e.getMessage(), e);
        }
        if (lastAttempt) {
          throw new ConnectApiException.Unavailable(
              "Connect API unreachable after " + attempt + " attempts: " + e.getMessage(), e);
        }
        backoff.pause(settings.firstBackoff().multipliedBy(1L << (attempt - 1)));
        continue;
      }
      try (response) {
        int status = response.getStatus();
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        LOG.debug(
            "Connect API {} {} (request {}) answered {}",
            method,
            target.getUri().getRawPath(),
            requestId,
            status);
        if (status >= 200 && status < 300) {
          return text.isBlank() ? json.createObjectNode() : readTree(text);
        }
        if (status >= 500 && safety == Safety.IDEMPOTENT && !lastAttempt) {
          LOG.warn("Connect API answered {} to request {}; retrying", status, requestId);
          backoff.pause(settings.firstBackoff().multipliedBy(1L << (attempt - 1)));
          continue;
        }
        throw ConnectErrors.fromResponse(json, status, text);
      }
    }
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new ConnectApiException.Internal(
          200, "unreadable_answer", "Connect API sent malformed JSON: " + e.getMessage());
    }
  }
}
