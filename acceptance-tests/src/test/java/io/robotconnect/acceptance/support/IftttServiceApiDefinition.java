package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * IFTTT's own published definition of the Service API, the file {@value #VARIABLE} names ({@code
 * .ci/run} names IFTTT's file when the machine has it); a clone with nothing beside it has none.
 */
public final class IftttServiceApiDefinition {
  public static final String VARIABLE = "ROBOTCONNECT_TEST_IFTTT_OPENAPI";

  private IftttServiceApiDefinition() {}

  /** The file the variable names; empty when it is unset; a name of no file is a mistake. */
  public static Optional<Path> file() {
    String named = System.getenv(VARIABLE);
    if (named == null || named.isBlank()) {
      return Optional.empty();
    }
    Path file = Path.of(named);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(VARIABLE + " names no file: " + named);
    }
    return Optional.of(file);
  }

  /** The file as IFTTT publishes it. */
  public static String published() {
    Path file = file().orElseThrow(() -> new IllegalStateException(VARIABLE + " is not set"));
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read IFTTT's definition at " + file, e);
    }
  }

  /**
   * The file with its known quirk corrected: it declares ingredients and field values as objects
   * although IFTTT sends and expects strings (or a Location object). Its paths have no prefix (ours
   * live under {@code /third-party}); callers strip it.
   */
  public static String corrected() {
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
      ObjectNode definition = (ObjectNode) yaml.readTree(published());
      ObjectNode schemas = (ObjectNode) definition.path("components").path("schemas");
      ObjectNode textOrLocation =
          yaml.createObjectNode()
              .put("description", "a string, or a Location object, as IFTTT really sends");
      ((ObjectNode) schemas.path("TriggerEvent")).set("additionalProperties", textOrLocation);
      ((ObjectNode) schemas.path("StepFields")).set("additionalProperties", textOrLocation);
      ((ObjectNode) schemas.path("QueryRow")).set("additionalProperties", textOrLocation);
      return yaml.writeValueAsString(definition);
    } catch (IOException e) {
      throw new UncheckedIOException("IFTTT's definition is not YAML", e);
    }
  }
}
