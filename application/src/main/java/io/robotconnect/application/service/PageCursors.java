package io.robotconnect.application.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors: the position of a page's last item, Base64url-encoded, so that callers
 * neither read nor build them. Anything this class did not encode is refused.
 */
final class PageCursors {
  static final String INVALID = "cursor is not one this API gave out";

  private PageCursors() {}

  static String encode(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor names; IllegalArgumentException for a cursor not made by encode. */
  static String decode(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      String position = new String(bytes, StandardCharsets.UTF_8);
      if (!encode(position).equals(cursor)) {
        throw new IllegalArgumentException(INVALID);
      }
      return position;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(INVALID);
    }
  }

  /** A cursor holding a non-negative number, e.g. an id. */
  static long decodeNumber(String cursor) {
    String position = decode(cursor);
    if (!position.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException(INVALID);
    }
    return Long.parseLong(position);
  }
}
