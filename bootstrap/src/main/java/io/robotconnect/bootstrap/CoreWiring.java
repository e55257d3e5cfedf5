package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.service.ReadinessService;
import java.time.Instant;

/** The service key, the API prefix, the clock and readiness. */
public final class CoreWiring {
  private CoreWiring() {}

  /** What the core step provides to the later steps and the REST resources. */
  public record Provided(
      ApiPrefix apiPrefix,
      ServiceKey serviceKey,
      ClockPort clock,
      CheckReadinessUseCase checkReadiness) {}

  static Provided wire(Wiring w, PersistenceWiring.Provided persistence) {
    return new Provided(
        w.core().apiPrefix(),
        new ServiceKey(serviceKey(w)),
        Instant::now,
        new ReadinessService(persistence.health()));
  }

  private static String serviceKey(Wiring w) {
    if (w.core().serviceKey().isPresent()) {
      return w.core().serviceKey().get();
    }
    SecretStore.Generated key = w.secrets().loadOrGenerate("ifttt-service-key");
    w.banner()
        .add(
            "IFTTT service key (ROBOTCONNECT_IFTTT_SERVICE_KEY unset, kept in "
                + key.file()
                + "): "
                + key.value());
    return key.value();
  }
}
