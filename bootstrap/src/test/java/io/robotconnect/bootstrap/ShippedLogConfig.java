package io.robotconnect.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The log configuration the jar ships ({@code logback.xml}, not the tests' own), in a logging
 * context of its own with the format chosen as {@link LogFormat#select()} chooses it: formats
 * events exactly as the jar writes them to stdout.
 */
final class ShippedLogConfig implements AutoCloseable {
  private final LoggerContext context = new LoggerContext();
  private final OutputStreamAppender<ILoggingEvent> stdout;

  @SuppressWarnings("unchecked")
  ShippedLogConfig(LogFormat format) throws JoranException {
    String name = format.name().toLowerCase(java.util.Locale.ROOT);
    context.putProperty(LogFormat.PROPERTY, name);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(ShippedLogConfig.class.getResource("/logback.xml"));
    stdout =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(name);
    if (stdout == null) {
      throw new IllegalStateException("logback.xml has no appender " + name + " on the root");
    }
  }

  /** An event of logger {@code logger} with the message {@code template} and its arguments. */
  LoggingEvent event(
      String logger, String template, Throwable thrown, Map<String, String> mdc, Object... args) {
    LoggingEvent event =
        new LoggingEvent(logger, context.getLogger(logger), Level.INFO, template, thrown, args);
    event.setMDCPropertyMap(mdc);
    return event;
  }

  /** The bytes the jar writes for the event, as text. */
  String format(ILoggingEvent event) {
    return new String(stdout.getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  /** The names of the root logger's appenders. */
  List<String> rootAppenders() {
    List<String> names = new ArrayList<>();
    context
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        .iteratorForAppenders()
        .forEachRemaining(a -> names.add(a.getName()));
    return names;
  }

  @Override
  public void close() {
    context.stop();
  }
}
