package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.robotconnect.application.port.out.ConnectApiException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sends calls to the Connect API with the service key and one request id per call, and turns
 * IFTTT's errors into types. A failed call is sent again by the given {@link Retry}, but only when
 * that cannot do anything twice: an idempotent call after a connection error, a timeout or a 5xx;
 * any call that never reached IFTTT.
 */
final class ConnectApiCalls implements AutoCloseable {
  // the log names the client, as it did before the calls had their own class
  private static final Logger LOG = LoggerFactory.getLogger(JerseyConnectApiClient.class);

  /** Whether a call may be sent again after a failure that may have reached IFTTT. */
  enum Safety {
    IDEMPOTENT,
    ONCE
  }

  /** The timer of every call, by endpoint template, method and outcome. */
  static final String CALLS = "robotconnect.connect.api.calls";

  private final ConnectApiSettings settings;
  private final Client client;
  private final ObjectMapper json;
  private final Retry retry;
  private final MeterRegistry metrics;
  // null: each failed attempt is logged at WARN here
  private final Reachability reachability;

  ConnectApiCalls(
      ConnectApiSettings settings,
      ObjectMapper json,
      Retry retry,
      MeterRegistry metrics,
      Reachability reachability) {
    this.settings = settings;
    this.json = json;
    this.retry = retry;
    this.metrics = metrics;
    this.reachability = reachability;
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            // a streamed body is never re-sent by the JDK on its own after a reset connection
            .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED)
            .build();
  }

  /**
   * Sends the call, again as the retry allows, and reads a 2xx answer as {@code answer} (an empty
   * answer as {@code {}}; a call whose answer is unused reads it as {@link JsonNode}, so that
   * malformed JSON is still refused). The call, its retries included, is timed under {@code
   * endpoint}, the path's template (e.g. {@code /v2/connections/{connection_id}}): never a path
   * with ids in it, so that the metric's series stay few.
   */
  <T> T call(
      String endpoint,
      String method,
      OutboundUri uri,
      Object body,
      Safety safety,
      Class<T> answer) {
    Timer.Sample sample = Timer.start(metrics);
    String outcome = "error";
    try {
      T read = send(method, uri, body, safety, answer);
      outcome = "ok";
      return read;
    } catch (ConnectApiException e) {
      outcome = outcomeOf(e);
      throw e;
    } finally {
      sample.stop(
          Timer.builder(CALLS)
              .description("Connect API calls, retries included")
              .tag("endpoint", endpoint)
              .tag("method", method)
              .tag("outcome", outcome)
              .register(metrics));
    }
  }

  /** A failed call's outcome label: what kind of failure, never IFTTT's own (open) codes. */
  static String outcomeOf(ConnectApiException e) {
    if (e instanceof ConnectApiException.NotFound) {
      return "not_found";
    } else if (e instanceof ConnectApiException.Unauthorized) {
      return "unauthorized";
    } else if (e instanceof ConnectApiException.Forbidden) {
      return "forbidden";
    } else if (e instanceof ConnectApiException.InvalidParameters) {
      return "invalid_parameters";
    } else if (e instanceof ConnectApiException.UpstreamFailure) {
      return "upstream_failure";
    } else if (e instanceof ConnectApiException.Unavailable) {
      return "unavailable";
    } else if (e instanceof ConnectApiException.OutcomeUnknown) {
      return "outcome_unknown";
    }
    return e.status() >= 200 && e.status() < 300 ? "unreadable_answer" : "server_error";
  }

  private <T> T send(String method, OutboundUri uri, Object body, Safety safety, Class<T> answer) {
    Request request =
        new Request(
            method,
            client.target(uri.build()),
            UUID.randomUUID().toString().replace("-", ""),
            body == null ? null : ConnectJson.write(json, body),
            safety);
    AtomicInteger attempts = new AtomicInteger();
    Supplier<Attempt> attempt =
        () -> {
          try {
            return attempt(request, attempts.incrementAndGet());
          } catch (SendAgain e) {
            throw e;
          } catch (RuntimeException e) {
            return new Attempt(null, e);
          }
        };
    String text;
    try {
      text = retry.executeSupplier(attempt).textOrThrow();
    } catch (SendAgain e) {
      throw e.failure;
    }
    try {
      T read = ConnectJson.read(json, text.isBlank() ? "{}" : text, answer);
      return read != null ? read : ConnectJson.read(json, "{}", answer);
    } catch (IOException e) {
      throw new ConnectApiException.Internal(
          200, "unreadable_answer", "Connect API sent malformed JSON: " + e.getMessage());
    }
  }

  /** One call to the Connect API, the same (with the same request id) on every attempt. */
  private record Request(
      String method, WebTarget target, String requestId, String body, Safety safety) {
    Response send(String serviceKey) {
      Invocation.Builder invocation =
          target
              .request(MediaType.APPLICATION_JSON_TYPE)
              .header("IFTTT-Service-Key", serviceKey)
              .header("X-Request-ID", requestId);
      return body == null
          ? invocation.method(method)
          : invocation.method(method, Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    String path() {
      return target.getUri().getRawPath();
    }
  }

  /** How one attempt ended: with a 2xx answer's text, or with the failure that ends the call. */
  private record Attempt(String text, RuntimeException failure) {
    String textOrThrow() {
      if (failure != null) {
        throw failure;
      }
      return text;
    }
  }

  /** The attempt failed so that the call may be sent again; {@code failure} ends it if not. */
  private static final class SendAgain extends RuntimeException {
    private final ConnectApiException failure;

    SendAgain(ConnectApiException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }

  /**
   * Sends the request once. Throws {@link SendAgain} when the call may be sent again and attempts
   * remain; returns every other end, so that the retry sees no other failure.
   */
  private Attempt attempt(Request request, int attempt) {
    boolean lastAttempt = attempt >= retry.getRetryConfig().getMaxAttempts();
    Response response;
    try {
      response = request.send(settings.serviceKey());
    } catch (ProcessingException e) {
      // watched, the outage as a whole is logged by the reachability, not each attempt
      LOG.atLevel(reachability == null ? Level.WARN : Level.DEBUG)
          .log(
              "Connect API {} {} (request {}) failed on attempt {}: {}",
              request.method(),
              request.path(),
              request.requestId(),
              attempt,
              e.getMessage());
      if (reachability != null) {
        reachability.unavailable(
            "Connect API "
                + request.method()
                + " "
                + request.path()
                + " (request "
                + request.requestId()
                + ") failed: "
                + e.getMessage());
      }
      if (!NetworkFailures.neverReachedServer(e) && request.safety() == Safety.ONCE) {
        return new Attempt(
            null,
            new ConnectApiException.OutcomeUnknown(
                "Connect API call may have reached IFTTT; not sent again: " + e.getMessage(), e));
      }
      ConnectApiException.Unavailable unavailable =
          new ConnectApiException.Unavailable(
              "Connect API unreachable after " + attempt + " attempts: " + e.getMessage(), e);
      if (lastAttempt) {
        return new Attempt(null, unavailable);
      }
      throw new SendAgain(unavailable);
    }
    try (response) {
      int status = response.getStatus();
      String text = response.hasEntity() ? response.readEntity(String.class) : "";
      LOG.debug(
          "Connect API {} {} (request {}) answered {}",
          request.method(),
          request.path(),
          request.requestId(),
          status);
      if (reachability != null && status >= 500) {
        reachability.unavailable(
            "Connect API answered " + status + " to request " + request.requestId());
      } else if (reachability != null) {
        reachability.reached();
      }
      if (status >= 200 && status < 300) {
        return new Attempt(text, null);
      }
      ConnectApiException failure = ConnectErrors.fromResponse(json, status, text);
      if (status >= 500 && request.safety() == Safety.IDEMPOTENT && !lastAttempt) {
        LOG.atLevel(reachability == null ? Level.WARN : Level.DEBUG)
            .log("Connect API answered {} to request {}; retrying", status, request.requestId());
        throw new SendAgain(failure);
      }
      return new Attempt(null, failure);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
