package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.EmailAddress;

/** Saving an owner failed because another owner already signs in with the e-mail address. */
public class EmailAlreadyUsedException extends RuntimeException {
  public EmailAlreadyUsedException(EmailAddress email) {
    super("e-mail address already belongs to another owner: " + email);
  }
}
