package io.robotconnect.adapter.in.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.RestApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.PathTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptions in {@code openapi/} are valid OpenAPI 3.1, and together they describe every
 * endpoint the module's resources serve and nothing else.
 */
class OpenApiDescriptionsTest {
  /** A Jersey path parameter whose pattern is literal alternatives, e.g. {@code {a: x|y/z}}. */
  private static final Pattern ALTERNATIVES =
      Pattern.compile("\\{\\s*[A-Za-z_]+\\s*:\\s*([A-Za-z0-9_./-]+(?:\\|[A-Za-z0-9_./-]+)*)\\s*}");

  static Stream<String> names() {
    return OpenApiResource.NAMES.stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void each_description_parses_as_openapi_3_1_without_a_message(String name) {
    SwaggerParseResult result = parse(name);

    assertThat(result.getMessages()).as(name).isEmpty();
    assertThat(result.getOpenAPI().getSpecVersion()).as(name).isEqualTo(SpecVersion.V31);
    assertThat(result.getOpenAPI().getOpenapi()).as(name).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths()).as(name).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void every_operation_says_what_it_answers_with_the_request_id(String name) {
    for (Endpoint described : described(name)) {
      var responses = described.operation().getResponses();
      assertThat(responses).as("%s responses", described).isNotEmpty();
      responses.forEach(
          (status, response) ->
              assertThat(response.getHeaders())
                  .as("%s %s has X-Request-ID", described, status)
                  .containsKey("X-Request-ID"));
    }
  }

  @Test
  void every_described_endpoint_is_served_by_a_resource() {
    List<Served> served = served();
    for (String name : OpenApiResource.NAMES) {
      for (Endpoint described : described(name)) {
        assertThat(served)
            .as("a resource method serving %s (%s)", described, name)
            .anyMatch(s -> s.serves(described.method(), described.example()));
      }
    }
  }

  @Test
  void every_endpoint_a_resource_serves_is_described() {
    List<Endpoint> described = new ArrayList<>();
    OpenApiResource.NAMES.forEach(name -> described.addAll(described(name)));
    for (Served served : served()) {
      for (PathTemplate alternative : served.alternatives()) {
        assertThat(described)
            .as("a description of %s %s", served.method(), alternative.getTemplate())
            .anyMatch(
                d ->
                    d.method().equals(served.method())
                        && alternative.match(d.example(), new ArrayList<>()));
      }
    }
  }

  private static final Map<String, SwaggerParseResult> PARSED = new ConcurrentHashMap<>();

  private static SwaggerParseResult parse(String name) {
    return PARSED.computeIfAbsent(name, OpenApiDescriptionsTest::parsed);
  }

  private static SwaggerParseResult parsed(String name) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIV3Parser()
        .readContents(
            new String(OpenApiResource.read(name), StandardCharsets.UTF_8), null, options);
  }

  /** One described operation, with a concrete path of its template. */
  private record Endpoint(String method, String path, Operation operation) {
    /** The path with every parameter filled in (a dotted value suits the step ids too). */
    String example() {
      return path.replaceAll("\\{[^}]+}", "a.b");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static List<Endpoint> described(String name) {
    OpenAPI api = parse(name).getOpenAPI();
    List<Endpoint> endpoints = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            endpoints.add(new Endpoint(method.name(), path, operation))));
    return endpoints;
  }

  /** One resource method: its HTTP method and full path template. */
  private record Served(String method, String template) {
    boolean serves(String method, String path) {
      return this.method.equals(method)
          && new PathTemplate(template).match(path, new ArrayList<>());
    }

    /** The template once per literal alternative of its parameters' patterns. */
    List<PathTemplate> alternatives() {
      List<String> templates = new ArrayList<>(List.of(template));
      Matcher matcher = ALTERNATIVES.matcher(template);
      while (matcher.find()) {
        String parameter = matcher.group();
        List<String> expanded = new ArrayList<>();
        for (String choice : matcher.group(1).split("\\|")) {
          templates.forEach(t -> expanded.add(t.replace(parameter, choice)));
        }
        templates = expanded;
      }
      return templates.stream().map(PathTemplate::new).toList();
    }
  }

  /** Every resource method of the module's main classes, as Jersey models them. */
  private static List<Served> served() {
    ResourceConfig scanned = new ResourceConfig().packages(true, RestApi.class.getPackageName());
    List<Served> served = new ArrayList<>();
    scanned.getClasses().stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .filter(type -> !isTestClass(type))
        .forEach(type -> collect(Resource.from(type), "", served));
    assertThat(served).as("resource methods found").hasSizeGreaterThan(20);
    return served;
  }

  private static void collect(Resource resource, String parent, List<Served> served) {
    String path = join(parent, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      served.add(new Served(method.getHttpMethod().toUpperCase(Locale.ROOT), path));
    }
    resource.getChildResources().forEach(child -> collect(child, path, served));
  }

  private static String join(String parent, String path) {
    if (path == null || path.isEmpty()) {
      return parent;
    }
    String joined = parent.replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    return joined.replaceAll("/+$", "");
  }

  private static boolean isTestClass(Class<?> type) {
    return type.getProtectionDomain()
        .getCodeSource()
        .getLocation()
        .getPath()
        .contains("test-classes");
  }
}
