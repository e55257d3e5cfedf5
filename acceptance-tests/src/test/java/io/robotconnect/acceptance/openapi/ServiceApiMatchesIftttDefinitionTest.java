package io.robotconnect.acceptance.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.acceptance.support.IftttServiceApiDefinition;
import io.robotconnect.acceptance.support.OpenApi30View;
import io.robotconnect.acceptance.support.OpenApiContract;
import io.robotconnect.adapter.in.rest.docs.OpenApiResource;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The project's description of the Service API ({@code openapi/service-api.yaml}) against IFTTT's
 * published definition, the file {@code ROBOTCONNECT_TEST_IFTTT_OPENAPI} names (skipped without
 * it): the same endpoints (under our prefix, with the slugs this service has), requests IFTTT sends
 * that we accept, and answers IFTTT's definition allows.
 */
@EnabledIfEnvironmentVariable(named = IftttServiceApiDefinition.VARIABLE, matches = ".*\\S.*")
class ServiceApiMatchesIftttDefinitionTest {
  /** IFTTT's endpoints a service offers only for steps or fields it has, with why ours has none. */
  private static final Map<String, String> NOT_OFFERED =
      Map.of(
          "POST /ifttt/v1/triggers/{stepSlug}/fields/{stepFieldSlug}/options",
          "the only trigger field, voice_command, is free text without options",
          "POST /ifttt/v1/triggers/{stepSlug}/fields/validate",
          "the trigger's one field is validated alone (fields/voice_command/validate)",
          "POST /ifttt/v1/queries/{stepSlug}",
          "the service has no queries",
          "POST /ifttt/v1/queries/{stepSlug}/fields/{stepFieldSlug}/options",
          "the service has no queries");

  /** Our Service API endpoints IFTTT's file lacks (it has neither deletion nor OAuth2). */
  private static final Set<String> ADDITIONS =
      Set.of(
          "DELETE /ifttt/v1/triggers/voice_command/trigger_identity/{triggerIdentity}",
          "POST /ifttt/v1/tokens",
          "GET /ifttt/authorize",
          "POST /ifttt/authorize");

  private static List<Endpoint> ifttts;
  private static List<Endpoint> ours;

  @BeforeAll
  static void parseBoth() {
    ifttts = endpoints(parse(IftttServiceApiDefinition.corrected()), "");
    ours =
        endpoints(
            parse(
                OpenApi30View.of(
                    new String(OpenApiResource.read("service-api"), StandardCharsets.UTF_8))),
            OpenApiContract.PREFIX);
    assertThat(ifttts).as("IFTTT's endpoints").hasSizeGreaterThan(5);
  }

  @Test
  void every_endpoint_of_iftts_definition_is_ours_or_needs_steps_the_service_does_not_have() {
    for (Endpoint theirs : ifttts) {
      if (NOT_OFFERED.containsKey(theirs.key())) {
        assertThat(ours).as("%s is not offered", theirs).noneMatch(theirs::matches);
      } else {
        assertThat(ours)
            .as("our %s under %s", theirs, OpenApiContract.PREFIX)
            .anyMatch(theirs::matches);
      }
    }
  }

  @Test
  void every_endpoint_of_ours_is_in_iftts_definition_or_a_known_addition() {
    for (Endpoint our : ours) {
      if (ADDITIONS.contains(our.key())) {
        assertThat(ifttts).as("%s is not in IFTTT's file", our).noneMatch(t -> t.matches(our));
      } else {
        assertThat(ifttts).as("IFTTT's %s", our).anyMatch(t -> t.matches(our));
      }
    }
  }

  @Test
  void we_require_no_field_iftt_may_leave_out_and_know_every_field_it_always_sends() {
    List<String> problems = new ArrayList<>();
    forEachPair(
        (our, theirs) -> {
          Schema<?> ourBody = json(our.operation().getRequestBody());
          Schema<?> theirBody = json(theirs.operation().getRequestBody());
          if (theirBody != null) {
            assertThat(ourBody).as("our request body of %s", our).isNotNull();
            compareRequests(ourBody, theirBody, our + " request", problems);
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void our_answers_are_answers_iftts_definition_allows() {
    List<String> problems = new ArrayList<>();
    forEachPair(
        (our, theirs) ->
            theirs
                .operation()
                .getResponses()
                .forEach(
                    (status, theirAnswer) -> {
                      ApiResponse ourAnswer = our.operation().getResponses().get(status);
                      Schema<?> theirBody = json(theirAnswer);
                      if (ourAnswer == null || theirBody == null) {
                        return;
                      }
                      Schema<?> ourBody = json(ourAnswer);
                      if (ourBody == null) {
                        problems.add(our + " " + status + ": no JSON body, IFTTT expects one");
                        return;
                      }
                      compareAnswers(ourBody, theirBody, our + " " + status, problems);
                    }));
    assertThat(problems).isEmpty();
  }

  @Test
  void each_of_ifttts_success_answers_has_ours() {
    forEachPair(
        (our, theirs) ->
            theirs.operation().getResponses().keySet().stream()
                .filter(status -> status.startsWith("2"))
                .forEach(
                    status ->
                        assertThat(our.operation().getResponses())
                            .as("%s answers %s", our, status)
                            .containsKey(status)));
  }

  /** IFTTT's request must be one we take: we require only what IFTTT always sends. */
  private static void compareRequests(
      Schema<?> ours, Schema<?> theirs, String at, List<String> problems) {
    List<String> ourRequired = Optional.ofNullable(ours.getRequired()).orElse(List.of());
    List<String> theirRequired = Optional.ofNullable(theirs.getRequired()).orElse(List.of());
    Map<String, Schema> ourProperties = properties(ours);
    Map<String, Schema> theirProperties = properties(theirs);
    for (String required : ourRequired) {
      if (!theirProperties.isEmpty() && !theirRequired.contains(required)) {
        problems.add(at + ": we require " + required + ", IFTTT may leave it out");
      }
    }
    for (String required : theirRequired) {
      if (!ourProperties.containsKey(required)) {
        problems.add(at + ": IFTTT always sends " + required + ", we do not describe it");
      }
    }
    ourProperties.forEach(
        (name, schema) -> {
          Schema<?> their = theirProperties.get(name);
          if (their != null && !properties(their).isEmpty()) {
            compareRequests(schema, their, at + "." + name, problems);
          }
        });
  }

  /** Our answer must be one IFTTT's schema allows. */
  private static void compareAnswers(
      Schema<?> ours, Schema<?> theirs, String at, List<String> problems) {
    if (ours.getOneOf() != null && theirs.getOneOf() == null) {
      for (Schema<?> alternative : ours.getOneOf()) {
        compareAnswers(alternative, theirs, at + "|", problems);
      }
      return;
    }
    String theirType = theirs.getType();
    String ourType = ours.getType();
    if (theirType != null
        && !theirType.equals(ourType)
        && !("number".equals(theirType) && "integer".equals(ourType))) {
      problems.add(at + ": we answer " + ourType + ", IFTTT expects " + theirType);
      return;
    }
    if (Boolean.TRUE.equals(ours.getNullable()) && !Boolean.TRUE.equals(theirs.getNullable())) {
      problems.add(at + ": we may answer null, IFTTT expects a value");
    }
    if (theirs.getEnum() != null && !theirs.getEnum().isEmpty()) {
      if (ours.getEnum() == null || !theirs.getEnum().containsAll(ours.getEnum())) {
        problems.add(at + ": we answer " + ours.getEnum() + ", IFTTT allows " + theirs.getEnum());
      }
    }
    for (String required : Optional.ofNullable(theirs.getRequired()).orElse(List.of())) {
      if (ours.getRequired() == null || !ours.getRequired().contains(required)) {
        problems.add(at + ": IFTTT needs " + required + ", we may leave it out");
      }
    }
    Map<String, Schema> theirProperties = properties(theirs);
    properties(ours)
        .forEach(
            (name, schema) -> {
              Schema<?> their = theirProperties.get(name);
              if (their != null) {
                compareAnswers(schema, their, at + "." + name, problems);
              } else if (Boolean.FALSE.equals(theirs.getAdditionalProperties())) {
                problems.add(at + ": IFTTT allows no " + name);
              } else if (theirs.getAdditionalProperties() instanceof Schema<?> additional) {
                compareAnswers(schema, additional, at + "." + name, problems);
              }
            });
    if (ours.getItems() != null && theirs.getItems() != null) {
      compareAnswers(ours.getItems(), theirs.getItems(), at + "[]", problems);
    }
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> properties(Schema<?> schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  private interface PairAction {
    void accept(Endpoint ours, Endpoint theirs);
  }

  /** Each of our endpoints with IFTTT's that it implements. */
  private static void forEachPair(PairAction action) {
    int pairs = 0;
    for (Endpoint our : ours) {
      for (Endpoint theirs : ifttts) {
        if (theirs.matches(our)) {
          action.accept(our, theirs);
          pairs++;
        }
      }
    }
    assertThat(pairs).as("endpoints in both").isGreaterThan(5);
  }

  private static Schema<?> json(RequestBody body) {
    return body == null ? null : json(body.getContent());
  }

  private static Schema<?> json(ApiResponse answer) {
    return json(answer.getContent());
  }

  private static Schema<?> json(io.swagger.v3.oas.models.media.Content content) {
    if (content == null) {
      return null;
    }
    MediaType json = content.get("application/json");
    return json == null ? null : json.getSchema();
  }

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return Objects.requireNonNull(
        new OpenAPIParser().readContents(text, null, options).getOpenAPI(), "not OpenAPI");
  }

  /** An operation, with its path relative to the prefix. */
  private record Endpoint(String method, String path, Operation operation) {
    String key() {
      return method + " " + path;
    }

    /** Whether this endpoint's template covers the other's path, parameters matching anything. */
    boolean matches(Endpoint other) {
      return method.equals(other.method())
          && other
              .path()
              .replaceAll("\\{[^}]+}", "x")
              .matches(path.replaceAll("\\{[^}]+}", "[^/]+"));
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private static List<Endpoint> endpoints(OpenAPI api, String prefix) {
    List<Endpoint> endpoints = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              assertThat(path).startsWith(prefix);
              item.readOperationsMap()
                  .forEach(
                      (method, operation) ->
                          endpoints.add(
                              new Endpoint(
                                  method.name(), path.substring(prefix.length()), operation)));
            });
    return endpoints;
  }
}
