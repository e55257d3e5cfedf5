package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes kept in a map, for unit tests of services. */
public class InMemoryAuthorizationCodeRepository implements AuthorizationCodeRepository {
  private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

  @Override
  public void save(AuthorizationCode code) {
    codes.put(code.codeHash(), code);
  }

  @Override
  public Optional<AuthorizationCode> take(String codeHash) {
    return Optional.ofNullable(codes.remove(codeHash));
  }

  @Override
  public void deleteByOwner(OwnerId owner) {
    codes.values().removeIf(c -> c.owner().equals(owner));
  }

  @Override
  public int deleteExpired(Instant now) {
    int before = codes.size();
    codes.values().removeIf(c -> c.isExpiredAt(now));
    return before - codes.size();
  }

  public int size() {
    return codes.size();
  }
}
