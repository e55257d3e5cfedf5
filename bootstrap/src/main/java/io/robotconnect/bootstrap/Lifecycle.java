package io.robotconnect.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What was started, closed in reverse order at shutdown (server first, database last). */
public final class Lifecycle implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
  private final Deque<NamedCloseable> started = new ArrayDeque<>();

  private record NamedCloseable(String name, AutoCloseable closeable) {}

  /** Registers something to close at shutdown; returns it. */
  public <T extends AutoCloseable> T onClose(String name, T closeable) {
    started.push(new NamedCloseable(name, closeable));
    return closeable;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      NamedCloseable next = started.pop();
      try {
        next.closeable().close();
        LOG.debug("closed {}", next.name());
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", next.name(), e.toString());
      }
    }
  }
}
