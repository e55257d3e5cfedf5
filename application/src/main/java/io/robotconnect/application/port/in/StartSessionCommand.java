package io.robotconnect.application.port.in;

/** The credentials an owner signs in with; the e-mail address is not validated beyond presence. */
public record StartSessionCommand(String email, String password) {
  public StartSessionCommand {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("email is required");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is required");
    }
  }

  @Override
  public String toString() {
    return "StartSessionCommand[email=" + email + "]";
  }
}
