package io.robotconnect.bootstrap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus's text exposition format 0.0.4, for tests: every line must be a
 * {@code # HELP}, a {@code # TYPE} or a sample of a declared family, every label value properly
 * quoted and escaped, every value a number; anything else fails the parse.
 */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE_NAME = Pattern.compile(NAME);
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern VALUE =
      Pattern.compile("(NaN|[+-]Inf|[+-]?[0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)(?: -?[0-9]+)?");
  private static final List<String> SUFFIXES =
      List.of("", "_total", "_created", "_bucket", "_count", "_sum");

  /** One sample line. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private final Map<String, String> types;
  private final List<Sample> samples;

  private PrometheusText(Map<String, String> types, List<Sample> samples) {
    this.types = types;
    this.samples = samples;
  }

  static PrometheusText parse(String text) {
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> helped = new HashSet<>();
    List<Sample> samples = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      Matcher help = HELP.matcher(line);
      Matcher type = TYPE.matcher(line);
      if (help.matches()) {
        helped.add(help.group(1));
      } else if (type.matches()) {
        if (types.put(type.group(1), type.group(2)) != null) {
          throw new IllegalArgumentException("line " + number + ": a second TYPE: " + line);
        }
      } else if (line.startsWith("#")) {
        throw new IllegalArgumentException("line " + number + ": unknown comment: " + line);
      } else {
        Sample sample = sample(line, number);
        if (familyOf(sample.name(), types) == null) {
          throw new IllegalArgumentException(
              "line " + number + ": a sample of no declared family: " + line);
        }
        samples.add(sample);
      }
    }
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("the text does not end with a line feed");
    }
    return new PrometheusText(types, samples);
  }

  private static String familyOf(String sample, Map<String, String> types) {
    for (String suffix : SUFFIXES) {
      if (sample.endsWith(suffix)) {
        String family = sample.substring(0, sample.length() - suffix.length());
        if (types.containsKey(family)) {
          return family;
        }
      }
    }
    return null;
  }

  private static Sample sample(String line, int number) {
    Matcher name = SAMPLE_NAME.matcher(line);
    if (!name.lookingAt()) {
      throw new IllegalArgumentException("line " + number + ": no metric name: " + line);
    }
    int at = name.end();
    Map<String, String> labels = new LinkedHashMap<>();
    if (at < line.length() && line.charAt(at) == '{') {
      at++;
      while (line.charAt(at) != '}') {
        Matcher label = LABEL_NAME.matcher(line).region(at, line.length());
        if (!label.lookingAt() || line.charAt(label.end()) != '=') {
          throw new IllegalArgumentException("line " + number + ": bad label at " + at);
        }
        at = label.end() + 1;
        if (line.charAt(at) != '"') {
          throw new IllegalArgumentException("line " + number + ": unquoted label value");
        }
        StringBuilder value = new StringBuilder();
        at++;
        while (line.charAt(at) != '"') {
          char c = line.charAt(at);
          if (c == '\\') {
            char escaped = line.charAt(at + 1);
            value.append(
                switch (escaped) {
                  case '\\' -> '\\';
                  case '"' -> '"';
                  case 'n' -> '\n';
                  default -> throw new IllegalArgumentException("line " + number + ": bad escape");
                });
            at += 2;
          } else {
            value.append(c);
            at++;
          }
        }
        if (labels.put(label.group(), value.toString()) != null) {
          throw new IllegalArgumentException("line " + number + ": a label twice");
        }
        at++;
        if (line.charAt(at) == ',') {
          at++;
        } else if (line.charAt(at) != '}') {
          throw new IllegalArgumentException("line " + number + ": expected , or }");
        }
      }
      at++;
    }
    if (at >= line.length() || line.charAt(at) != ' ') {
      throw new IllegalArgumentException("line " + number + ": no value: " + line);
    }
    Matcher value = VALUE.matcher(line.substring(at + 1));
    if (!value.matches()) {
      throw new IllegalArgumentException("line " + number + ": bad value: " + line);
    }
    String number1 = value.group(1);
    double parsed =
        switch (number1) {
          case "NaN" -> Double.NaN;
          case "+Inf" -> Double.POSITIVE_INFINITY;
          case "-Inf" -> Double.NEGATIVE_INFINITY;
          default -> Double.parseDouble(number1);
        };
    return new Sample(name.group(), Map.copyOf(labels), parsed);
  }

  /** The family's declared type, e.g. {@code counter}; null when not declared. */
  String typeOf(String family) {
    return types.get(family);
  }

  List<Sample> samples() {
    return samples;
  }

  /** The samples of this name whose labels include all of {@code labels}. */
  List<Sample> samples(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .toList();
  }

  /** The one sample of this name with these labels (among others); fails unless exactly one. */
  double value(String name, Map<String, String> labels) {
    List<Sample> found = samples(name, labels);
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one sample " + name + labels + ", found " + found.size() + ": " + found);
    }
    return found.get(0).value();
  }
}
