package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.TestSetup;
import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.robot.Place;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The robot's actions as IFTTT's Service API declares them, in one table: each action's slug, how
 * its {@code actionFields} become a {@link RobotAction}, and where the choices of its dropdown
 * fields come from, and the samples IFTTT's endpoint tests use. A new action is one entry in {@link
 * #ALL}, plus its slug and option fields in the two path patterns next to it (annotations need
 * constants; {@code ServiceApiActionsTest} keeps them equal to the table).
 */
final class ServiceApiActions {
  /** The slugs of {@link #ALL}, as the pattern of the action endpoints' path. */
  static final String SLUGS = "animation|move|dock";

  /** Each {@code {slug}/fields/{field}} of {@link #ALL} that has options, as a path pattern. */
  static final String OPTION_FIELDS =
      "animation/fields/action|move/fields/action|move/fields/place";

  /** Where a dropdown field's choices come from. */
  enum OptionSource {
    ANIMATIONS,
    PLACES
  }

  /**
   * One action of the Service API.
   *
   * @param parse reads the action's fields; refuses a missing or oversized value (400 for IFTTT)
   * @param options the action's dropdown fields and where their choices come from
   * @param sample field values that work, for IFTTT's endpoint tests
   * @param skippingSample field values the action must skip, when it has any
   */
  record Action(
      String slug,
      Function<ActionFields, RobotAction> parse,
      Map<String, OptionSource> options,
      Function<TestSetup, Map<String, String>> sample,
      Optional<Function<TestSetup, Map<String, String>>> skippingSample) {
    Action {
      options = Map.copyOf(options);
    }
  }

  static final List<Action> ALL =
      List.of(
          new Action(
              "animation",
              fields ->
                  new RobotAction.PlayAnimation(
                      fields.required("action", RobotAction.MAX_ANIMATION_ID_LENGTH)),
              Map.of("action", OptionSource.ANIMATIONS),
              setup -> Map.of("action", setup.animationId()),
              Optional.of(setup -> Map.of("action", setup.unknownAnimationId()))),
          new Action(
              "move",
              fields ->
                  new RobotAction.MoveToPlace(
                      fields.required("place", Place.MAX_NAME),
                      fields.optional("action", RobotAction.MAX_ANIMATION_ID_LENGTH)),
              Map.of("place", OptionSource.PLACES, "action", OptionSource.ANIMATIONS),
              setup -> Map.of("place", setup.placeName(), "action", setup.animationId()),
              Optional.of(
                  setup ->
                      Map.of("place", setup.unknownPlaceName(), "action", setup.animationId()))),
          new Action(
              "dock",
              fields -> new RobotAction.Dock(),
              Map.of(),
              setup -> Map.of(),
              Optional.empty()));

  private ServiceApiActions() {}

  /** Each action's working sample values, by slug, in table order. */
  static Map<String, Map<String, String>> samples(TestSetup setup) {
    Map<String, Map<String, String>> samples = new LinkedHashMap<>();
    ALL.forEach(action -> samples.put(action.slug(), action.sample().apply(setup)));
    return samples;
  }

  /** The sample values to be skipped, by slug, of the actions that have any. */
  static Map<String, Map<String, String>> skippingSamples(TestSetup setup) {
    Map<String, Map<String, String>> samples = new LinkedHashMap<>();
    ALL.forEach(
        action ->
            action.skippingSample().ifPresent(s -> samples.put(action.slug(), s.apply(setup))));
    return samples;
  }

  /** The action with this slug; the endpoints' path pattern lets only known slugs through. */
  static Action named(String slug) {
    return ALL.stream()
        .filter(action -> action.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no action " + slug + " in the table"));
  }

  /** Where the choices of {@code {slug}/fields/{field}} come from. */
  static OptionSource optionsOf(String slugFieldsField) {
    String[] parts = slugFieldsField.split("/fields/", 2);
    OptionSource options = parts.length == 2 ? named(parts[0]).options().get(parts[1]) : null;
    if (options == null) {
      throw new IllegalStateException("no options for " + slugFieldsField + " in the table");
    }
    return options;
  }

  /** An action's field values as text, read with IFTTT's names in the messages. */
  record ActionFields(Map<String, String> values) {
    /** A field the action needs: missing or longer than {@code max} is refused. */
    String required(String name, int max) {
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("actionFields." + name + " is required");
      }
      return TextRules.requireAtMost(value, "actionFields." + name, max);
    }

    /**
     * A field the action can do without: missing or blank is none; longer than {@code max} is
     * refused.
     */
    Optional<String> optional(String name, int max) {
      Optional<String> value = Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
      value.ifPresent(v -> TextRules.requireAtMost(v, "actionFields." + name, max));
      return value;
    }
  }
}
