package io.robotconnect.acceptance.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.ErrorFamily;
import io.robotconnect.adapter.in.rest.docs.OpenApiResource;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks answers of the running application against OpenAPI descriptions.
 *
 * <p>{@link #check}: every answer against the project's own descriptions, the {@code
 * openapi/*.yaml} the application serves (read from the adapters-rest jar): the answer of a
 * described operation must be one it describes (status, headers, body); any other answer (an
 * unknown path, a method the path does not take, a path that is not valid percent-encoding) must be
 * the error of the path's family with a status the HTTP edge or Jersey gives such requests.
 *
 * <p>{@link #checkAgainstIftttDefinition}: Service API answers against IFTTT's own published
 * definition, when {@value IftttServiceApiDefinition#VARIABLE} names it; without the variable that
 * check is skipped with one warning, so that a clone with nothing beside it stands alone.
 */
public final class OpenApiContract {
  public static final String PREFIX = ApiPrefix.DEFAULT;
  private static final ApiPrefix DEFAULT_PREFIX = new ApiPrefix(PREFIX);
  private static final Logger LOG = LoggerFactory.getLogger(OpenApiContract.class);
  private static final String PATH_MISSING = "validation.request.path.missing";
  private static final String METHOD_NOT_ALLOWED = "validation.request.operation.notAllowed";

  /** What the HTTP edge answers whatever the path: bad encoding, timeout, size, encoding. */
  private static final Set<Integer> EDGE_STATUSES = Set.of(400, 408, 413, 415);

  private static OpenApiInteractionValidator iftttValidator;
  private static boolean warned;

  private OpenApiContract() {}

  /** Fails when the answer breaks the project's own description of its endpoint. */
  public static void check(HttpResponse<String> response) {
    check(
        response.request().method(),
        response.request().uri().getRawPath(),
        response.statusCode(),
        response.headers().map(),
        response.body());
  }

  /**
   * Fails when the answer breaks the project's own description of its endpoint.
   *
   * @param rawPath the path as sent, still percent-encoded, without the query
   */
  public static void check(
      String method, String rawPath, int status, Map<String, List<String>> headers, String body) {
    Answer answer = new Answer(method, rawPath, status, headers, body == null ? "" : body);
    if (answer.isGrizzlysOwnRefusal()) {
      // Grizzly answers a request line or headers it cannot parse itself, without a body: a
      // known limit (docs/robustness.md), outside what the application describes
      return;
    }
    if (!isPercentEncodedUtf8(rawPath)) {
      answer.isUndescribedError(Set.of(400));
      return;
    }
    boolean pathKnown = false;
    for (Description description : Descriptions.ALL) {
      ValidationReport report = description.validate(answer);
      if (has(report, PATH_MISSING)) {
        continue;
      }
      if (has(report, METHOD_NOT_ALLOWED)) {
        pathKnown = true;
        continue;
      }
      if (report.hasErrors()) {
        throw answer.mismatch(description.name() + ".yaml", report);
      }
      return;
    }
    answer.isUndescribedError(pathKnown ? Set.of(405) : Set.of(404));
  }

  /** Fails when the Service API answer breaks IFTTT's definition (when the variable names it). */
  public static void checkAgainstIftttDefinition(
      String method, String path, HttpResponse<String> response) {
    if (!path.startsWith(PREFIX + "/ifttt/v1/")) {
      throw new IllegalArgumentException("not a Service API path: " + path);
    }
    if (!iftttDefinitionIsNamed()) {
      return;
    }
    Answer answer =
        new Answer(method, path, response.statusCode(), response.headers().map(), response.body());
    ValidationReport report =
        iftttValidator()
            .validateResponse(
                path.substring(PREFIX.length()), Request.Method.valueOf(method), answer.toModel());
    if (report.hasErrors()) {
      throw answer.mismatch("IFTTT's Service API definition", report);
    }
  }

  private static synchronized boolean iftttDefinitionIsNamed() {
    if (IftttServiceApiDefinition.file().isPresent()) {
      return true;
    }
    if (!warned) {
      warned = true;
      LOG.warn(
          "{} is not set: responses are NOT checked against IFTTT's Service API definition",
          IftttServiceApiDefinition.VARIABLE);
    }
    return false;
  }

  private static synchronized OpenApiInteractionValidator iftttValidator() {
    if (iftttValidator == null) {
      iftttValidator =
          OpenApiInteractionValidator.createForInlineApiSpecification(
                  IftttServiceApiDefinition.corrected())
              .build();
    }
    return iftttValidator;
  }

  private static boolean has(ValidationReport report, String key) {
    return report.getMessages().stream().anyMatch(m -> key.equals(m.getKey()));
  }

  /** What the HTTP edge accepts in a path: every {@code %} starts the hex of UTF-8 bytes. */
  static boolean isPercentEncodedUtf8(String rawPath) {
    ByteBuffer bytes = ByteBuffer.allocate(rawPath.length() * 4);
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c != '%') {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= rawPath.length()
          || Character.digit(rawPath.charAt(i + 1), 16) < 0
          || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
        return false;
      }
      bytes.put((byte) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
      i += 2;
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** One answer as the validator sees it. */
  private record Answer(
      String method, String path, int status, Map<String, List<String>> headers, String body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    boolean isGrizzlysOwnRefusal() {
      return status == 400 && body.isEmpty() && header("Content-Type") == null;
    }

    SimpleResponse toModel() {
      SimpleResponse.Builder model = SimpleResponse.Builder.status(status);
      headers.forEach(
          (name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
              model.withHeader(name, values);
            }
          });
      String type = header("Content-Type");
      if (type != null) {
        model.withContentType(type.replace(" ", ""));
      }
      if (!body.isEmpty()) {
        model.withBody(body);
      }
      return model.build();
    }

    /** No description has this method and path: it must be the family's error. */
    void isUndescribedError(Set<Integer> statuses) {
      Set<Integer> expected = new java.util.HashSet<>(EDGE_STATUSES);
      expected.addAll(statuses);
      String type = header("Content-Type");
      if (!expected.contains(status)
          || type == null
          || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        throw new AssertionError(
            String.format(
                "%s %s is described by no description: the answer must be an error %s in JSON,"
                    + " not %d %s: %s",
                method, abbreviated(path), expected, status, type, abbreviated(body)));
      }
      ErrorFamily family = ErrorFamily.of(method, path, DEFAULT_PREFIX);
      ValidationReport report = Descriptions.errorSchemaOf(family).validate(body);
      if (report.hasErrors()) {
        throw mismatch("the " + family + " error body", report);
      }
    }

    AssertionError mismatch(String what, ValidationReport report) {
      return new AssertionError(
          method
              + " "
              + abbreviated(path)
              + " answered "
              + status
              + " what "
              + what
              + " does not allow:\n"
              + report.getMessages()
              + "\nbody: "
              + abbreviated(body));
    }

    private static String abbreviated(String body) {
      return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
  }

  /** One of the project's descriptions, loaded once. */
  private record Description(String name, OpenApiInteractionValidator validator, OpenAPI model) {
    static Description load(String name) {
      String view =
          OpenApi30View.of(new String(OpenApiResource.read(name), StandardCharsets.UTF_8));
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      OpenAPI model = new OpenAPIParser().readContents(view, null, options).getOpenAPI();
      return new Description(
          name, OpenApiInteractionValidator.createForInlineApiSpecification(view).build(), model);
    }

    ValidationReport validate(Answer answer) {
      return validator.validateResponse(
          answer.path(), Request.Method.valueOf(answer.method()), answer.toModel());
    }

    ErrorSchema errorSchema(String schema) {
      Schema<?> found = model.getComponents().getSchemas().get(schema);
      if (found == null) {
        throw new IllegalStateException(name + ".yaml has no schema " + schema);
      }
      return new ErrorSchema(new SchemaValidator(model, new MessageResolver()), found);
    }
  }

  /** An error body's schema, for answers no description has an operation for. */
  private record ErrorSchema(SchemaValidator validator, Schema<?> schema) {
    ValidationReport validate(String body) {
      return validator.validate(body, schema, "response.body");
    }
  }

  /** The descriptions, loaded when first used. */
  private static final class Descriptions {
    static final List<Description> ALL = loadAll();
    private static final ErrorSchema IFTTT = byName("service-api").errorSchema("IftttErrors");
    private static final ErrorSchema OAUTH = byName("service-api").errorSchema("OAuthError");
    private static final ErrorSchema PLATFORM = byName("owner-api").errorSchema("PlatformError");

    static ErrorSchema errorSchemaOf(ErrorFamily family) {
      return switch (family) {
        case IFTTT -> IFTTT;
        case OAUTH -> OAUTH;
        case PLATFORM -> PLATFORM;
      };
    }

    private static List<Description> loadAll() {
      List<Description> all = new ArrayList<>();
      OpenApiResource.NAMES.forEach(name -> all.add(Description.load(name)));
      return List.copyOf(all);
    }

    private static Description byName(String name) {
      return ALL.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
  }
}
