package io.robotconnect.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads settings from environment variables. Every reader takes the default used when the variable
 * is unset or blank, and a bad value throws a {@link ConfigurationException} naming the variable.
 */
public final class Environment {
  private final Map<String, String> variables;

  public Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  public static Environment system() {
    return new Environment(System.getenv());
  }

  /** Whether the variable is set at all, blank or not (for settings where blank is an error). */
  public boolean isSet(String name) {
    return variables.containsKey(name);
  }

  public Optional<String> optional(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String string(String name, String defaultValue) {
    return optional(name).orElse(defaultValue);
  }

  public int integer(String name, int defaultValue, int min, int max) {
    Optional<String> text = optional(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value < min || value > max) {
        throw new ConfigurationException(
            name, "must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigurationException(name, "not a number: '" + text.get() + "'");
    }
  }

  public boolean bool(String name, boolean defaultValue) {
    Optional<String> text = optional(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    return switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw new ConfigurationException(name, "must be true or false: '" + text.get() + "'");
    };
  }

  /** A duration as ISO-8601 ({@code PT24H}) or a number of seconds ({@code 86400}). */
  public Duration duration(String name, Duration defaultValue) {
    Optional<String> text = optional(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      Duration value =
          text.get().matches("\\d+")
              ? Duration.ofSeconds(Long.parseLong(text.get()))
              : Duration.parse(text.get().toUpperCase(Locale.ROOT));
      if (value.isNegative()) {
        throw new ConfigurationException(name, "must not be negative");
      }
      return value;
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ConfigurationException(
          name, "not a duration (seconds, or ISO-8601 like PT24H): '" + text.get() + "'");
    }
  }

  /** An absolute URI with one of the given schemes. */
  public URI uri(String name, String defaultValue, String... schemes) {
    String text = string(name, defaultValue);
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute() || !Arrays.asList(schemes).contains(uri.getScheme())) {
        throw new ConfigurationException(
            name, "must be an absolute " + String.join("/", schemes) + " URI: '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(name, "not a URI: '" + text + "'");
    }
  }

  public Path path(String name, String defaultValue) {
    String text = string(name, defaultValue);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigurationException(name, "not a path: '" + text + "'");
    }
  }

  /** A comma-separated list; blanks dropped. */
  public List<String> list(String name) {
    return optional(name)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }
}
