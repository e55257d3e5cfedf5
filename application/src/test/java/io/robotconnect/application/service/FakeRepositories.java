package io.robotconnect.application.service;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory robot, identity and event stores for unit tests of the robot services. */
final class FakeRepositories {
  private FakeRepositories() {}

  static final class Robots implements RobotRepository {
    private final Map<RobotId, Robot> robots = new LinkedHashMap<>();

    @Override
    public void save(Robot robot) {
      robots.put(robot.id(), robot);
    }

    @Override
    public Optional<Robot> findById(RobotId id) {
      return Optional.ofNullable(robots.get(id));
    }

    @Override
    public List<Robot> findByOwner(OwnerId owner) {
      return robots.values().stream().filter(r -> r.owner().equals(owner)).toList();
    }
  }

  static final class Identities implements TriggerIdentityRepository {
    private final Map<String, TriggerIdentity> identities = new LinkedHashMap<>();

    @Override
    public void save(TriggerIdentity identity) {
      identities.put(identity.id(), identity);
    }

    @Override
    public Optional<TriggerIdentity> findById(String id) {
      return Optional.ofNullable(identities.get(id));
    }

    @Override
    public List<TriggerIdentity> findLive(OwnerId owner, String triggerSlug) {
      return identities.values().stream()
          .filter(i -> i.isLive())
          .filter(i -> i.subject().owner().equals(owner))
          .filter(i -> i.subject().triggerSlug().equals(triggerSlug))
          .toList();
    }
  }

  static final class Events implements TriggerEventRepository {
    final Map<String, TriggerEvent> events = new LinkedHashMap<>();

    @Override
    public boolean append(TriggerEvent event) {
      return events.putIfAbsent(event.id(), event) == null;
    }

    @Override
    public List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit) {
      List<TriggerEvent> matching = new ArrayList<>();
      for (TriggerEvent e : events.values()) {
        if (e.subject().owner().equals(subject.owner())
            && e.subject().fieldsKey().equals(subject.fieldsKey())) {
          matching.add(e);
        }
      }
      return matching.stream()
          .sorted(Comparator.comparing(TriggerEvent::occurredAt).reversed())
          .limit(limit.value())
          .toList();
    }
  }
}
