package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;

final class OwnerMapper {
  private OwnerMapper() {}

  static Owner toDomain(OwnerEntity entity) {
    return new Owner(
        new OwnerId(entity.id),
        new EmailAddress(entity.email),
        entity.displayName,
        entity.passwordHash);
  }

  static void copy(Owner owner, OwnerEntity entity) {
    entity.id = owner.id().value();
    entity.email = owner.email().value();
    entity.displayName = owner.displayName();
    entity.passwordHash = owner.passwordHash();
  }
}
