package io.robotconnect.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.out.connect.ConnectionDefinitions;
import io.robotconnect.domain.behaviour.BehaviourBook;
import io.robotconnect.domain.behaviour.BehaviourStep;
import io.robotconnect.domain.behaviour.FeatureBehaviour;
import io.robotconnect.domain.behaviour.FieldTemplate;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned declaration of feature behaviours (YAML) with the connection definitions it refers
 * to, read at start-up and checked against those definitions.
 */
final class BehaviourFile {
  static final String DEFAULT_RESOURCE = "connections/behaviours.yaml";
  private static final ObjectMapper YAML = JsonMapping.yaml();

  /** The book and the bundled definitions of the connections it names. */
  record Loaded(BehaviourBook book, Map<ConnectionId, Connection> definitions) {}

  /** Where the file and the definitions next to it are read from. */
  interface Source {
    String name();

    String read(String relative) throws IOException;
  }

  private BehaviourFile() {}

  static Source classpath(String resource) {
    String dir = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
    String file = resource.substring(dir.length());
    return new Source() {
      @Override
      public String name() {
        return "classpath:" + resource;
      }

      @Override
      public String read(String relative) throws IOException {
        String path = dir + (relative == null ? file : relative);
        try (InputStream in = BehaviourFile.class.getClassLoader().getResourceAsStream(path)) {
          if (in == null) {
            throw new IOException("no resource " + path);
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    };
  }

  static Source file(Path path) {
    return new Source() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public String read(String relative) throws IOException {
        Path target = relative == null ? path : path.toAbsolutePath().getParent().resolve(relative);
        return Files.readString(target);
      }
    };
  }

  /**
   * Reads and checks the file; {@code connectionDefinitions} reads the connection definitions it
   * names.
   *
   * @throws IllegalArgumentException naming every problem found
   */
  static Loaded load(
      Source source, Set<String> customHandlers, ConnectionDefinitions connectionDefinitions) {
    JsonNode root;
    try {
      root = YAML.readTree(source.read(null));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source.name() + " is not a YAML mapping");
    }
    Map<ConnectionId, Connection> definitions = new LinkedHashMap<>();
    List<FeatureBehaviour> behaviours = new ArrayList<>();
    for (JsonNode connection : root.path("connections")) {
      ConnectionId id = new ConnectionId(text(connection, "connection_id"));
      String definitionFile = text(connection, "definition");
      try {
        Connection definition = connectionDefinitions.read(source.read(definitionFile));
        if (!definition.id().equals(id)) {
          throw new IllegalArgumentException(
              definitionFile + " defines connection " + definition.id() + ", not " + id);
        }
        definitions.put(id, definition);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read the definition " + definitionFile + ": " + e.getMessage(), e);
      }
      for (JsonNode feature : connection.path("features")) {
        behaviours.add(
            new FeatureBehaviour(
                id,
                text(feature, "feature_id"),
                optionalText(feature, "trigger").map(StepRef::parse),
                steps(feature.path("steps"))));
      }
    }
    BehaviourBook book = new BehaviourBook(root.path("version").asInt(0), behaviours);
    List<String> problems = book.problems(definitions, customHandlers);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          source.name() + " does not fit the connections: " + String.join("; ", problems));
    }
    return new Loaded(book, definitions);
  }

  private static List<BehaviourStep> steps(JsonNode steps) {
    List<BehaviourStep> result = new ArrayList<>();
    for (JsonNode step : steps) {
      if (step.has("robot")) {
        result.add(robotStep(step.get("robot")));
      } else if (step.has("action")) {
        JsonNode action = step.get("action");
        result.add(
            new BehaviourStep.RunAction(StepRef.parse(text(action, "id")), templates(action)));
      } else if (step.has("query")) {
        JsonNode query = step.get("query");
        result.add(
            new BehaviourStep.PerformQuery(
                StepRef.parse(text(query, "id")),
                templates(query),
                query.has("limit") ? Optional.of(query.get("limit").asInt()) : Optional.empty()));
      } else if (step.has("custom")) {
        result.add(new BehaviourStep.Custom(step.get("custom").asText()));
      } else {
        throw new IllegalArgumentException(
            "a step must be one of robot, action, query or custom: " + step);
      }
    }
    return result;
  }

  private static BehaviourStep robotStep(JsonNode robot) {
    if (robot.has("move_to")) {
      return new BehaviourStep.MoveTo(
          new FieldTemplate(robot.get("move_to").asText()), optionalText(robot, "animation"));
    }
    if (robot.path("dock").asBoolean(false)) {
      return new BehaviourStep.Dock();
    }
    if (robot.has("animation")) {
      return new BehaviourStep.PlayAnimation(robot.get("animation").asText());
    }
    throw new IllegalArgumentException(
        "a robot step needs animation, move_to (with an optional animation) or dock: " + robot);
  }

  private static Map<String, FieldTemplate> templates(JsonNode step) {
    Map<String, FieldTemplate> fields = new LinkedHashMap<>();
    step.path("fields")
        .fields()
        .forEachRemaining(e -> fields.put(e.getKey(), new FieldTemplate(e.getValue().asText())));
    return fields;
  }

  private static String text(JsonNode node, String field) {
    return optionalText(node, field)
        .orElseThrow(() -> new IllegalArgumentException(field + " is required in " + node));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }
}
