package io.robotconnect.domain.connection;

/**
 * What a set of field options belongs to, as the Connect API addresses it: {@code features/{id}} or
 * {@code triggers|queries|actions/{service_id.step_id}}.
 */
public record OptionsScope(String type, String typeId) {
  public OptionsScope {
    if (!java.util.Set.of("features", "triggers", "queries", "actions").contains(type)) {
      throw new IllegalArgumentException(
          "options type must be features, triggers, queries or actions: " + type);
    }
    Ids.require(typeId, "options type id");
  }

  public static OptionsScope feature(String featureId) {
    return new OptionsScope("features", featureId);
  }

  public static OptionsScope step(StepKind kind, StepRef ref) {
    return new OptionsScope(kind.pathSegment(), ref.qualified());
  }
}
