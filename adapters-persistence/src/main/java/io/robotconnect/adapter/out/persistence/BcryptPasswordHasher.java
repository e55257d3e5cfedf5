package io.robotconnect.adapter.out.persistence;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.robotconnect.application.port.out.PasswordHasher;

/**
 * Stores owners' passwords as bcrypt hashes ({@code $2b$<cost>$<salt+hash>}). Passwords longer than
 * bcrypt's 72 bytes are pre-hashed with SHA-512 instead of being cut off.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** About a quarter of a second per hash on a current server core. */
  public static final int DEFAULT_COST = 12;

  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
  private static final LongPasswordStrategy LONG_PASSWORDS =
      LongPasswordStrategies.hashSha512(VERSION);

  private final int cost;

  public BcryptPasswordHasher(int cost) {
    if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be " + BCrypt.MIN_COST + ".." + BCrypt.MAX_COST + ": " + cost);
    }
    this.cost = cost;
  }

  public BcryptPasswordHasher() {
    this(DEFAULT_COST);
  }

  @Override
  public String hash(String password) {
    return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password.toCharArray());
  }

  @Override
  public boolean matches(String password, String hash) {
    if (password == null || hash == null || hash.isEmpty()) {
      return false;
    }
    try {
      return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.toCharArray(), hash).verified;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
