package io.robotconnect.acceptance.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.acceptance.support.OpenApiContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Pushes Connect webhooks to the platform as IFTTT does: POST {@code
 * {prefix}/ifttt/v1/webhooks/{type}/{event}} with the service key and a fresh {@code X-Request-ID};
 * every {@code n}-th delivery is sent twice with the same request id.
 */
public final class WebhookSender {
  /** One delivery and the platform's answer. */
  public record Delivery(
      String type, String event, String requestId, int status, String answer, JsonNode body) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Supplier<URI> platform;
  private final String serviceKey;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private volatile int duplicateEvery;

  /**
   * @param platform the platform's base URI including the API prefix, e.g. {@code
   *     http://127.0.0.1:8080/third-party}
   */
  public WebhookSender(Supplier<URI> platform, String serviceKey, int duplicateEvery) {
    this.platform = platform;
    this.serviceKey = Objects.requireNonNull(serviceKey);
    this.duplicateEvery = duplicateEvery;
  }

  /** Every {@code n}-th webhook is delivered twice (0: never). */
  public void duplicateEvery(int n) {
    duplicateEvery = n;
  }

  public List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Sends a webhook with a fresh request id (and maybe once more); returns the first delivery. */
  public Delivery send(String type, String event, JsonNode body) {
    String requestId = UUID.randomUUID().toString().replace("-", "");
    Delivery first = deliver(type, event, requestId, body.toString(), serviceKey);
    long n = sent.incrementAndGet();
    if (duplicateEvery > 0 && n % duplicateEvery == 0) {
      deliver(type, event, requestId, body.toString(), serviceKey);
    }
    return first;
  }

  /** Sends exactly this delivery (for scenarios about duplicates, keys and malformed bodies). */
  public Delivery deliver(String type, String event, String requestId, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(platform.get() + "/ifttt/v1/webhooks/" + type + "/" + event))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("IFTTT-Service-Key", key);
    }
    if (requestId != null) {
      request.header("X-Request-ID", requestId);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      OpenApiContract.check(response);
      JsonNode json = null;
      try {
        json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      } catch (IOException e) {
        json = null;
      }
      Delivery delivery =
          new Delivery(type, event, requestId, response.statusCode(), response.body(), json);
      deliveries.add(delivery);
      return delivery;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
