package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.Owner;

/** Creates robot owner accounts (admin API, IFTTT test setup, demo). */
public interface RegisterOwnerUseCase {

  /**
   * Creates the owner asked for from outside (admin API) with a fresh permanent id.
   *
   * @throws EmailAlreadyRegisteredException when an owner has this e-mail address
   * @throws ReservedAccountException when the address is of the reserved domain
   */
  Owner register(RegisterOwnerCommand command);

  /**
   * Returns the owner with the command's e-mail address, creating it only when there is none. For
   * the platform's own accounts (IFTTT test setup, demo), so reserved addresses are allowed.
   */
  Owner registerIfAbsent(RegisterOwnerCommand command);
}
