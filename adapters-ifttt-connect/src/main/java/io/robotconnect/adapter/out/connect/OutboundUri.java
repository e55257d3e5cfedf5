package io.robotconnect.adapter.out.connect;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Set;
import org.glassfish.jersey.uri.UriComponent;

/**
 * Builds the URIs of calls to IFTTT from a configured base and values that may come from outside:
 * each value becomes exactly one path segment or one query parameter value, percent-encoded, so
 * that no value can add segments ({@code /}), climb ({@code ..}), start a query or fragment ({@code
 * ?}, {@code #}) or be read as a URI template ({@code {...}}).
 */
final class OutboundUri {
  private static final Set<String> DOT_SEGMENTS = Set.of(".", "..");

  private final UriBuilder builder;

  private OutboundUri(URI base) {
    this.builder = UriBuilder.fromUri(base);
  }

  /** Starts at {@code base}, a configured address (never caller text). */
  static OutboundUri from(URI base) {
    return new OutboundUri(base);
  }

  /**
   * Appends each value as one path segment.
   *
   * @throws IllegalArgumentException for an empty segment, {@code .} or {@code ..}, which no
   *     encoding keeps a server from resolving
   */
  OutboundUri segments(String... values) {
    for (String value : values) {
      if (value == null || value.isEmpty() || DOT_SEGMENTS.contains(value)) {
        throw new IllegalArgumentException("not a usable path segment: \"" + value + "\"");
      }
      builder.segment(UriComponent.encode(value, UriComponent.Type.PATH_SEGMENT));
    }
    return this;
  }

  /** Adds {@code name=value}, the value percent-encoded. */
  OutboundUri query(String name, String value) {
    builder.queryParam(
        name, UriComponent.encode(value, UriComponent.Type.QUERY_PARAM_SPACE_ENCODED));
    return this;
  }

  URI build() {
    return builder.build();
  }
}
