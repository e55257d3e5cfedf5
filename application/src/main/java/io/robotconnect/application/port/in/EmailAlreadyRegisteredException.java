package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.EmailAddress;

/** Another owner already signs in with this e-mail address. */
public class EmailAlreadyRegisteredException extends RuntimeException {
  public EmailAlreadyRegisteredException(EmailAddress email) {
    super("an owner with e-mail address " + email + " already exists");
  }
}
