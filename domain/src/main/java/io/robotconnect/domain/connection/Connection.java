package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IFTTT connection as the company set it up: the services it combines and the features it
 * offers. Every feature step must refer to a step one of the services offers.
 */
public record Connection(
    ConnectionId id,
    String name,
    String description,
    Optional<String> url,
    Optional<Long> enabledCount,
    List<ConnectService> services,
    List<Feature> features,
    List<ValueProposition> valuePropositions) {
  public Connection {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    url = url == null ? Optional.empty() : url;
    enabledCount = enabledCount == null ? Optional.empty() : enabledCount;
    services = List.copyOf(services == null ? List.of() : services);
    features = List.copyOf(features == null ? List.of() : features);
    valuePropositions = List.copyOf(valuePropositions == null ? List.of() : valuePropositions);
    Ids.requireUnique(services, ConnectService::serviceId, "service");
    Ids.requireUnique(features, Feature::id, "feature");
    for (Feature feature : features) {
      for (FeatureStep step : feature.steps()) {
        if (serviceStep(services, step.kind(), step.step()).isEmpty()) {
          throw new IllegalArgumentException(
              "feature "
                  + feature.id()
                  + " refers to "
                  + step.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + step.step()
                  + " that no service of the connection offers");
        }
      }
    }
  }

  public Optional<Feature> feature(String featureId) {
    return features.stream().filter(f -> f.id().equals(featureId)).findFirst();
  }

  public Optional<ConnectService> service(String serviceId) {
    return services.stream().filter(s -> s.serviceId().equals(serviceId)).findFirst();
  }

  /** The service step named {@code service_id.step_id}, if the connection offers it. */
  public Optional<ServiceStep> serviceStep(StepKind kind, StepRef ref) {
    return serviceStep(services, kind, ref);
  }

  /** Whether some feature of the connection uses this service step. */
  public boolean usesStep(StepKind kind, StepRef ref) {
    return features.stream()
        .flatMap(f -> f.steps(kind).stream())
        .anyMatch(s -> s.step().equals(ref));
  }

  private static Optional<ServiceStep> serviceStep(
      List<ConnectService> services, StepKind kind, StepRef ref) {
    return services.stream()
        .filter(s -> s.serviceId().equals(ref.serviceId()))
        .findFirst()
        .flatMap(s -> s.step(kind, ref.stepId()));
  }

  /** A selling point shown with the connection. */
  public record ValueProposition(String description, Optional<String> iconUrl) {
    public ValueProposition {
      description = description == null ? "" : description;
      iconUrl = iconUrl == null ? Optional.empty() : iconUrl;
    }
  }
}
