package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Maps trigger identities to their rows and back. */
final class TriggerIdentityMapper {
  private final JsonMaps maps;

  TriggerIdentityMapper(JsonMaps maps) {
    this.maps = maps;
  }

  TriggerIdentity toDomain(TriggerIdentityEntity entity) {
    TriggerSubject subject =
        new TriggerSubject(
            new OwnerId(entity.ownerId), entity.triggerSlug, maps.read(entity.fields));
    return new TriggerIdentity(
        entity.id, subject, entity.registeredAt, Optional.ofNullable(entity.deletedAt));
  }

  /** A row of {@link TriggerSql#FIND_IDENTITY} or {@link TriggerSql#findIdentities}. */
  TriggerIdentity toDomain(String id, ResultSet row) throws SQLException {
    TriggerSubject subject =
        new TriggerSubject(
            new OwnerId(row.getString(1)), row.getString(2), maps.read(row.getString(3)));
    OffsetDateTime deletedAt = row.getObject(5, OffsetDateTime.class);
    return new TriggerIdentity(
        id,
        subject,
        row.getObject(4, OffsetDateTime.class).toInstant(),
        Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant));
  }

  TriggerIdentityEntity toEntity(TriggerIdentity identity) {
    TriggerSubject subject = identity.subject();
    TriggerIdentityEntity entity = new TriggerIdentityEntity();
    entity.id = identity.id();
    entity.ownerId = subject.owner().value();
    entity.triggerSlug = subject.triggerSlug();
    entity.fieldsKey = subject.fieldsKey();
    entity.fields = maps.write(subject.fields());
    entity.registeredAt = identity.registeredAt();
    entity.deletedAt = identity.deletedAt().orElse(null);
    return entity;
  }
}
