package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.RealtimeNotificationPort;

/**
 * The one entry point of the IFTTT adapter: the Connect API v2 client, the Realtime API client and
 * the reader of bundled connection definitions, each built from its settings, the platform's JSON
 * mapper and (for the Connect API) the retry of its calls.
 */
public final class IftttConnect {
  private IftttConnect() {}

  /**
   * A port of this adapter and its HTTP client, which the platform closes when it stops.
   *
   * @param port what the application calls
   */
  public record Client<P>(P port, AutoCloseable http) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      http.close();
    }
  }

  /**
   * The Connect API v2; {@code retry} may send again the calls that cannot do anything twice. Each
   * call is timed on {@code metrics} ({@code robotconnect.connect.api.calls}, by endpoint template,
   * method and outcome).
   */
  public static Client<ConnectApiPort> connectApi(
      ConnectApiSettings settings, ObjectMapper json, Retry retry, MeterRegistry metrics) {
    JerseyConnectApiClient client = new JerseyConnectApiClient(settings, json, retry, metrics);
    return new Client<>(client, client);
  }

  /** The Connect API v2 as above, telling {@code reachability} how each attempt of a call went. */
  public static Client<ConnectApiPort> connectApi(
      ConnectApiSettings settings,
      ObjectMapper json,
      Retry retry,
      MeterRegistry metrics,
      Reachability reachability) {
    JerseyConnectApiClient client =
        new JerseyConnectApiClient(settings, json, retry, metrics, reachability);
    return new Client<>(client, client);
  }

  /**
   * The Realtime API; it does not retry (the outbox sends a notification again). Each call is timed
   * on {@code metrics} ({@code robotconnect.realtime.calls}) and its entries counted ({@code
   * robotconnect.realtime.notifications}), by outcome.
   */
  public static Client<RealtimeNotificationPort> realtime(
      RealtimeSettings settings, ObjectMapper json, MeterRegistry metrics) {
    JerseyRealtimeClient client = new JerseyRealtimeClient(settings, json, metrics);
    return new Client<>(client, client);
  }

  /** The Realtime API as above, telling {@code reachability} how each call went. */
  public static Client<RealtimeNotificationPort> realtime(
      RealtimeSettings settings,
      ObjectMapper json,
      MeterRegistry metrics,
      Reachability reachability) {
    JerseyRealtimeClient client = new JerseyRealtimeClient(settings, json, metrics, reachability);
    return new Client<>(client, client);
  }

  /** Reads connection definitions written as the Connect API shows them. */
  public static ConnectionDefinitions connectionDefinitions(ObjectMapper json) {
    return new ConnectionDefinitions(json);
  }
}
