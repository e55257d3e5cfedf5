package io.robotconnect.application.service;

import io.robotconnect.application.port.in.EmailAlreadyRegisteredException;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.ReservedAccountException;
import io.robotconnect.application.port.out.EmailAlreadyUsedException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.PasswordHasher;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.ReservedAccounts;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates owner accounts with a fresh permanent id and a slow hash of the password; only the
 * platform itself creates accounts of the reserved domain.
 */
public class OwnerRegistrationService implements RegisterOwnerUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerRegistrationService.class);

  private final OwnerRepository owners;
  private final PasswordHasher passwordHasher;

  public OwnerRegistrationService(OwnerRepository owners, PasswordHasher passwordHasher) {
    this.owners = owners;
    this.passwordHasher = passwordHasher;
  }

  @Override
  public Owner register(RegisterOwnerCommand command) {
    if (ReservedAccounts.isReserved(command.email())) {
      throw new ReservedAccountException(
          "e-mail addresses @"
              + ReservedAccounts.DOMAIN
              + " are reserved for the platform's own accounts");
    }
    if (owners.findByEmail(command.email()).isPresent()) {
      throw new EmailAlreadyRegisteredException(command.email());
    }
    try {
      return create(command);
    } catch (EmailAlreadyUsedException raced) {
      throw new EmailAlreadyRegisteredException(command.email());
    }
  }

  @Override
  public Owner registerIfAbsent(RegisterOwnerCommand command) {
    Optional<Owner> existing = owners.findByEmail(command.email());
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return create(command);
    } catch (EmailAlreadyUsedException raced) {
      return owners.findByEmail(command.email()).orElseThrow(() -> raced);
    }
  }

  private Owner create(RegisterOwnerCommand command) {
    Owner owner =
        new Owner(
            new OwnerId(UUID.randomUUID().toString()),
            command.email(),
            command.displayName(),
            passwordHasher.hash(command.password()));
    owners.save(owner);
    LOG.info("registered owner {}", owner.id());
    return owner;
  }
}
