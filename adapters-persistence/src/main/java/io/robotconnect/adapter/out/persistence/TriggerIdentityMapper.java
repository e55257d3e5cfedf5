package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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

  /** A row of {@link HibernateTriggerIdentityRepository#FIND_BY_ID}. */
  static TriggerIdentity toDomain(String id, ResultSet row) throws SQLException {
    TriggerSubject subject =
        new TriggerSubject(
            new OwnerId(row.getString(1)), row.getString(2), JsonMaps.read(row.getString(3)));
    OffsetDateTime deletedAt = row.getObject(5, OffsetDateTime.class);
    return new TriggerIdentity(
        id,
        subject,
        row.getObject(4, OffsetDateTime.class).toInstant(),
        Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant));
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
