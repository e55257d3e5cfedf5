package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.CodeRedemption;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes kept in a map, for unit tests of services. */
public class InMemoryAuthorizationCodeRepository implements AuthorizationCodeRepository {
  private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
  private final Set<String> redeemed = ConcurrentHashMap.newKeySet();

  @Override
  public void save(AuthorizationCode code) {
    codes.put(code.codeHash(), code);
  }

  @Override
  public synchronized Optional<CodeRedemption> redeem(String codeHash, Instant at) {
    return Optional.ofNullable(codes.get(codeHash))
        .map(code -> new CodeRedemption(code, redeemed.add(codeHash)));
  }

  @Override
  public void deleteByOwner(OwnerId owner) {
    codes.values().removeIf(c -> c.owner().equals(owner));
    redeemed.retainAll(codes.keySet());
  }

  @Override
  public int deleteExpired(Instant now) {
    int before = codes.size();
    codes.values().removeIf(c -> c.isExpiredAt(now));
    redeemed.retainAll(codes.keySet());
    return before - codes.size();
  }

  @Override
  public synchronized int purgeExpired(Instant now, int max) {
    List<String> purged =
        codes.values().stream()
            .filter(c -> c.isExpiredAt(now))
            .limit(max)
            .map(AuthorizationCode::codeHash)
            .toList();
    purged.forEach(codes::remove);
    redeemed.retainAll(codes.keySet());
    return purged.size();
  }

  /** Codes stored, redeemed or not. */
  public int size() {
    return codes.size();
  }
}
