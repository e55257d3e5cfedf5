package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Reads back an owner account by its permanent id (admin API). */
public interface GetOwnerUseCase {

  /** The owner with this id, or empty when there is none. */
  Optional<Owner> owner(OwnerId id);
}
