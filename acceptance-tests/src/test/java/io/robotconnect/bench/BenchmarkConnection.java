package io.robotconnect.bench;

import java.io.IOException;
import java.net.URI;

/** One load-generator thread's keep-alive HTTP connection to the application. */
interface BenchmarkConnection extends AutoCloseable {
  /** A status and the body read. */
  record Answer(int status, byte[] body) {}

  /** Sends a request; {@code headers} are CRLF-terminated header lines. */
  Answer send(String method, String path, String headers, byte[] body) throws IOException;

  @Override
  void close() throws IOException;

  /** {@code -Dbenchmark.client=plain} (default, blocking sockets) or {@code jdk}. */
  static BenchmarkConnection open(URI base) {
    return "jdk".equals(System.getProperty("benchmark.client", "plain"))
        ? new JdkHttpConnection(base)
        : new PlainHttpConnection(base);
  }
}
