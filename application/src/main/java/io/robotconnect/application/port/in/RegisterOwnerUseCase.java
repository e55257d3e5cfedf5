package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.Owner;

/** Creates robot owner accounts (admin API, IFTTT test setup). */
public interface RegisterOwnerUseCase {

  /**
   * Creates the owner with a fresh permanent id.
   *
   * @throws EmailAlreadyRegisteredException when an owner has this e-mail address
   */
  Owner register(RegisterOwnerCommand command);

  /** Returns the owner with the command's e-mail address, creating it only when there is none. */
  Owner registerIfAbsent(RegisterOwnerCommand command);
}
