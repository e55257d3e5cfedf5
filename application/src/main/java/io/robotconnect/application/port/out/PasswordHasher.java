package io.robotconnect.application.port.out;

/** Hashes passwords with a slow key-derivation function and checks passwords against hashes. */
public interface PasswordHasher {

  /** A salted, self-describing hash of the password. */
  String hash(String password);

  /** Whether the password produces the hash; false for a malformed hash. */
  boolean matches(String password, String hash);
}
