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

/**
 * The trigger identities: saved by an upsert (two polls may register one identity at once), looked
 * up by id in plain JDBC on the poll and voice-command paths, listed with HQL.
 */
final class HibernateTriggerIdentityRepository implements TriggerIdentityRepository {
  private final SessionContext context;
  private final TriggerSql sql;
  private final TriggerIdentityMapper mapper;

  HibernateTriggerIdentityRepository(
      SessionContext context, TriggerSql sql, TriggerIdentityMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.mapper = mapper;
  }

  @Override
  public void save(TriggerIdentity identity) {
    TriggerIdentityEntity row = mapper.toEntity(identity);
    context.run(
        session -> {
          TriggerIdentityEntity cached = session.find(TriggerIdentityEntity.class, row.id);
          if (cached != null) {
            session.detach(cached);
          }
          session
              .createNativeMutationQuery(sql.upsertIdentity())
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

  @Override
  public Optional<TriggerIdentity> findById(String id) {
    return context.read(
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(TriggerSql.FIND_IDENTITY)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
              return row.next() ? Optional.of(mapper.toDomain(id, row)) : Optional.empty();
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
              connection.prepareStatement(TriggerSql.findIdentities(keys))) {
            keys.bind(find, 1, PreparedStatement::setString);
            Map<String, TriggerIdentity> found = new HashMap<>();
            try (ResultSet row = find.executeQuery()) {
              while (row.next()) {
                String id = row.getString(6);
                found.put(id, mapper.toDomain(id, row));
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
                .map(mapper::toDomain)
                .toList());
  }
}
