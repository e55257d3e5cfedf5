package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class HibernateTriggerIdentityRepository implements TriggerIdentityRepository {
  private final SessionContext context;

  HibernateTriggerIdentityRepository(SessionContext context) {
    this.context = context;
  }

  // Upserts: two polls of a new identity may race to insert it; the second must not fail.
  private static final String UPSERT_POSTGRES =
      "insert into trigger_identities"
          + " (id, owner_id, trigger_slug, fields_key, fields, registered_at, deleted_at)"
          + " values (:id, :owner, :slug, :fieldsKey, :fields, :registeredAt, :deletedAt)"
          + " on conflict (id) do update set owner_id = excluded.owner_id,"
          + " trigger_slug = excluded.trigger_slug, fields_key = excluded.fields_key,"
          + " fields = excluded.fields, registered_at = excluded.registered_at,"
          + " deleted_at = excluded.deleted_at";

  private static final String UPSERT_H2 =
      "merge into trigger_identities"
          + " (id, owner_id, trigger_slug, fields_key, fields, registered_at, deleted_at)"
          + " key (id) values (:id, :owner, :slug, :fieldsKey, :fields, :registeredAt,"
          + " :deletedAt)";

  @Override
  public void save(TriggerIdentity identity) {
    TriggerIdentityEntity row = new TriggerIdentityEntity();
    TriggerIdentityMapper.copy(identity, row);
    String upsert = context.isPostgres() ? UPSERT_POSTGRES : UPSERT_H2;
    context.run(
        session -> {
          TriggerIdentityEntity cached = session.find(TriggerIdentityEntity.class, row.id);
          if (cached != null) {
            session.detach(cached);
          }
          session
              .createNativeMutationQuery(upsert)
              .setParameter("id", row.id)
              .setParameter("owner", row.ownerId)
              .setParameter("slug", row.triggerSlug)
              .setParameter("fieldsKey", row.fieldsKey)
              .setParameter("fields", row.fields)
              .setParameter("registeredAt", row.registeredAt, Instant.class)
              .setParameter("deletedAt", row.deletedAt, Instant.class)
              .executeUpdate();
        });
  }

  // the columns TriggerIdentityMapper.toDomain(id, row) reads, in its order, then the id
  private static final String SELECT_IDENTITY =
      "select owner_id, trigger_slug, fields, registered_at, deleted_at, id from trigger_identities";

  /** Plain SQL: a poll that must register or change its identity looks it up first. */
  static final String FIND_BY_ID = SELECT_IDENTITY + " where id = ?";

  private static final String FIND_ALL_BY_ID_PREFIX = SELECT_IDENTITY + " where id in ";

  @Override
  public Optional<TriggerIdentity> findById(String id) {
    return context.read(
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND_BY_ID)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
              return row.next()
                  ? Optional.of(TriggerIdentityMapper.toDomain(id, row))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public Map<String, TriggerIdentity> findAllById(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    InList<String> keys = InList.of(ids);
    return context.read(
        connection -> {
          try (PreparedStatement find =
              connection.prepareStatement(
                  FIND_ALL_BY_ID_PREFIX + "(" + keys.placeholders() + ")")) {
            keys.bind(find, 1, PreparedStatement::setString);
            Map<String, TriggerIdentity> found = new HashMap<>();
            try (ResultSet row = find.executeQuery()) {
              while (row.next()) {
                String id = row.getString(6);
                found.put(id, TriggerIdentityMapper.toDomain(id, row));
              }
            }
            return found;
          }
        });
  }

  @Override
  public List<TriggerIdentity> findLive(OwnerId owner, String triggerSlug) {
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "from TriggerIdentityEntity i where i.ownerId = :owner"
                        + " and i.triggerSlug = :slug and i.deletedAt is null"
                        + " order by i.registeredAt, i.id",
                    TriggerIdentityEntity.class)
                .setParameter("owner", owner.value())
                .setParameter("slug", triggerSlug)
                .setReadOnly(true)
                .getResultList()
                .stream()
                .map(TriggerIdentityMapper::toDomain)
                .toList());
  }
}
