package io.robotconnect.bootstrap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the HTTP edge refuses before Jersey sees a request: what Jersey would fail to decode (and
 * answer 500 or an empty 400 for) and bodies larger than the limit.
 */
final class EdgeChecks {
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          TOKEN
              + "/"
              + TOKEN
              + "(?:[ \\t]*;[ \\t]*"
              + TOKEN
              + "=(?:"
              + TOKEN
              + "|"
              + QUOTED
              + "))*[ \\t]*");
  private static final Set<String> CODINGS = Set.of("identity", "gzip", "x-gzip");

  /** Why a request is refused: its status and a message naming what is wrong. */
  record Refusal(int status, String message) {}

  private EdgeChecks() {}

  static Optional<Refusal> refusalOf(
      String rawPath,
      String rawQuery,
      String contentType,
      String contentEncoding,
      long contentLength,
      int maxBodyBytes) {
    if (!isPercentEncodedUtf8(rawPath)) {
      return Optional.of(new Refusal(400, "The request path is not valid percent-encoded UTF-8"));
    }
    if (rawQuery != null && !isPercentEncodedUtf8(rawQuery)) {
      return Optional.of(new Refusal(400, "The query string is not valid percent-encoded UTF-8"));
    }
    if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
      return Optional.of(new Refusal(400, "The Content-Type header is not a valid media type"));
    }
    if (contentEncoding != null
        && !CODINGS.contains(contentEncoding.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(
          new Refusal(415, "Unsupported Content-Encoding; send the body plain or as gzip"));
    }
    if (contentLength > maxBodyBytes) {
      return Optional.of(tooLarge(maxBodyBytes));
    }
    return Optional.empty();
  }

  static Refusal tooLarge(int maxBodyBytes) {
    return new Refusal(413, "The request body is larger than " + maxBodyBytes + " bytes");
  }

  static boolean isGzip(String contentEncoding) {
    return contentEncoding != null
        && !contentEncoding.strip().equalsIgnoreCase("identity")
        && CODINGS.contains(contentEncoding.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Every {@code %} starts two hex digits, and the bytes they give (with any raw ones, which
   * Grizzly hands over as ISO-8859-1 characters) are UTF-8.
   */
  static boolean isPercentEncodedUtf8(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return false;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.put((byte) (high * 16 + low));
        i += 2;
      } else if (c > 0xff) {
        return false;
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
