package io.robotconnect.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A configured secret, kept only as its SHA-256 digest and compared in constant time. */
public final class SecretDigest {
  private final byte[] digest;

  public SecretDigest(String secret, String what) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    this.digest = sha256(secret);
  }

  /** Whether the candidate is the secret; takes the same time whatever the candidate is. */
  public boolean matches(String candidate) {
    return candidate != null && MessageDigest.isEqual(digest, sha256(candidate));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "SecretDigest[***]";
  }
}
