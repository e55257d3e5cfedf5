package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The robots with their places, by HQL; {@link #ownersOf} in plain JDBC, as the voice-command batch
 * asks it for many robots at once.
 */
final class HibernateRobotRepository implements RobotRepository {
  private final SessionContext context;

  HibernateRobotRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public void save(Robot robot) {
    context.run(
        session -> {
          RobotEntity entity = findIn(session, robot.id().value()).orElseGet(RobotEntity::new);
          RobotMapper.copy(robot, entity);
          if (entity.registrationNo == null) {
            session.persist(entity);
          }
          session.flush();
        });
  }

  @Override
  public Optional<Robot> findById(RobotId id) {
    return context.call(session -> findIn(session, id.value()).map(RobotMapper::toDomain));
  }

  @Override
  public Map<RobotId, OwnerId> ownersOf(Collection<RobotId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    InList<RobotId> keys = InList.of(ids);
    return context.read(
        connection -> {
          try (PreparedStatement find =
              connection.prepareStatement(
                  "select robot_id, owner_id from robots where robot_id in ("
                      + keys.placeholders()
                      + ")")) {
            keys.bind(find, 1, (statement, index, id) -> statement.setObject(index, id.value()));
            Map<RobotId, OwnerId> owners = new HashMap<>();
            try (ResultSet row = find.executeQuery()) {
              while (row.next()) {
                owners.put(
                    new RobotId(row.getObject(1, UUID.class)), new OwnerId(row.getString(2)));
              }
            }
            return owners;
          }
        });
  }

  @Override
  public List<Robot> findByOwner(OwnerId owner) {
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "select distinct r from RobotEntity r left join fetch r.places"
                        + " where r.ownerId = :owner order by r.registrationNo",
                    RobotEntity.class)
                .setParameter("owner", owner.value())
                .getResultList()
                .stream()
                .map(RobotMapper::toDomain)
                .toList());
  }

  private static Optional<RobotEntity> findIn(Session session, UUID robotId) {
    return session
        .createSelectionQuery(
            "from RobotEntity r left join fetch r.places where r.robotId = :id", RobotEntity.class)
        .setParameter("id", robotId)
        .uniqueResultOptional();
  }
}
