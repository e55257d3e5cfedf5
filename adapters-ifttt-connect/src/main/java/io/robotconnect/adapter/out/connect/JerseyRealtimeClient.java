package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RealtimeNotificationPort;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@code POST /v1/notifications} of IFTTT's Realtime API. Answers are sorted for the outbox
 * worker: 2xx delivered; timeouts, connection errors, 429 and 5xx retryable; other 4xx rejected.
 */
final class JerseyRealtimeClient implements RealtimeNotificationPort, AutoCloseable {
  static final String SERVICE_KEY_HEADER = "IFTTT-Service-Key";
  static final String REQUEST_ID_HEADER = "X-Request-ID";
  private static final Logger LOG = LoggerFactory.getLogger(JerseyRealtimeClient.class);
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int REQUEST_TIMEOUT = 408;

  /** The timer of every call, by outcome. */
  static final String CALLS = "robotconnect.realtime.calls";

  /** The counter of the entries (trigger identities and users) the calls carried, by outcome. */
  static final String NOTIFICATIONS = "robotconnect.realtime.notifications";

  private final Client client;
  private final WebTarget notifications;
  private final String serviceKey;
  private final ObjectMapper json;
  private final MeterRegistry metrics;
  private final Reachability reachability;

  JerseyRealtimeClient(RealtimeSettings settings, ObjectMapper json, MeterRegistry metrics) {
    this(settings, json, metrics, Reachability.loggedPerCall(LOG));
  }

  JerseyRealtimeClient(
      RealtimeSettings settings,
      ObjectMapper json,
      MeterRegistry metrics,
      Reachability reachability) {
    this.json = json;
    this.metrics = metrics;
    this.reachability = reachability;
    for (String outcome : new String[] {"delivered", "retry_later", "refused"}) {
      callTimer(outcome);
      entryCounter(outcome);
    }
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
    this.notifications =
        client.target(OutboundUri.from(settings.baseUrl()).segments("v1", "notifications").build());
    this.serviceKey = settings.serviceKey();
  }

  @Override
  public DeliveryOutcome notify(RealtimeBatch batch) {
    Timer.Sample sample = Timer.start(metrics);
    DeliveryOutcome outcome = send(batch);
    String label =
        outcome instanceof DeliveryOutcome.Delivered
            ? "delivered"
            : outcome instanceof DeliveryOutcome.RetryLater ? "retry_later" : "refused";
    sample.stop(callTimer(label));
    entryCounter(label).increment(batch.size());
    return outcome;
  }

  private Timer callTimer(String outcome) {
    return Timer.builder(CALLS)
        .description("Realtime API calls")
        .tag("outcome", outcome)
        .register(metrics);
  }

  private Counter entryCounter(String outcome) {
    return Counter.builder(NOTIFICATIONS)
        .description("Entries (trigger identities and users) sent to the Realtime API")
        .tag("outcome", outcome)
        .register(metrics);
  }

  private DeliveryOutcome send(RealtimeBatch batch) {
    String requestId = UUID.randomUUID().toString();
    String body = body(batch);
    try (Response response =
        notifications
            .request(MediaType.APPLICATION_JSON_TYPE)
            .header(SERVICE_KEY_HEADER, serviceKey)
            .header(REQUEST_ID_HEADER, requestId)
            .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
      int status = response.getStatus();
      if (status >= 200 && status < 300) {
        LOG.debug("Realtime API took {} entries (request {})", batch.size(), requestId);
        reachability.reached();
        return DeliveryOutcome.delivered();
      }
      String reason = status + " " + excerpt(response) + " (request " + requestId + ")";
      if (status == TOO_MANY_REQUESTS || status == REQUEST_TIMEOUT || status >= 500) {
        reachability.unavailable("the Realtime API answered " + reason);
        return DeliveryOutcome.retryLater(reason);
      }
      reachability.reached();
      LOG.error("the Realtime API refused a notification: {}", reason);
      return DeliveryOutcome.giveUp(reason);
    } catch (ProcessingException e) {
      String reason =
          "cannot reach the Realtime API: " + rootMessage(e) + " (request " + requestId + ")";
      reachability.unavailable(reason);
      return DeliveryOutcome.retryLater(reason);
    }
  }

  private String body(RealtimeBatch batch) {
    return ConnectJson.write(
        json,
        new ConnectJson.Notifications(
            Stream.concat(
                    batch.triggerIdentities().stream()
                        .map(id -> new ConnectJson.Notification(id, null)),
                    batch.users().stream()
                        .map(user -> new ConnectJson.Notification(null, user.value())))
                .toList()));
  }

  private static String excerpt(Response response) {
    try {
      String text = response.hasEntity() ? response.readEntity(String.class) : "";
      text = text.replaceAll("\\s+", " ").strip();
      return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    } catch (ProcessingException | IllegalStateException e) {
      return "";
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  @Override
  public void close() {
    client.close();
  }
}
