package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** A salted SHA-256 stand-in for the slow KDF, so unit tests stay fast. Never for production. */
public class FastPasswordHasher implements PasswordHasher {

  @Override
  public String hash(String password) {
    String salt = UUID.randomUUID().toString();
    return "fake$" + salt + "$" + digest(salt, password);
  }

  @Override
  public boolean matches(String password, String hash) {
    String[] parts = hash.split("\\$");
    if (parts.length != 3 || !parts[0].equals("fake")) {
      return false;
    }
    return MessageDigest.isEqual(
        digest(parts[1], password).getBytes(StandardCharsets.UTF_8),
        parts[2].getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(String salt, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((salt + ":" + password).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
