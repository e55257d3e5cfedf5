package io.robotconnect.domain.behaviour;

import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.ServiceStep;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.robot.AnimationCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every declared feature behaviour, with the version of the declaration file they came from. {@link
 * #problems} checks them against the connections' definitions.
 */
public record BehaviourBook(int version, List<FeatureBehaviour> behaviours) {
  public static final int SUPPORTED_VERSION = 1;

  public BehaviourBook {
    if (version != SUPPORTED_VERSION) {
      throw new IllegalArgumentException(
          "behaviour file version "
              + version
              + " is not supported (expected "
              + SUPPORTED_VERSION
              + ")");
    }
    behaviours = List.copyOf(behaviours == null ? List.of() : behaviours);
  }

  public static BehaviourBook empty() {
    return new BehaviourBook(SUPPORTED_VERSION, List.of());
  }

  /** The behaviours that answer a fired trigger, in declaration order. */
  public List<FeatureBehaviour> answering(
      ConnectionId connection, String featureId, StepRef trigger) {
    return behaviours.stream().filter(b -> b.answers(connection, featureId, trigger)).toList();
  }

  /** The connections the book refers to. */
  public Set<ConnectionId> connections() {
    return Set.copyOf(behaviours.stream().map(FeatureBehaviour::connection).toList());
  }

  /**
   * What is wrong with the book given the connections' definitions; empty when it is sound.
   * Handlers named by custom steps must be among {@code customHandlers}.
   */
  public List<String> problems(
      Map<ConnectionId, Connection> definitions, Set<String> customHandlers) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < behaviours.size(); i++) {
      FeatureBehaviour behaviour = behaviours.get(i);
      String at =
          "behaviour "
              + (i + 1)
              + " ("
              + behaviour.connection()
              + "/"
              + behaviour.featureId()
              + "): ";
      Connection definition = definitions.get(behaviour.connection());
      if (definition == null) {
        problems.add(at + "no definition of connection " + behaviour.connection());
        continue;
      }
      Optional<Feature> feature = definition.feature(behaviour.featureId());
      if (feature.isEmpty()) {
        problems.add(at + "the connection has no feature " + behaviour.featureId());
        continue;
      }
      behaviour
          .trigger()
          .filter(
              t ->
                  feature.get().steps(StepKind.TRIGGER).stream()
                      .map(FeatureStep::step)
                      .noneMatch(t::equals))
          .ifPresent(t -> problems.add(at + "the feature has no trigger " + t));
      for (BehaviourStep step : behaviour.steps()) {
        stepProblems(definition, step, customHandlers).forEach(p -> problems.add(at + p));
      }
    }
    return problems;
  }

  private static List<String> stepProblems(
      Connection definition, BehaviourStep step, Set<String> customHandlers) {
    List<String> problems = new ArrayList<>();
    if (step instanceof BehaviourStep.PlayAnimation play) {
      animation(play.animationId(), problems);
    } else if (step instanceof BehaviourStep.MoveTo move) {
      move.animationId().ifPresent(a -> animation(a, problems));
    } else if (step instanceof BehaviourStep.RunAction run) {
      connectStep(definition, StepKind.ACTION, run.action(), run.fields(), problems);
    } else if (step instanceof BehaviourStep.PerformQuery query) {
      connectStep(definition, StepKind.QUERY, query.query(), query.fields(), problems);
    } else if (step instanceof BehaviourStep.Custom custom
        && !customHandlers.contains(custom.handler())) {
      problems.add("no extension is installed for custom handler " + custom.handler());
    }
    return problems;
  }

  private static void animation(String id, List<String> problems) {
    if (AnimationCatalogue.byId(id).isEmpty()) {
      problems.add("unknown animation " + id);
    }
  }

  private static void connectStep(
      Connection definition,
      StepKind kind,
      StepRef ref,
      Map<String, FieldTemplate> fields,
      List<String> problems) {
    String name = kind == StepKind.ACTION ? "action" : "query";
    Optional<ServiceStep> serviceStep = definition.serviceStep(kind, ref);
    if (serviceStep.isEmpty() || !definition.usesStep(kind, ref)) {
      problems.add("the connection has no " + name + " " + ref);
      return;
    }
    for (String field : fields.keySet()) {
      if (serviceStep.get().field(field).isEmpty()) {
        problems.add("the " + name + " " + ref + " has no field " + field);
      }
    }
  }
}
