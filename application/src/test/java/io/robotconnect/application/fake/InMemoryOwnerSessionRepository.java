package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.OwnerSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in a map, for unit tests of services. */
public class InMemoryOwnerSessionRepository implements OwnerSessionRepository {
  private final Map<String, OwnerSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void save(OwnerSession session) {
    sessions.put(session.tokenHash(), session);
  }

  @Override
  public Optional<OwnerSession> findByTokenHash(String tokenHash) {
    return Optional.ofNullable(sessions.get(tokenHash));
  }

  @Override
  public void delete(String tokenHash) {
    sessions.remove(tokenHash);
  }

  @Override
  public int deleteExpired(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(s -> !s.isLiveAt(now));
    return before - sessions.size();
  }

  @Override
  public synchronized int purgeExpired(Instant now, int max) {
    List<String> purged =
        sessions.values().stream()
            .filter(s -> !s.isLiveAt(now))
            .limit(max)
            .map(OwnerSession::tokenHash)
            .toList();
    purged.forEach(sessions::remove);
    return purged.size();
  }

  public int size() {
    return sessions.size();
  }
}
