package io.robotconnect.bootstrap;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Jersey: refuses what Jersey cannot decode ({@link EdgeChecks}), and reads each
 * request body without holding a thread, as it arrives, before Jersey's blocking read gets it. A
 * slow client so holds a connection but never a worker thread; a body not complete within the body
 * timeout is answered 408, one larger than the limit 413 without being read further.
 */
final class RequestGate extends HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private final HttpHandler jersey;
  private final HttpLimits limits;
  private final EdgeAnswers answers;

  RequestGate(HttpHandler jersey, EdgeAnswers answers, HttpLimits limits) {
    this.jersey = jersey;
    this.limits = limits;
    this.answers = answers;
  }

  @Override
  public void start() {
    jersey.start();
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    long started = System.nanoTime();
    EdgeAnswers.requestId(request);
    var refusal =
        EdgeChecks.refusalOf(
            request.getRequestURI(),
            request.getQueryString(),
            request.getHeader("Content-Type"),
            request.getHeader("Content-Encoding"),
            request.getContentLengthLong(),
            limits.maxBodyBytes());
    if (refusal.isPresent()) {
      answers.refuse(request, response, refusal.get().status(), refusal.get().message(), started);
      return;
    }
    if (request.getContentLengthLong() <= 0 && !request.getRequest().isChunked()) {
      jersey.service(request, response);
      return;
    }
    BodyReader reader = new BodyReader(request, response, started);
    if (request.getNIOInputStream().isFinished()) {
      // the whole body came with the headers, as a poll's usually does: no need to wait
      reader.onAllDataRead();
      return;
    }
    response.suspend(
        limits.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS, null, reader::onTimeout);
    // one notification: when the whole body is in, or as soon as it is larger than allowed
    request.getNIOInputStream().notifyAvailable(reader, limits.maxBodyBytes() + 1);
  }

  /** Collects one body in Grizzly's input buffer, then hands the request to Jersey. */
  private final class BodyReader implements ReadHandler {
    private final Request request;
    private final Response response;
    private final NIOInputStream in;
    private final long started;
    private final AtomicBoolean settled = new AtomicBoolean();

    BodyReader(Request request, Response response, long started) {
      this.request = request;
      this.response = response;
      this.in = request.getNIOInputStream();
      this.started = started;
    }

    /** Called only once more than the maximum has arrived. */
    @Override
    public void onDataAvailable() {
      refuse(EdgeChecks.tooLarge(limits.maxBodyBytes()));
    }

    @Override
    public void onAllDataRead() {
      if (in.readyData() > limits.maxBodyBytes()) {
        refuse(EdgeChecks.tooLarge(limits.maxBodyBytes()));
      } else if (EdgeChecks.isGzip(request.getHeader("Content-Encoding")) && !startsAsGzip()) {
        refuse(new EdgeChecks.Refusal(400, "The body is not encoded as its Content-Encoding says"));
      } else if (settled.compareAndSet(false, true)) {
        try {
          jersey.service(request, response);
        } catch (Exception e) {
          EdgeAnswers.inContextOf(request, () -> LOG.error("request failed", e));
          if (!response.isCommitted()) {
            answers.refuse(request, response, 500, "Internal error", started);
          }
          resumeIfSuspended();
        }
      }
    }

    @Override
    public void onError(Throwable t) {
      if (settled.compareAndSet(false, true)) {
        EdgeAnswers.inContextOf(
            request,
            () ->
                LOG.info(
                    "client went away after {} of {} body bytes of {} {}: {}",
                    in.readyData(),
                    request.getContentLengthLong(),
                    request.getMethod().getMethodString(),
                    request.getRequestURI(),
                    t.toString()));
      }
    }

    /** The body did not arrive in time: answer 408 and close the connection. */
    boolean onTimeout(Response timedOut) {
      if (settled.compareAndSet(false, true)) {
        EdgeAnswers.inContextOf(
            request,
            () ->
                LOG.info(
                    "request body incomplete after {} ({} bytes); answering 408",
                    limits.bodyTimeout(),
                    in.readyData()));
        answers.refuse(
            request,
            response,
            408,
            "The request body did not arrive within " + limits.bodyTimeout().toSeconds() + " s",
            started);
        response.resume();
      }
      return false;
    }

    private void refuse(EdgeChecks.Refusal refusal) {
      if (settled.compareAndSet(false, true)) {
        answers.refuse(request, response, refusal.status(), refusal.message(), started);
        resumeIfSuspended();
      }
    }

    /** Once suspended, the answer goes out on resume; unsuspended, when service returns. */
    private void resumeIfSuspended() {
      if (response.isSuspended()) {
        response.resume();
      }
    }

    private boolean startsAsGzip() {
      Buffer body = in.getBuffer();
      return body.remaining() >= 2
          && (body.get(body.position()) & 0xff) == GZIP_MAGIC_1
          && (body.get(body.position() + 1) & 0xff) == GZIP_MAGIC_2;
    }
  }
}
