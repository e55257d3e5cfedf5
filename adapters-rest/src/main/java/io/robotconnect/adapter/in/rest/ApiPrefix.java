package io.robotconnect.adapter.in.rest;

/**
 * The configured prefix of the IFTTT-facing paths (default {@code /third-party}). Resources are
 * written with the default prefix, as in the source documents; {@link ApiPrefixFilter} maps the
 * configured one onto it.
 */
public record ApiPrefix(String value) {
  public static final String DEFAULT = "/third-party";

  public ApiPrefix {
    if (value == null) {
      throw new IllegalArgumentException("prefix must not be null");
    }
    if (!value.isEmpty()
        && (!value.startsWith("/") || value.endsWith("/") || !value.matches("[A-Za-z0-9/_.-]+"))) {
      throw new IllegalArgumentException(
          "prefix must be empty or start with '/', not end with '/', and use [A-Za-z0-9/_.-]");
    }
  }

  boolean isDefault() {
    return DEFAULT.equals(value);
  }
}
