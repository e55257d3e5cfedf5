package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

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
  public Map<RobotId, Robot> findAllById(Collection<RobotId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Set<UUID> keys = ids.stream().map(RobotId::value).collect(Collectors.toSet());
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "select distinct r from RobotEntity r left join fetch r.places"
                        + " where r.robotId in :ids",
                    RobotEntity.class)
                .setParameter("ids", keys)
                .setReadOnly(true)
                .getResultList()
                .stream()
                .map(RobotMapper::toDomain)
                .collect(Collectors.toMap(Robot::id, robot -> robot)));
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
