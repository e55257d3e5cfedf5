package io.robotconnect.acceptance.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks responses against IFTTT's own published definition of the Service API, the file that
 * {@code ROBOTCONNECT_TEST_IFTTT_OPENAPI} names ({@code .ci/run} names IFTTT's file when the
 * machine has it); without the variable the checks are skipped with one warning, so that a clone
 * with nothing beside it stands alone. The file's known quirks are corrected first: its paths have
 * no prefix (ours live under {@code /third-party}), and it declares ingredients and field values as
 * objects although IFTTT sends and expects strings.
 */
public final class OpenApiContract {
  public static final String PREFIX = "/third-party";
  private static final String DEFINITION_VARIABLE = "ROBOTCONNECT_TEST_IFTTT_OPENAPI";
  private static final Logger LOG = LoggerFactory.getLogger(OpenApiContract.class);
  private static OpenApiInteractionValidator validator;
  private static boolean warned;

  private OpenApiContract() {}

  /** Fails with the validator's messages when the response breaks IFTTT's definition. */
  public static void check(String method, String path, HttpResponse<String> response) {
    if (!path.startsWith(PREFIX + "/ifttt/v1/")) {
      throw new IllegalArgumentException("not a Service API path: " + path);
    }
    if (definitionFile().isEmpty()) {
      return;
    }
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response
        .headers()
        .firstValue("Content-Type")
        .ifPresent(type -> answer.withContentType(type.replace(" ", "")));
    ValidationReport report =
        validator()
            .validateResponse(
                path.substring(PREFIX.length()), Request.Method.valueOf(method), answer.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          method
              + " "
              + path
              + " answered what IFTTT's Service API definition does not allow:\n"
              + report.getMessages()
              + "\nbody: "
              + response.body());
    }
  }

  private static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator =
          OpenApiInteractionValidator.createForInlineApiSpecification(correctedDefinition())
              .build();
    }
    return validator;
  }

  /** The file {@code ROBOTCONNECT_TEST_IFTTT_OPENAPI} names; empty (warned once) when unset. */
  private static synchronized Optional<Path> definitionFile() {
    String named = System.getenv(DEFINITION_VARIABLE);
    if (named == null || named.isBlank()) {
      if (!warned) {
        warned = true;
        LOG.warn(
            "{} is not set: responses are NOT checked against IFTTT's Service API definition",
            DEFINITION_VARIABLE);
      }
      return Optional.empty();
    }
    Path file = Path.of(named);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(DEFINITION_VARIABLE + " names no file: " + named);
    }
    return Optional.of(file);
  }

  private static String correctedDefinition() {
    Path file = definitionFile().orElseThrow();
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
      ObjectNode definition = (ObjectNode) yaml.readTree(Files.readString(file));
      ObjectNode schemas = (ObjectNode) definition.path("components").path("schemas");
      ObjectNode textOrLocation =
          yaml.createObjectNode()
              .put("description", "a string, or a Location object, as IFTTT really sends");
      ((ObjectNode) schemas.path("TriggerEvent")).set("additionalProperties", textOrLocation);
      ((ObjectNode) schemas.path("StepFields")).set("additionalProperties", textOrLocation);
      ((ObjectNode) schemas.path("QueryRow")).set("additionalProperties", textOrLocation);
      return yaml.writeValueAsString(definition);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read IFTTT's definition at " + file, e);
    }
  }
}
