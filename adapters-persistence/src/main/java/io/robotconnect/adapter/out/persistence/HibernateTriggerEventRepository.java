package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

final class HibernateTriggerEventRepository implements TriggerEventRepository {
  /** Served by index {@code ix_trigger_events_timeline}; reads only the rows it returns. */
  static final String TIMELINE =
      "select e.eventId, e.subjectFields, e.ingredients, e.occurredAt"
          + " from TriggerEventEntity e where e.ownerId = :owner and e.triggerSlug = :slug"
          + " and e.fieldsKey = :fieldsKey order by e.occurredAt desc, e.eventId desc";

  // ON CONFLICT leaves the surrounding transaction usable, unlike a failed insert on PostgreSQL.
  private static final String INSERT_UNLESS_PRESENT_POSTGRES =
      "insert into trigger_events"
          + " (event_id, owner_id, trigger_slug, fields_key, subject_fields, ingredients,"
          + " occurred_at) values (:id, :owner, :slug, :fieldsKey, :fields, :ingredients,"
          + " :occurredAt) on conflict (event_id) do nothing";

  private final SessionContext context;

  HibernateTriggerEventRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public boolean append(TriggerEvent event) {
    TriggerEventEntity entity = TriggerEventMapper.toEntity(event);
    if (context.isPostgres()) {
      return context.call(session -> insertUnlessPresentPostgres(session, entity)) == 1;
    }
    try {
      return context.call(session -> insertUnlessPresent(session, entity));
    } catch (ConstraintViolationException raceLostToTheSameId) {
      return false;
    }
  }

  private static int insertUnlessPresentPostgres(Session session, TriggerEventEntity entity) {
    return session
        .createNativeMutationQuery(INSERT_UNLESS_PRESENT_POSTGRES)
        .setParameter("id", entity.eventId)
        .setParameter("owner", entity.ownerId)
        .setParameter("slug", entity.triggerSlug)
        .setParameter("fieldsKey", entity.fieldsKey)
        .setParameter("fields", entity.subjectFields)
        .setParameter("ingredients", entity.ingredients)
        .setParameter("occurredAt", entity.occurredAt)
        .executeUpdate();
  }

  private static boolean insertUnlessPresent(Session session, TriggerEventEntity entity) {
    if (session.get(TriggerEventEntity.class, entity.eventId) != null) {
      return false;
    }
    session.persist(entity);
    session.flush();
    return true;
  }

  @Override
  public List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit) {
    if (limit.value() == 0) {
      return List.of();
    }
    List<Object[]> rows =
        context.call(
            session ->
                session
                    .createSelectionQuery(TIMELINE, Object[].class)
                    .setParameter("owner", subject.owner().value())
                    .setParameter("slug", subject.triggerSlug())
                    .setParameter("fieldsKey", subject.fieldsKey())
                    .setMaxResults(limit.value())
                    .setReadOnly(true)
                    .getResultList());
    return TriggerEventMapper.toTimeline(subject, rows);
  }
}
