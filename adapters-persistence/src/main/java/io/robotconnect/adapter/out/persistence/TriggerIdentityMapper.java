package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.Optional;

final class TriggerIdentityMapper {
  private TriggerIdentityMapper() {}

  static TriggerIdentity toDomain(TriggerIdentityEntity entity) {
    TriggerSubject subject =
        new TriggerSubject(
            new OwnerId(entity.ownerId), entity.triggerSlug, JsonMaps.read(entity.fields));
    return new TriggerIdentity(
        entity.id, subject, entity.registeredAt, Optional.ofNullable(entity.deletedAt));
  }

  static void copy(TriggerIdentity identity, TriggerIdentityEntity entity) {
    TriggerSubject subject = identity.subject();
    entity.id = identity.id();
    entity.ownerId = subject.owner().value();
    entity.triggerSlug = subject.triggerSlug();
    entity.fieldsKey = subject.fieldsKey();
    entity.fields = JsonMaps.write(subject.fields());
    entity.registeredAt = identity.registeredAt();
    entity.deletedAt = identity.deletedAt().orElse(null);
  }
}
