package io.robotconnect.bootstrap;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Robot Connect with the settings of the environment and stops it on SIGTERM. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    long started = System.nanoTime();
    RobotConnect app;
    try {
      app = RobotConnect.start(environment(args));
    } catch (ConfigurationException e) {
      failStartup(e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.error("start-up failed", e);
      failStartup("unexpected failure (see the log above): " + e);
      return;
    }
    printBanner(app, System.out);
    LOG.info("ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("shutting down");
                  app.close();
                  LOG.info("stopped");
                  stopped.countDown();
                },
                "shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The process environment; {@code --demo} is the same as {@code ROBOTCONNECT_DEMO=true}. */
  private static Environment environment(String[] args) {
    java.util.Map<String, String> variables = new java.util.HashMap<>(System.getenv());
    if (java.util.Arrays.asList(args).contains("--demo")) {
      variables.put("ROBOTCONNECT_DEMO", "true");
    }
    return new Environment(variables);
  }

  private static void failStartup(String message) {
    System.err.println("robotconnect: cannot start: " + message);
    System.exit(2);
  }

  // The banner is for the operator's eyes on the console, not for the log pipeline.
  private static void printBanner(RobotConnect app, PrintStream out) {
    out.println("Robot Connect is running at " + app.baseUri());
    app.banner().forEach(line -> out.println("  " + line));
    out.flush();
  }
}
