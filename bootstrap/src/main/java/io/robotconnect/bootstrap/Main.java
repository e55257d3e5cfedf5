package io.robotconnect.bootstrap;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Robot Connect with the settings of the environment and stops it on SIGTERM. */
public final class Main {
  /** How long a stop asked for during the start waits for the start to finish. */
  private static final Duration START_GRACE = Duration.ofSeconds(60);

  private Main() {}

  public static void main(String[] args) {
    Environment env = environment(args);
    LogFormat format;
    try {
      format = LogFormat.from(env);
    } catch (ConfigurationException e) {
      failStartup(null, e.getMessage());
      return;
    }
    // nothing may log before this: logging starts with the first logger and keeps its format
    format.select();
    Logger log = log();
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    long started = System.nanoTime();
    CompletableFuture<RobotConnect> running = new CompletableFuture<>();
    CountDownLatch stopped = new CountDownLatch(1);
    // installed before the start, so that a SIGTERM while starting (migrating the schema, say)
    // lets the start finish and then stops everything in order instead of cutting it off
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, stopped), "shutdown"));
    RobotConnect app;
    try {
      app = RobotConnect.start(env);
    } catch (ConfigurationException e) {
      running.completeExceptionally(e);
      failStartup(format, e.getMessage());
      return;
    } catch (RuntimeException e) {
      running.completeExceptionally(e);
      log.error("start-up failed", e);
      failStartup(format, "unexpected failure (see the log above): " + e);
      return;
    }
    running.complete(app);
    if (format == LogFormat.JSON) {
      logBanner(app, log);
    } else {
      printBanner(app, System.out);
    }
    log.info("ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Main's logger; not a constant, so that nothing logs before the format is chosen. */
  private static Logger log() {
    return LoggerFactory.getLogger(Main.class);
  }

  /** The shutdown hook: waits for a start still under way, then closes what it started. */
  private static void stop(CompletableFuture<RobotConnect> running, CountDownLatch stopped) {
    try {
      RobotConnect app;
      try {
        app = running.get(START_GRACE.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException startFailed) {
        return;
      } catch (TimeoutException e) {
        log()
            .warn(
                "stopping while still starting after {} s: not closed in order",
                START_GRACE.toSeconds());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      log().info("shutting down");
      app.close();
      log().info("stopped");
    } finally {
      stopped.countDown();
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

  /** One line naming the problem: a JSON log line in the json format, else plain on stderr. */
  private static void failStartup(LogFormat format, String message) {
    if (format == LogFormat.JSON) {
      log().error("robotconnect: cannot start: {}", message);
    } else {
      System.err.println("robotconnect: cannot start: " + message);
    }
    System.exit(2);
  }

  // The text banner is for the operator's eyes on the console, not for the log pipeline.
  private static void printBanner(RobotConnect app, PrintStream out) {
    out.println("Robot Connect is running at " + app.baseUri());
    app.banner().forEach(line -> out.println("  " + line));
    out.flush();
  }

  // In the json format stdout is the log pipeline: the banner is logged, without the secrets.
  private static void logBanner(RobotConnect app, Logger log) {
    log.info("Robot Connect is running at {}", app.baseUri());
    app.bannerWithoutSecrets().forEach(line -> log.info("{}", line));
  }
}
