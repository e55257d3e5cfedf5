package io.robotconnect.acceptance.robustness;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the application logs while it serves requests, as the events it logs: lets a test check that
 * a hostile request left no ERROR line and no stack trace behind.
 */
final class ServerLog {
  private static final ServerLog INSTANCE = new ServerLog();
  private final List<ILoggingEvent> events = new ArrayList<>();

  private ServerLog() {
    AppenderBase<ILoggingEvent> appender =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            synchronized (events) {
              events.add(event);
            }
          }
        };
    appender.setName("hostile-input-suite");
    appender.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
  }

  static ServerLog get() {
    return INSTANCE;
  }

  /** A position in the log; {@link #problemsSince} looks at what came after it. */
  int mark() {
    synchronized (events) {
      return events.size();
    }
  }

  /**
   * The ERROR lines and stack traces logged while requests were served since {@code mark}. Only
   * request threads count: background workers may rightly complain about a test double.
   */
  List<String> problemsSince(int mark) {
    List<String> problems = new ArrayList<>();
    synchronized (events) {
      for (ILoggingEvent event : events.subList(mark, events.size())) {
        boolean servingARequest =
            event.getMDCPropertyMap().containsKey("requestId")
                || event.getThreadName().contains("grizzly");
        boolean problem =
            event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR);
        if (servingARequest && problem) {
          problems.add(
              event.getLevel()
                  + " "
                  + event.getLoggerName()
                  + " "
                  + event.getFormattedMessage()
                  + (event.getThrowableProxy() == null
                      ? ""
                      : " with stack trace of " + event.getThrowableProxy().getClassName()));
        }
      }
    }
    return problems;
  }

  /** The lines logged while serving the request with this id, since {@code mark}. */
  List<String> linesOfRequestSince(int mark, String requestId) {
    List<String> lines = new ArrayList<>();
    synchronized (events) {
      for (ILoggingEvent event : events.subList(mark, events.size())) {
        if (requestId.equals(event.getMDCPropertyMap().get("requestId"))) {
          lines.add(event.getLevel() + " " + event.getFormattedMessage());
        }
      }
    }
    return lines;
  }

  /** The access-log lines written since {@code mark}. */
  List<String> accessLinesSince(int mark) {
    List<String> lines = new ArrayList<>();
    synchronized (events) {
      for (ILoggingEvent event : events.subList(mark, events.size())) {
        if (event.getLoggerName().equals("access")) {
          lines.add(event.getFormattedMessage());
        }
      }
    }
    return lines;
  }
}
