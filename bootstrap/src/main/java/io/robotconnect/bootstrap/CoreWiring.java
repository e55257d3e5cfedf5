package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DatabaseHealthPort;
import io.robotconnect.application.service.ReadinessService;
import java.time.Instant;

/** The service key, the API prefix, the clock and readiness. */
final class CoreWiring {
  private CoreWiring() {}

  static void wire(Wiring w) {
    w.bindings().bind(ApiPrefix.class, w.core().apiPrefix());
    w.bindings().bind(ServiceKey.class, new ServiceKey(serviceKey(w)));
    w.bindings().bind(ClockPort.class, Instant::now);
    w.bindings()
        .bind(
            CheckReadinessUseCase.class,
            new ReadinessService(w.bindings().get(DatabaseHealthPort.class)));
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
