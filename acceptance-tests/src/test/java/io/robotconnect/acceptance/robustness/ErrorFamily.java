package io.robotconnect.acceptance.robustness;

/** The error body each family of endpoints documents, told apart by the request's path. */
enum ErrorFamily {
  /** IFTTT's {@code {"errors":[{"message"}]}}: every IFTTT-facing path, health, unknown paths. */
  IFTTT,
  /** RFC 6749's {@code {"error","error_description"}}: the token endpoint. */
  OAUTH,
  /**
   * The Connect API's {@code {"type":"error","code","message"}}: the platform's {@code /api/v1}.
   */
  PLATFORM,
  /** The authorize page a robot owner's browser shows. */
  HTML_PAGE;

  static ErrorFamily of(String method, String path) {
    String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (withoutQuery.startsWith("/api/v1/")) {
      return PLATFORM;
    }
    if (withoutQuery.equals("/third-party/ifttt/v1/tokens") && method.equals("POST")) {
      return OAUTH;
    }
    if (withoutQuery.equals("/third-party/ifttt/authorize")) {
      return HTML_PAGE;
    }
    return IFTTT;
  }
}
