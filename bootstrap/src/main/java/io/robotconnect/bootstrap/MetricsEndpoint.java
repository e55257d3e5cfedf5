package io.robotconnect.bootstrap;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.robotconnect.adapter.in.rest.RequestIds;
import io.robotconnect.adapter.in.rest.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * {@code GET /metrics}: every meter of the registry in Prometheus's text format (0.0.4). Served in
 * front of Jersey, so that scrapes are not counted among the API's requests. With a token
 * configured, a request without it as {@code Authorization: Bearer} is answered 401 with the usual
 * error body ({@code {"errors":[{"message"}]}}).
 */
final class MetricsEndpoint extends HttpHandler {
  static final String PATH = "/metrics";
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final String SCHEME = "bearer ";

  private final PrometheusMeterRegistry registry;
  private final Optional<SecretDigest> token;
  private final EdgeAnswers answers;

  MetricsEndpoint(
      PrometheusMeterRegistry registry, Optional<SecretDigest> token, EdgeAnswers answers) {
    this.registry = registry;
    this.token = token;
    this.answers = answers;
  }

  /** Serves {@link #PATH} itself and hands every other request to {@code next}. */
  HttpHandler inFrontOf(HttpHandler next) {
    return new HttpHandler() {
      @Override
      public void start() {
        next.start();
      }

      @Override
      public void destroy() {
        next.destroy();
      }

      @Override
      public void service(Request request, Response response) throws Exception {
        if (PATH.equals(request.getRequestURI())) {
          MetricsEndpoint.this.service(request, response);
        } else {
          next.service(request, response);
        }
      }
    };
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    try {
      answer(request, response);
    } finally {
      // the gate suspends a request whose body it waited for; the answer goes out on resume
      if (response.isSuspended()) {
        response.resume();
      }
    }
  }

  private void answer(Request request, Response response) throws Exception {
    long started = System.nanoTime();
    Method method = request.getMethod();
    if (method != Method.GET && method != Method.HEAD) {
      response.setHeader("Allow", "GET, HEAD");
      answers.refuse(request, response, 405, "Method not allowed", started);
      return;
    }
    if (token.isPresent()
        && !token.get().matches(bearer(request.getHeader("Authorization")).orElse(null))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      answers.refuse(request, response, 401, "Invalid or missing metrics token", started);
      return;
    }
    byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(RequestIds.HEADER, EdgeAnswers.requestId(request));
    response.setContentLength(body.length);
    if (method == Method.GET) {
      response.getOutputStream().write(body);
    }
  }

  private static Optional<String> bearer(String header) {
    if (header == null
        || header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(SCHEME.length()).strip());
  }
}
