package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Tells whose owner-app session a bearer token is. */
public interface AuthenticateSessionUseCase {

  /** The owner signed in with this session token, if it is live. */
  Optional<OwnerId> authenticate(String sessionToken);
}
