package io.robotconnect.bootstrap;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.robotconnect.adapter.robot.RobotFleetStatus;
import io.robotconnect.adapter.robot.RobotMessageCounters;
import java.time.Duration;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.glassfish.jersey.micrometer.server.MetricsApplicationEventListener;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;

/**
 * Metrics: the one Prometheus registry (made with the {@link Wiring}, passed to whatever records),
 * the JVM's and the process's meters, the retries', and {@code GET /metrics}. {@link #wire} runs
 * first, so that a bad metrics setting stops start-up before anything starts; {@link #watch} runs
 * after the other steps and adds the gauges read from what they built.
 */
public final class MetricsWiring {
  /** Jersey's requests, by method, route template and status. */
  static final String HTTP_REQUESTS = "http.server.requests";

  /** The timers whose latency is published as a histogram, with these buckets. */
  private static final Set<String> HISTOGRAMS =
      Set.of(
          HTTP_REQUESTS,
          MeteredTriggerPolls.POLLS,
          "robotconnect.connect.api.calls",
          "robotconnect.realtime.calls");

  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private MetricsWiring() {}

  /**
   * What the metrics step provides to the HTTP server.
   *
   * @param endpoint serves {@code /metrics}
   * @param requests times Jersey's requests; registered on the REST application
   */
  record Provided(MetricsEndpoint endpoint, ApplicationEventListener requests) {}

  /** The registry, with latency histograms for the timed calls. */
  static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry
        .config()
        .meterFilter(
            new MeterFilter() {
              @Override
              public DistributionStatisticConfig configure(
                  Meter.Id id, DistributionStatisticConfig config) {
                if (!HISTOGRAMS.contains(id.getName())) {
                  return config;
                }
                return DistributionStatisticConfig.builder()
                    .serviceLevelObjectives(
                        java.util.Arrays.stream(LATENCY_BUCKETS)
                            .mapToDouble(Duration::toNanos)
                            .toArray())
                    .build()
                    .merge(config);
              }
            });
    return registry;
  }

  static Provided wire(Wiring w) {
    MetricsSettings settings = MetricsSettings.from(w.env());
    PrometheusMeterRegistry registry = w.metrics();
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    JvmGcMetrics gc = w.lifecycle().onClose("gc metrics", new JvmGcMetrics());
    gc.bindTo(registry);
    TaggedRetryMetrics.ofRetryRegistry(w.retries().registry()).bindTo(registry);
    w.banner()
        .add(
            "Metrics: GET /metrics"
                + (settings.token().isPresent()
                    ? " (bearer token ROBOTCONNECT_METRICS_TOKEN)"
                    : " (open; set ROBOTCONNECT_METRICS_TOKEN to require a token)"));
    return new Provided(
        new MetricsEndpoint(
            registry, settings.token(), new EdgeAnswers(w.core().apiPrefix(), w.json())),
        new MetricsApplicationEventListener(
            registry, new RouteTemplateTags(), HTTP_REQUESTS, true));
  }

  /** Adds the gauges read from the outbox and the robot fleet. */
  static void watch(Wiring w, Components c) {
    MeterRegistry registry = w.metrics();
    OutboxGauges.register(registry, c.persistence().outbox(), c.core().clock());
    RobotFleetStatus fleet = c.robot().fleet();
    Gauge.builder("robotconnect.mqtt.connected", fleet, f -> f.isConnected() ? 1 : 0)
        .description("Whether the platform's MQTT session with the broker is up (1) or not (0)")
        .strongReference(true)
        .register(registry);
    RobotMessageCounters counters = fleet.counters();
    FunctionCounter.builder(
            "robotconnect.robot.messages.received", counters, RobotMessageCounters::received)
        .description("Messages that arrived on the robots' topics")
        .register(registry);
    robotEvents(registry, counters, "recorded", RobotMessageCounters::recorded);
    robotEvents(registry, counters, "duplicate", RobotMessageCounters::duplicates);
    robotEvents(registry, counters, "echo", RobotMessageCounters::echoes);
    robotEvents(registry, counters, "malformed", RobotMessageCounters::malformed);
    robotEvents(registry, counters, "unknown", RobotMessageCounters::unknown);
    robotEvents(registry, counters, "dropped", RobotMessageCounters::dropped);
  }

  private static void robotEvents(
      MeterRegistry registry,
      RobotMessageCounters counters,
      String outcome,
      ToLongFunction<RobotMessageCounters> count) {
    FunctionCounter.builder("robotconnect.robot.events", counters, c -> count.applyAsLong(c))
        .description("What became of the messages robots sent, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
