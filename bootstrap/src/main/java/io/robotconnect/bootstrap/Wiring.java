package io.robotconnect.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * What every area's wiring step gets: the settings, the secrets in the data directory, the
 * lifecycle to register what it starts, the lines the start-up banner prints, the one JSON mapper,
 * the retries and the one metrics registry.
 */
public record Wiring(
    Environment env,
    CoreSettings core,
    SecretStore secrets,
    Lifecycle lifecycle,
    List<String> banner,
    ObjectMapper json,
    Retries retries,
    PrometheusMeterRegistry metrics) {

  static Wiring of(Environment env, CoreSettings core) {
    return new Wiring(
        env,
        core,
        new SecretStore(core.dataDir()),
        new Lifecycle(),
        new ArrayList<>(),
        JsonMapping.mapper(),
        new Retries(),
        MetricsWiring.newRegistry());
  }
}
