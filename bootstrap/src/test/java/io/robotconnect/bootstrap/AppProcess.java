package io.robotconnect.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Main} in a JVM of its own, as {@code java -jar} runs it (on the test class path): for what
 * only a separate process shows, such as a stop by SIGTERM or two processes on one data directory.
 * Its output goes to files, so that it never blocks on a full pipe.
 */
final class AppProcess implements AutoCloseable {
  private static final Pattern BASE_URI = Pattern.compile("Robot Connect is running at (\\S+)");
  private final Process process;
  private final Path out;
  private final Path err;

  private AppProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts Main with exactly these variables (and PATH), its output in {@code logs}. */
  static AppProcess start(Map<String, String> variables, Path logs, String name, String... args) {
    try {
      Files.createDirectories(logs);
      Path out = logs.resolve(name + ".out");
      Path err = logs.resolve(name + ".err");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      command.addAll(List.of(args));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.environment().clear();
      builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
      builder.environment().putAll(variables);
      return new AppProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the output has a line matching {@code regex}; fails when the process ends. */
  String awaitOutput(String regex, Duration timeout) throws InterruptedException {
    Pattern pattern = Pattern.compile(regex);
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (String line : output()) {
        if (pattern.matcher(line).find()) {
          return line;
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "ended with " + process.exitValue() + " before printing " + regex + ":\n" + all());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + regex + " within " + timeout + ":\n" + all());
  }

  /** The base URI the banner printed (after the process is ready). */
  Optional<String> baseUri() {
    for (String line : output()) {
      Matcher matcher = BASE_URI.matcher(line);
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  long pid() {
    return process.pid();
  }

  /** Sends SIGTERM, as {@code kill} and container runtimes do. */
  void terminate() {
    process.destroy();
  }

  /** The exit code, waiting at most {@code timeout}. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + ":\n" + all());
    }
    return process.exitValue();
  }

  List<String> output() {
    return lines(out);
  }

  List<String> errors() {
    return lines(err);
  }

  String all() {
    return String.join("\n", output()) + "\n--- stderr:\n" + String.join("\n", errors());
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
