package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Tells whose IFTTT access token a bearer token is. */
public interface AuthenticateAccessTokenUseCase {

  /** The owner the token was issued to, if it is a live access token. */
  Optional<OwnerId> authenticate(String bearerToken);
}
