package io.robotconnect.application.port.in;

import java.util.Optional;

/** Signs an owner in with e-mail address and password, starting an owner-app session. */
public interface StartSessionUseCase {

  /** A new session token, or empty when the e-mail address or the password is wrong. */
  Optional<SessionToken> startSession(StartSessionCommand command);
}
