package io.robotconnect.application.port.in;

/** Signs an owner out: the session token stops working at once. */
public interface EndSessionUseCase {

  /** Ends the session of this token; an unknown or ended token is ignored. */
  void endSession(String sessionToken);
}
