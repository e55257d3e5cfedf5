package io.robotconnect.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.AccessLog;
import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.ErrorFamily;
import io.robotconnect.adapter.in.rest.RequestIds;
import io.robotconnect.adapter.in.rest.Responses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The answers Grizzly gives itself, before or around Jersey: each with the error body of the
 * request's endpoint family, an echoed request id and one access-log line.
 */
final class EdgeAnswers implements ErrorPageGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(EdgeAnswers.class);
  private final ApiPrefix prefix;
  private final ObjectMapper json;

  EdgeAnswers(ApiPrefix prefix, ObjectMapper json) {
    this.prefix = prefix;
    this.json = json;
  }

  /** Writes an error answer; the response still has to be finished (or resumed) by the caller. */
  void refuse(Request request, Response response, int status, String message, long startedNanos) {
    byte[] body = familyOf(request).json(json, status, message).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Responses.JSON_UTF8);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(RequestIds.HEADER, requestId(request));
    if (status == 408 || status == 413) {
      // the rest of the body is not read: the connection cannot carry another request
      response.setHeader("Connection", "close");
      response.getResponse().getProcessingState().setKeepAlive(false);
    }
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      inContextOf(request, () -> LOG.info("could not answer {}: {}", status, e.toString()));
    }
    inContextOf(
        request,
        () ->
            AccessLog.log(
                request.getMethod().getMethodString(),
                request.getRequestURI(),
                Optional.empty(),
                status,
                (System.nanoTime() - startedNanos) / 1000));
  }

  /** Grizzly's own error answers (e.g. 500 when a handler throws, 503 while shutting down). */
  @Override
  public String generate(
      Request request, int status, String reasonPhrase, String description, Throwable exception) {
    request.getResponse().setContentType(Responses.JSON_UTF8);
    inContextOf(
        request,
        () ->
            AccessLog.log(
                request.getMethod().getMethodString(),
                request.getRequestURI(),
                Optional.empty(),
                status,
                -1));
    return familyOf(request)
        .json(json, status, reasonPhrase == null ? "Request failed" : reasonPhrase);
  }

  private ErrorFamily familyOf(Request request) {
    return ErrorFamily.of(request.getMethod().getMethodString(), request.getRequestURI(), prefix);
  }

  /** The request's id, chosen once when it arrives and shared with Jersey's side. */
  static String requestId(Request request) {
    Object known = request.getAttribute(RequestIds.MDC_KEY);
    if (known instanceof String id) {
      return id;
    }
    String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    request.setAttribute(RequestIds.MDC_KEY, id);
    return id;
  }

  /** Runs {@code action} with the request's id in the logging context. */
  static void inContextOf(Request request, Runnable action) {
    MDC.put(RequestIds.MDC_KEY, requestId(request));
    try {
      action.run();
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }
}
