package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Stores robot owners' accounts. */
public interface OwnerRepository {

  /** Inserts or replaces the owner; an e-mail address belongs to one owner only. */
  void save(Owner owner);

  Optional<Owner> findById(OwnerId id);

  Optional<Owner> findByEmail(EmailAddress email);
}
