package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.SecretDigest;

/**
 * The bearer token of the admin API ({@code ROBOTCONNECT_ADMIN_TOKEN}); the admin API is disabled
 * when none is bound. Compared in constant time, never printed.
 */
public final class AdminToken {
  private final SecretDigest secret;

  public AdminToken(String value) {
    this.secret = new SecretDigest(value, "admin token");
  }

  /** Whether the candidate is the token; takes the same time whatever the candidate is. */
  public boolean matches(String candidate) {
    return secret.matches(candidate);
  }

  @Override
  public String toString() {
    return "AdminToken[***]";
  }
}
