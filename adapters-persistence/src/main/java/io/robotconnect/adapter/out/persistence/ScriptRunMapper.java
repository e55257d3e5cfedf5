package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptReplay.Journaled;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Script runs and their calls between rows and the port's records. The JSON columns (bodies, and a
 * record's warnings, calls and console) are written and read with a copy of the platform's mapper.
 */
final class ScriptRunMapper {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final ObjectMapper json;

  /**
   * @param platformMapper the platform's mapper, copied to keep null members of objects: a replayed
   *     answer must be the answer the script saw ({@code cursor: null} is not a missing cursor)
   */
  ScriptRunMapper(ObjectMapper platformMapper) {
    this.json =
        platformMapper
            .copy()
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
  }

  ScriptRunEntity toEntity(ScriptRunStart start) {
    ScriptRunEntity entity = new ScriptRunEntity();
    entity.id = start.id();
    entity.connectionId = start.connectionId().value();
    entity.featureId = start.featureId();
    entity.ownerId = start.owner().value();
    entity.userFeatureId = start.userFeatureId().orElse(null);
    entity.firedEventId = start.firedEventId();
    entity.startedAt = start.startedAt();
    entity.replayNow = start.now();
    entity.randomSeed = start.randomSeed();
    return entity;
  }

  ScriptRunStart toStart(ScriptRunEntity entity) {
    return new ScriptRunStart(
        entity.id,
        new ConnectionId(entity.connectionId),
        entity.featureId,
        new OwnerId(entity.ownerId),
        Optional.ofNullable(entity.userFeatureId),
        entity.firedEventId,
        entity.startedAt,
        entity.replayNow,
        entity.randomSeed);
  }

  ScriptRunCallEntity toEntity(UUID runId, ScriptCall call) {
    ScriptRunCallEntity entity = new ScriptRunCallEntity();
    entity.runId = runId;
    entity.sequence = call.sequence();
    entity.function = call.function().jsName();
    entity.stepId = call.id().qualified();
    entity.body = call.body().map(this::write).orElse(null);
    return entity;
  }

  /** The call as the journal holds it: answered, unreachable, or in doubt (sent, no result). */
  Journaled toJournaled(ScriptRunCallEntity entity) {
    ScriptFunction function = ScriptFunction.ofJsName(entity.function);
    StepRef id = StepRef.parse(entity.stepId);
    if (entity.statusCode != null) {
      Object body = entity.responseBody == null ? null : read(entity.responseBody, Object.class);
      return new Journaled.Answered(function, id, new ScriptCallResponse(entity.statusCode, body));
    }
    if (entity.unreachableMessage != null) {
      return new Journaled.Unreachable(function, id, entity.unreachableMessage);
    }
    return new Journaled.InDoubt(function, id);
  }

  /** The answer's body as stored: null when it had none. */
  String responseBody(ScriptCallResponse response) {
    return response.responseBody() == null ? null : write(response.responseBody());
  }

  /** Sets the record's columns of the result on a detached row, for its update. */
  void writeResult(ScriptResult result, ScriptRunEntity row) {
    row.outcome = result.outcome().code();
    if (result.outcome() instanceof ScriptOutcome.Failed failed) {
      row.errorMessage = failed.message();
      row.errorLine = failed.line().orElse(null);
    }
    if (result.outcome() instanceof ScriptOutcome.LimitExceeded exceeded) {
      row.exceededLimit = exceeded.which().name();
    }
    row.warnings = write(result.warnings());
    row.console = write(result.console());
    ArrayNode calls = json.createArrayNode();
    for (ScriptCallRecord call : result.calls()) {
      ObjectNode node = calls.addObject();
      node.put("sequence", call.sequence());
      node.put("function", call.function().jsName());
      node.put("id", call.id().qualified());
      call.statusCode().ifPresent(status -> node.put("status_code", status));
      node.put("duration_nanos", call.duration().toNanos());
      node.put("replayed", call.replayed());
    }
    row.calls = write(calls);
    row.durationNanos = result.duration().toNanos();
  }

  ScriptResult toResult(ScriptRunEntity entity) {
    List<ScriptCallRecord> calls = new ArrayList<>();
    for (JsonNode node : read(entity.calls, JsonNode.class)) {
      calls.add(
          new ScriptCallRecord(
              node.get("sequence").intValue(),
              ScriptFunction.ofJsName(node.get("function").textValue()),
              StepRef.parse(node.get("id").textValue()),
              node.hasNonNull("status_code")
                  ? Optional.of(node.get("status_code").intValue())
                  : Optional.empty(),
              Duration.ofNanos(node.get("duration_nanos").longValue()),
              node.get("replayed").booleanValue()));
    }
    return new ScriptResult(
        outcome(entity),
        readStrings(entity.warnings),
        calls,
        readStrings(entity.console),
        Duration.ofNanos(entity.durationNanos));
  }

  private static ScriptOutcome outcome(ScriptRunEntity entity) {
    return switch (entity.outcome) {
      case "succeeded" -> new ScriptOutcome.Succeeded();
      case "failed" ->
          new ScriptOutcome.Failed(entity.errorMessage, Optional.ofNullable(entity.errorLine));
      case "timed_out" -> new ScriptOutcome.TimedOut();
      case "limit_exceeded" ->
          new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.valueOf(entity.exceededLimit));
      default ->
          throw new IllegalStateException(
              "run " + entity.id + " has an unknown outcome " + entity.outcome);
    };
  }

  private List<String> readStrings(String text) {
    return read(text, STRINGS);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("a JSON tree is always JSON", e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored script-run JSON is not readable", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored script-run JSON is not readable", e);
    }
  }
}
