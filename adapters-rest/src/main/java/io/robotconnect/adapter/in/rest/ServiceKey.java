package io.robotconnect.adapter.in.rest;

/** The IFTTT service key; compared in constant time and never printed by {@link #toString()}. */
public final class ServiceKey {
  private final SecretDigest secret;

  public ServiceKey(String value) {
    this.secret = new SecretDigest(value, "service key");
  }

  /** Whether the candidate is the key; takes the same time whatever the candidate is. */
  public boolean matches(String candidate) {
    return secret.matches(candidate);
  }

  @Override
  public String toString() {
    return "ServiceKey[***]";
  }
}
