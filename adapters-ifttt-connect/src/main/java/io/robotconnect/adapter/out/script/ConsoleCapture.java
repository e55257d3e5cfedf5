package io.robotconnect.adapter.out.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A run's console output, one line per call, up to its byte limit. */
final class ConsoleCapture {
  private final int maxBytes;
  private final List<String> lines = new ArrayList<>();
  private long bytes;

  ConsoleCapture(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Keeps the line; false, keeping nothing, when it would pass the limit. */
  synchronized boolean append(String line) {
    long lineBytes = line.length() > maxBytes ? maxBytes + 1L : utf8Length(line) + 1L;
    if (bytes + lineBytes > maxBytes) {
      bytes = maxBytes;
      return false;
    }
    bytes += lineBytes;
    lines.add(line);
    return true;
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private static long utf8Length(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length;
  }
}
