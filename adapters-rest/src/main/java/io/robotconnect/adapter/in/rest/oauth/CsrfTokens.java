package io.robotconnect.adapter.in.rest.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection of the authorize page without server-side state: a random secret in an HttpOnly
 * cookie, and in the form an HMAC of the authorization request keyed with that secret. A foreign
 * site can neither read the cookie nor compute the field, and a field fits only the request
 * (client, redirect URI, state) it was rendered for.
 */
final class CsrfTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private CsrfTokens() {}

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  static String fieldFor(String secret, AuthorizeParameters request) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return BASE64URL.encodeToString(
          mac.doFinal(request.csrfBinding().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  static boolean verify(String secret, String field, AuthorizeParameters request) {
    if (secret == null || secret.isEmpty() || field == null) {
      return false;
    }
    return MessageDigest.isEqual(
        fieldFor(secret, request).getBytes(StandardCharsets.UTF_8),
        field.getBytes(StandardCharsets.UTF_8));
  }
}
