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

/**
 * Checks responses against IFTTT's own definition of the Service API ({@code
 * shared/ifttt/service-api.yaml}), after correcting the file's known quirks (see its README): its
 * paths have no prefix (ours live under {@code /third-party}), and it declares ingredients and
 * field values as objects although IFTTT sends and expects strings.
 */
public final class OpenApiContract {
  public static final String PREFIX = "/third-party";
  private static OpenApiInteractionValidator validator;

  private OpenApiContract() {}

  /** Fails with the validator's messages when the response breaks IFTTT's definition. */
  public static void check(String method, String path, HttpResponse<String> response) {
    if (!path.startsWith(PREFIX + "/ifttt/v1/")) {
      throw new IllegalArgumentException("not a Service API path: " + path);
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

  /**
   * {@code shared.dir} is {@code ../shared} from the repository root; a checkout elsewhere (a git
   * worktree, say) finds the shared folder in an enclosing directory instead.
   */
  private static Path definitionFile(Path shared) {
    Path wanted = shared.resolve("ifttt").resolve("service-api.yaml");
    for (Path dir = shared.getParent();
        !Files.exists(wanted) && dir != null;
        dir = dir.getParent()) {
      wanted = dir.resolve("shared").resolve("ifttt").resolve("service-api.yaml");
    }
    return wanted;
  }

  private static String correctedDefinition() {
    String shared = System.getProperty("shared.dir");
    if (shared == null) {
      throw new IllegalStateException(
          "system property shared.dir is not set (the acceptance-tests pom sets it)");
    }
    Path file = definitionFile(Path.of(shared).toAbsolutePath().normalize());
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
