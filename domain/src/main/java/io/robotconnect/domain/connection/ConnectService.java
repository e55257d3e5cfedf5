package io.robotconnect.domain.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A service taking part in a connection, with the steps the connection may use. */
public record ConnectService(
    String serviceId, ServiceBranding branding, boolean primary, List<ServiceStep> steps) {
  public ConnectService {
    Ids.require(serviceId, "service id");
    Objects.requireNonNull(branding, "branding");
    steps = List.copyOf(steps == null ? List.of() : steps);
    for (StepKind kind : StepKind.values()) {
      Ids.requireUnique(
          steps.stream().filter(s -> s.kind() == kind).toList(),
          ServiceStep::id,
          kind.name().toLowerCase(java.util.Locale.ROOT) + " of service " + serviceId);
    }
  }

  public List<ServiceStep> steps(StepKind kind) {
    List<ServiceStep> result = new ArrayList<>();
    for (ServiceStep step : steps) {
      if (step.kind() == kind) {
        result.add(step);
      }
    }
    return List.copyOf(result);
  }

  public Optional<ServiceStep> step(StepKind kind, String stepId) {
    return steps.stream().filter(s -> s.kind() == kind && s.id().equals(stepId)).findFirst();
  }

  /** How IFTTT presents the service; all optional. */
  public record ServiceBranding(
      Optional<String> name,
      Optional<String> shortName,
      Optional<String> monochromeIconUrl,
      Optional<String> colorIconUrl,
      Optional<String> brandColor,
      Optional<String> url) {
    public ServiceBranding {
      name = name == null ? Optional.empty() : name;
      shortName = shortName == null ? Optional.empty() : shortName;
      monochromeIconUrl = monochromeIconUrl == null ? Optional.empty() : monochromeIconUrl;
      colorIconUrl = colorIconUrl == null ? Optional.empty() : colorIconUrl;
      brandColor = brandColor == null ? Optional.empty() : brandColor;
      url = url == null ? Optional.empty() : url;
    }

    public static ServiceBranding none() {
      return new ServiceBranding(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
  }
}
