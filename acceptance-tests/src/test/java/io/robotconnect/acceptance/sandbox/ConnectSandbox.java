package io.robotconnect.acceptance.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stateful fake of IFTTT's Connect API v2, served over HTTP: loaded from connection definitions
 * (the Connect API's own JSON), it keeps user connections, enforces field options and the pending
 * rule, pages query results with cursors, answers errors in IFTTT's format, and pushes the four
 * webhooks to the platform (with the service key and request ids, and a duplicate now and then).
 */
public final class ConnectSandbox implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int QUERY_ITEMS = 5;

  /**
   * A request the sandbox received; {@code path} is decoded, {@code rawPath} as it came (its
   * segments still percent-encoded).
   */
  public record Received(
      String method,
      String path,
      String serviceKey,
      String requestId,
      JsonNode body,
      String rawPath) {}

  /** An action the sandbox ran. */
  public record ActionRun(String user, String action, JsonNode fields, String userFeatureId) {}

  private final String serviceKey;
  private final Map<String, ObjectNode> definitions = new ConcurrentHashMap<>();
  private final Map<String, UserConnectionState> userConnections = new ConcurrentHashMap<>();
  private final Map<String, Map<String, List<ObjectNode>>> options = new ConcurrentHashMap<>();
  private final Map<String, String> provisionalCodes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<ActionRun> actionRuns = new CopyOnWriteArrayList<>();
  private final WebhookSender webhooks;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private volatile Duration delay = Duration.ZERO;

  /** A user's state of a connection. */
  private static final class UserConnectionState {
    volatile String status;
    volatile boolean pending;
    volatile ArrayNode features;

    UserConnectionState(String status, boolean pending, ArrayNode features) {
      this.status = status;
      this.pending = pending;
      this.features = features;
    }
  }

  public ConnectSandbox(String serviceKey, WebhookSender webhooks) {
    this.serviceKey = serviceKey;
    this.webhooks = webhooks;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Loads a connection definition (a test resource in the Connect API's JSON). */
  public ConnectSandbox load(String resource) {
    try (InputStream in = ConnectSandbox.class.getResourceAsStream(resource)) {
      ObjectNode definition = (ObjectNode) JSON.readTree(in);
      String id = definition.path("id").asText();
      definition.remove("user_connection");
      definitions.put(id, definition);
      generateOptions(id, definition);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every answer waits this long first (a slow Connect API). */
  public void slowDown(Duration by) {
    delay = by;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<ActionRun> actionRuns() {
    return List.copyOf(actionRuns);
  }

  public WebhookSender webhooks() {
    return webhooks;
  }

  /** The options a dropdown field of a feature or step offers. */
  public List<ObjectNode> options(String type, String typeId, String field) {
    return options.getOrDefault(type + "/" + typeId, Map.of()).getOrDefault(field, List.of());
  }

  /** Whether the user's connection is pending. */
  public Optional<Boolean> pending(String user, String connection) {
    return Optional.ofNullable(userConnections.get(key(user, connection))).map(s -> s.pending);
  }

  // ---- what users do on IFTTT -------------------------------------------------------------

  /** The user enables the connection (with {@code skip_config}: it stays pending). */
  public void enable(String user, String connection, boolean skipConfig) {
    ObjectNode definition = definition(connection);
    userConnections.put(
        key(user, connection),
        new UserConnectionState("enabled", skipConfig, defaultFeatures(connection, definition)));
    webhooks.send("connection", "enabled", connectionEvent(user, connection, "enabled_at"));
  }

  public void disable(String user, String connection) {
    UserConnectionState state = state(user, connection);
    state.status = "disabled";
    webhooks.send("connection", "disabled", connectionEvent(user, connection, "disabled_at"));
  }

  /** A trigger of the user's feature fires with these ingredients. */
  public void fire(
      String user,
      String connection,
      String featureId,
      String triggerId,
      Map<String, String> ingredients) {
    UserConnectionState state = state(user, connection);
    if (state.pending || !"enabled".equals(state.status)) {
      return;
    }
    webhooks.send(
        "trigger_subscription",
        "fired",
        firedEvent(user, connection, featureId, triggerId, state, ingredients));
  }

  /** The id IFTTT gave the user's configuration of a feature. */
  public String userFeatureId(String user, String connection, String featureId) {
    for (JsonNode feature : state(user, connection).features) {
      if (feature.path("feature_id").asText().equals(featureId)) {
        return feature.path("id").asText();
      }
    }
    throw new IllegalStateException("user " + user + " has no feature " + featureId);
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    JsonNode body;
    try {
      body = readBody(exchange);
    } catch (IOException e) {
      exchange.close();
      return;
    }
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("IFTTT-Service-Key"),
            exchange.getRequestHeaders().getFirst("X-Request-ID"),
            body,
            exchange.getRequestURI().getRawPath()));
    Answer answer;
    try {
      answer = route(exchange, body);
    } catch (SandboxError e) {
      ObjectNode error = JSON.createObjectNode();
      error.put("type", "error").put("code", e.code).put("message", e.getMessage());
      ArrayNode details = error.putArray("details");
      e.details.forEach(d -> details.addObject().put("parameter", d[0]).put("message", d[1]));
      answer = new Answer(e.status, error);
    }
    Answer finalAnswer = answer;
    if (delay.isZero()) {
      respond(exchange, finalAnswer);
    } else {
      scheduler.schedule(
          () -> respond(exchange, finalAnswer), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void respond(HttpExchange exchange, Answer answer) {
    try (exchange) {
      byte[] bytes = answer.body == null ? new byte[0] : JSON.writeValueAsBytes(answer.body);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }

  private record Answer(int status, JsonNode body) {}

  private Answer route(HttpExchange exchange, JsonNode body) {
    String method = exchange.getRequestMethod();
    // split before decoding, as a real server routes: an encoded '/' stays inside its segment
    String[] path =
        Arrays.stream(exchange.getRequestURI().getRawPath().replaceAll("^/+|/+$", "").split("/"))
            .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
            .toArray(String[]::new);
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String key = exchange.getRequestHeaders().getFirst("IFTTT-Service-Key");
    if (key != null && !key.equals(serviceKey)) {
      throw new SandboxError(401, "unauthorized", "Invalid service key");
    }
    if (path.length < 2 || !path[0].equals("v2")) {
      throw SandboxError.notFound("Unknown path");
    }
    if (path[1].equals("me") && method.equals("GET")) {
      return new Answer(200, me(key, query.get("user_id")));
    }
    if (path[1].equals("provisional_access_code") && method.equals("POST")) {
      requireKey(key);
      String oauthCode = body.path("oauth_code").asText("");
      if (oauthCode.isBlank()) {
        throw SandboxError.invalid(List.<String[]>of(new String[] {"/oauth_code", "is required"}));
      }
      String code = UUID.randomUUID().toString();
      provisionalCodes.put(code, oauthCode);
      return new Answer(201, JSON.createObjectNode().put("provisional_access_code", code));
    }
    if (!path[1].equals("connections") || path.length < 3) {
      throw SandboxError.notFound("Unknown path");
    }
    String connection = path[2];
    ObjectNode definition = definitions.get(connection);
    if (definition == null) {
      throw SandboxError.notFound("Unknown connection id");
    }
    String user = query.getOrDefault("user_id", body.path("user_id").asText(null));
    if (path.length == 3 && method.equals("GET")) {
      return new Answer(200, show(connection, definition, key == null ? null : user));
    }
    requireKey(key);
    if (user == null || user.isBlank()) {
      throw new SandboxError(400, "invalid_request", "user_id is required");
    }
    if (path.length == 3 && method.equals("POST")) {
      return new Answer(200, legacyUpdate(user, connection, definition, body));
    }
    if (path.length == 4 && path[3].equals("user_connection") && method.equals("PUT")) {
      return new Answer(200, update(user, connection, definition, body));
    }
    if (path.length == 5 && path[3].equals("user_connection") && path[4].equals("refresh")) {
      state(user, connection);
      return new Answer(204, null);
    }
    if (path.length == 6 && path[5].equals("field_options") && method.equals("GET")) {
      ObjectNode answer = JSON.createObjectNode().put("type", "field_options");
      ObjectNode byField = answer.putObject("options");
      Map<String, List<ObjectNode>> scope = options.get(path[3] + "/" + path[4]);
      if (scope == null) {
        throw SandboxError.notFound("Unknown " + path[3] + " " + path[4]);
      }
      scope.forEach((field, values) -> values.forEach(byField.withArray(field)::add));
      return new Answer(200, answer);
    }
    if (path.length == 6 && method.equals("POST")) {
      UserConnectionState state = runnable(user, connection);
      switch (path[3] + "/" + path[5]) {
        case "triggers/test" -> {
          testTrigger(user, connection, definition, state, path[4], body);
          return new Answer(204, null);
        }
        case "queries/perform" -> {
          return new Answer(200, perform(connection, path[4], body));
        }
        case "actions/run" -> {
          run(user, connection, path[4], body);
          return new Answer(204, null);
        }
        default -> throw SandboxError.notFound("Unknown path");
      }
    }
    throw SandboxError.notFound("Unknown path");
  }

  private static void requireKey(String key) {
    if (key == null) {
      throw new SandboxError(401, "unauthorized", "This call needs IFTTT-Service-Key");
    }
  }

  private ObjectNode me(String key, String user) {
    ObjectNode me = JSON.createObjectNode().put("type", "me");
    me.put("authentication_level", key == null ? "none" : "channel");
    me.put("service_id", key == null ? null : "robot_connect");
    boolean connected =
        user != null && userConnections.keySet().stream().anyMatch(k -> k.startsWith(user + "|"));
    me.put("user_login", connected ? "ifttt_" + user : null);
    return me;
  }

  private ObjectNode show(String connection, ObjectNode definition, String user) {
    ObjectNode answer = definition.deepCopy();
    answer.put("sandbox_note", "extra keys appear at any time");
    if (user == null) {
      answer.putNull("user_status");
      return answer;
    }
    UserConnectionState state = userConnections.get(key(user, connection));
    answer.put("user_status", state == null ? "never_enabled" : state.status);
    if (state != null && "enabled".equals(state.status)) {
      answer.putObject("user_connection").set("user_features", state.features.deepCopy());
    }
    return answer;
  }

  private ObjectNode update(String user, String connection, ObjectNode definition, JsonNode body) {
    UserConnectionState state = state(user, connection);
    JsonNode features = body.path("user_features");
    List<String[]> problems = new ArrayList<>();
    ArrayNode stored = JSON.createArrayNode();
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      String at = "/user_features/" + i;
      JsonNode featureDefinition =
          find(definition.path("features"), "id", feature.path("feature_id").asText());
      if (featureDefinition == null) {
        problems.add(new String[] {at + "/feature_id", "Unknown feature"});
        continue;
      }
      ObjectNode copy = ((ObjectNode) feature).deepCopy();
      if (!copy.hasNonNull("id")) {
        copy.put("id", UUID.randomUUID().toString());
      }
      checkDropdowns(
          featureDefinition.path("fields"),
          feature.path("user_fields"),
          "features/" + featureDefinition.path("id").asText(),
          at + "/user_fields",
          problems);
      for (String kind : List.of("trigger", "query", "action")) {
        String plural = kind.equals("query") ? "queries" : kind + "s";
        JsonNode steps = feature.path("user_feature_" + plural);
        for (int k = 0; k < steps.size(); k++) {
          JsonNode step = steps.get(k);
          JsonNode stepDefinition =
              find(
                  featureDefinition.path("feature_" + plural),
                  "id",
                  step.path("feature_" + kind + "_id").asText());
          String stepAt = at + "/user_feature_" + plural + "/" + k;
          if (stepDefinition == null) {
            problems.add(
                new String[] {stepAt + "/feature_" + kind + "_id", "Unknown feature " + kind});
            continue;
          }
          if (kind.equals("trigger") && !step.hasNonNull("id")) {
            ((ObjectNode) copy.withArray("user_feature_" + plural).get(k))
                .put("id", UUID.randomUUID().toString());
          }
          String qualified =
              stepDefinition.path("service_id").asText()
                  + "."
                  + stepDefinition.path(kind + "_id").asText();
          checkDropdowns(
              stepDefinition.path("fields"),
              step.path("user_fields"),
              plural + "/" + qualified,
              stepAt + "/user_fields",
              problems);
        }
      }
      stored.add(copy);
    }
    if (!problems.isEmpty()) {
      throw SandboxError.invalid(problems);
    }
    state.features = stored;
    state.pending = false;
    webhooks.send("connection", "updated", connectionEvent(user, connection, "updated_at"));
    return show(connection, definition, user);
  }

  private void checkDropdowns(
      JsonNode fieldDefinitions,
      JsonNode userFields,
      String scope,
      String at,
      List<String[]> problems) {
    for (int j = 0; j < userFields.size(); j++) {
      JsonNode field = userFields.get(j);
      JsonNode fieldDefinition = find(fieldDefinitions, "id", field.path("field_id").asText());
      if (fieldDefinition == null) {
        problems.add(new String[] {at + "/" + j + "/field_id", "Unknown field"});
        continue;
      }
      if (fieldDefinition.path("type").asText().endsWith("COLLECTION_SELECT")) {
        JsonNode value = field.path("value");
        String chosen = value.isObject() ? value.path("value").asText() : value.asText();
        if (!allowed(scope, fieldDefinition.path("id").asText(), chosen)) {
          problems.add(
              new String[] {
                at + "/" + j + "/value",
                "Not a valid option for this field. Use the field options request to get valid options."
              });
        }
      }
    }
  }

  private boolean allowed(String scope, String field, String value) {
    List<ObjectNode> values = options.getOrDefault(scope, Map.of()).get(field);
    return values == null || values.stream().anyMatch(o -> o.path("value").asText().equals(value));
  }

  private ObjectNode legacyUpdate(
      String user, String connection, ObjectNode definition, JsonNode body) {
    UserConnectionState state = state(user, connection);
    List<String[]> problems = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!Set.of("user_id", "services").contains(name)) {
                problems.add(new String[] {"/" + name, "Only user fields can be updated"});
              }
            });
    JsonNode services = body.path("services");
    for (int s = 0; s < services.size(); s++) {
      JsonNode service = services.get(s);
      JsonNode serviceDefinition =
          find(definition.path("services"), "service_id", service.path("service_id").asText());
      if (serviceDefinition == null) {
        problems.add(new String[] {"/services/" + s + "/service_id", "Unknown service"});
        continue;
      }
      for (String plural : List.of("triggers", "queries", "actions")) {
        JsonNode steps = service.path(plural);
        for (int k = 0; k < steps.size(); k++) {
          JsonNode step = steps.get(k);
          String stepAt = "/services/" + s + "/" + plural + "/" + k;
          JsonNode stepDefinition =
              find(serviceDefinition.path(plural), "id", step.path("id").asText());
          if (stepDefinition == null) {
            problems.add(new String[] {stepAt + "/id", "Unknown step"});
            continue;
          }
          for (JsonNode userStep : step.path("user_" + plural)) {
            for (JsonNode field : userStep.path("fields")) {
              if (find(stepDefinition.path("fields"), "id", field.path("id").asText()) == null) {
                problems.add(
                    new String[] {
                      stepAt + "/fields/" + field.path("id").asText(), "Unknown field"
                    });
              } else {
                applyLegacy(
                    state,
                    definition,
                    service.path("service_id").asText(),
                    plural,
                    step.path("id").asText(),
                    field);
              }
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw SandboxError.invalid(problems);
    }
    return show(connection, definition, user);
  }

  private void applyLegacy(
      UserConnectionState state,
      ObjectNode definition,
      String serviceId,
      String plural,
      String stepId,
      JsonNode field) {
    String kind = plural.equals("queries") ? "query" : plural.substring(0, plural.length() - 1);
    for (JsonNode feature : state.features) {
      JsonNode featureDefinition =
          find(definition.path("features"), "id", feature.path("feature_id").asText());
      for (JsonNode userStep : feature.path("user_feature_" + plural)) {
        JsonNode stepDefinition =
            find(
                featureDefinition.path("feature_" + plural),
                "id",
                userStep.path("feature_" + kind + "_id").asText());
        if (stepDefinition != null
            && stepDefinition.path("service_id").asText().equals(serviceId)
            && stepDefinition.path(kind + "_id").asText().equals(stepId)) {
          ArrayNode fields = ((ObjectNode) userStep).withArray("user_fields");
          for (Iterator<JsonNode> it = fields.iterator(); it.hasNext(); ) {
            if (it.next().path("field_id").asText().equals(field.path("id").asText())) {
              it.remove();
            }
          }
          fields
              .addObject()
              .put("field_id", field.path("id").asText())
              .set("value", field.path("value"));
        }
      }
    }
  }

  private void testTrigger(
      String user,
      String connection,
      ObjectNode definition,
      UserConnectionState state,
      String triggerId,
      JsonNode body) {
    String featureId = null;
    String userFeatureId = body.path("user_feature_id").asText(null);
    for (JsonNode feature : state.features) {
      if (userFeatureId == null || feature.path("id").asText().equals(userFeatureId)) {
        featureId = feature.path("feature_id").asText();
        break;
      }
    }
    if (featureId == null) {
      throw SandboxError.notFound("Unknown user_feature_id");
    }
    ObjectNode event =
        firedEvent(
            user, connection, featureId, triggerId, state, Map.of("Condition", "test event"));
    executor.execute(() -> webhooks.send("trigger_subscription", "fired", event));
  }

  private ObjectNode perform(String connection, String queryId, JsonNode body) {
    int limit = body.path("limit").asInt(2);
    int offset = 0;
    String cursor = body.path("cursor").asText(null);
    if (cursor != null) {
      if (!cursor.startsWith("c")) {
        throw SandboxError.invalid(List.<String[]>of(new String[] {"/cursor", "Unknown cursor"}));
      }
      offset = Integer.parseInt(cursor.substring(1));
    }
    Set<String> includes = new java.util.HashSet<>();
    body.path("includes").forEach(i -> includes.add(i.asText()));
    ObjectNode answer = JSON.createObjectNode().put("type", "list");
    ArrayNode data = answer.putArray("data");
    int end = Math.min(QUERY_ITEMS, offset + Math.max(limit, 1));
    for (int i = offset; i < end; i++) {
      ObjectNode item = data.addObject();
      item.put("id", queryId + "-" + i).put("name", "Item " + i);
      if (includes.contains("versions")) {
        ObjectNode versions = item.putObject("versions").put("type", "list");
        versions.putArray("data").addObject().put("id", 1);
      } else {
        item.putObject("versions")
            .put("type", "query")
            .putObject("fields")
            .put("item_id", queryId + "-" + i);
      }
    }
    if (end < QUERY_ITEMS) {
      ObjectNode next = answer.putObject("next");
      next.set(
          "fields", body.path("fields").isObject() ? body.get("fields") : JSON.createObjectNode());
      next.put("cursor", "c" + end);
    }
    return answer;
  }

  private void run(String user, String connection, String actionId, JsonNode body) {
    JsonNode fields = body.path("fields");
    List<String[]> problems = new ArrayList<>();
    fields
        .fieldNames()
        .forEachRemaining(
            field -> {
              JsonNode value = fields.get(field);
              if (!allowed(
                  "actions/" + actionId,
                  field,
                  value.isObject() ? value.path("value").asText() : value.asText())) {
                problems.add(
                    new String[] {
                      "/fields/" + field,
                      "Not a valid option for this field. Use the field options request to get valid options."
                    });
              }
            });
    if (!problems.isEmpty()) {
      throw SandboxError.invalid(problems);
    }
    actionRuns.add(
        new ActionRun(
            user,
            actionId,
            fields.isMissingNode() ? JSON.createObjectNode() : fields,
            body.path("user_feature_id").asText(null)));
  }

  private UserConnectionState runnable(String user, String connection) {
    UserConnectionState state = state(user, connection);
    if (state.pending) {
      throw new SandboxError(
          403, "forbidden", "The user connection is pending until it is updated");
    }
    if (!"enabled".equals(state.status)) {
      throw new SandboxError(403, "forbidden", "The user has not enabled this connection");
    }
    return state;
  }

  private UserConnectionState state(String user, String connection) {
    UserConnectionState state = userConnections.get(key(user, connection));
    if (state == null) {
      throw new SandboxError(403, "forbidden", "The user has not enabled this connection");
    }
    return state;
  }

  // ---- definitions, defaults, webhook bodies ---------------------------------------------

  private ObjectNode definition(String connection) {
    ObjectNode definition = definitions.get(connection);
    if (definition == null) {
      throw new IllegalArgumentException("the sandbox has no connection " + connection);
    }
    return definition;
  }

  private void generateOptions(String connection, ObjectNode definition) {
    for (JsonNode feature : definition.path("features")) {
      addOptions("features/" + feature.path("id").asText(), feature.path("fields"));
    }
    for (JsonNode service : definition.path("services")) {
      for (String plural : List.of("triggers", "queries", "actions")) {
        for (JsonNode step : service.path(plural)) {
          addOptions(
              plural + "/" + service.path("service_id").asText() + "." + step.path("id").asText(),
              step.path("fields"));
        }
      }
    }
  }

  private void addOptions(String scope, JsonNode fields) {
    Map<String, List<ObjectNode>> byField =
        options.computeIfAbsent(scope, s -> new LinkedHashMap<>());
    for (JsonNode field : fields) {
      if (!field.path("type").asText().endsWith("COLLECTION_SELECT")) {
        continue;
      }
      String id = field.path("id").asText();
      List<ObjectNode> values = new ArrayList<>();
      JsonNode dflt = field.path("default_value");
      if (dflt.isObject() && dflt.has("value")) {
        values.add(option(dflt.path("label").asText(), dflt.path("value").asText()));
      } else if (dflt.isTextual() && !dflt.asText().isEmpty()) {
        values.add(option(dflt.asText(), dflt.asText()));
      }
      values.add(option(id + " one", id + "-1"));
      values.add(option(id + " two", id + "-2"));
      byField.put(id, values);
    }
  }

  private static ObjectNode option(String label, String value) {
    ObjectNode option = JSON.createObjectNode();
    option.put("label", label).put("value", value).putNull("group");
    return option;
  }

  private ArrayNode defaultFeatures(String connection, ObjectNode definition) {
    ArrayNode features = JSON.createArrayNode();
    for (JsonNode feature : definition.path("features")) {
      ObjectNode userFeature = features.addObject();
      userFeature.put("id", UUID.randomUUID().toString());
      userFeature.put("feature_id", feature.path("id").asText());
      userFeature.put("enabled", true);
      userFeature.set(
          "user_fields",
          defaultFields(feature.path("fields"), "features/" + feature.path("id").asText()));
      for (String kind : List.of("trigger", "query", "action")) {
        String plural = kind.equals("query") ? "queries" : kind + "s";
        ArrayNode steps = userFeature.putArray("user_feature_" + plural);
        for (JsonNode step : feature.path("feature_" + plural)) {
          ObjectNode userStep = steps.addObject();
          if (kind.equals("trigger")) {
            userStep.put("id", UUID.randomUUID().toString());
          }
          userStep.put("feature_" + kind + "_id", step.path("id").asText());
          String qualified =
              step.path("service_id").asText() + "." + step.path(kind + "_id").asText();
          userStep.set("user_fields", defaultFields(step.path("fields"), plural + "/" + qualified));
        }
      }
    }
    return features;
  }

  private ArrayNode defaultFields(JsonNode fields, String scope) {
    ArrayNode userFields = JSON.createArrayNode();
    for (JsonNode field : fields) {
      String type = field.path("type").asText();
      JsonNode value;
      if (type.endsWith("COLLECTION_SELECT")) {
        List<ObjectNode> values =
            options
                .getOrDefault(scope, Map.of())
                .getOrDefault(field.path("id").asText(), List.of());
        if (values.isEmpty()) {
          continue;
        }
        value = values.get(0);
      } else if (type.startsWith("LOCATION_")) {
        ObjectNode location = JSON.createObjectNode().put("lat", 37.783838).put("lng", -122.408433);
        if (!type.equals("LOCATION_POINT")) {
          location.put("radius", 316.2);
        }
        value = location;
      } else {
        value =
            field.path("default_value").isTextual()
                ? field.get("default_value")
                : JSON.getNodeFactory().textNode("");
      }
      ObjectNode userField = userFields.addObject();
      userField.put("field_id", field.path("id").asText());
      userField.put("field_type", type);
      userField.set("value", value);
    }
    return userFields;
  }

  private static ObjectNode connectionEvent(String user, String connection, String timestampKey) {
    ObjectNode event = JSON.createObjectNode();
    event.put("sent_at", System.currentTimeMillis());
    event
        .putObject("data")
        .put("connection_id", connection)
        .put("user_id", user)
        .put("user_timezone", "Pacific Time (US & Canada)");
    event.putObject("event_data").put(timestampKey, Long.toString(System.currentTimeMillis()));
    event.put("sandbox_" + UUID.randomUUID().toString().substring(0, 8), "random extra key");
    return event;
  }

  private static ObjectNode firedEvent(
      String user,
      String connection,
      String featureId,
      String triggerId,
      UserConnectionState state,
      Map<String, String> ingredients) {
    ObjectNode event = JSON.createObjectNode();
    event.put("sent_at", System.currentTimeMillis());
    ObjectNode data = event.putObject("data");
    data.put("user_id", user)
        .put("user_timezone", "Pacific Time (US & Canada)")
        .put("connection_id", connection);
    data.put("trigger_id", triggerId).put("feature_id", featureId);
    for (JsonNode feature : state.features) {
      if (feature.path("feature_id").asText().equals(featureId)) {
        data.put("user_feature_id", feature.path("id").asText());
        JsonNode trigger = feature.path("user_feature_triggers").path(0);
        if (trigger.hasNonNull("id")) {
          data.put("user_feature_trigger_id", trigger.path("id").asText());
        }
      }
    }
    ObjectNode ingredientsJson = event.putObject("event_data").putObject("ingredients");
    ingredients.forEach(ingredientsJson::put);
    return event;
  }

  private static JsonNode find(JsonNode array, String key, String value) {
    for (JsonNode item : array) {
      if (item.path(key).asText().equals(value)) {
        return item;
      }
    }
    return null;
  }

  private static String key(String user, String connection) {
    return user + "|" + connection;
  }

  private static JsonNode readBody(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  /** How many connection definitions are loaded. */
  public int connections() {
    return definitions.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    scheduler.shutdownNow();
  }
}
