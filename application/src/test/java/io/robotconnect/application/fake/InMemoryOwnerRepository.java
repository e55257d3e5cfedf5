package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.EmailAlreadyUsedException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Owners in a map. */
public class InMemoryOwnerRepository implements OwnerRepository {
  private final Map<OwnerId, Owner> owners = new LinkedHashMap<>();

  @Override
  public synchronized void save(Owner owner) {
    Optional<Owner> holder = findByEmail(owner.email());
    if (holder.isPresent() && !holder.get().id().equals(owner.id())) {
      throw new EmailAlreadyUsedException(owner.email());
    }
    owners.put(owner.id(), owner);
  }

  @Override
  public synchronized Optional<Owner> findById(OwnerId id) {
    return Optional.ofNullable(owners.get(id));
  }

  @Override
  public synchronized Optional<Owner> findByEmail(EmailAddress email) {
    return owners.values().stream().filter(o -> o.email().equals(email)).findFirst();
  }
}
