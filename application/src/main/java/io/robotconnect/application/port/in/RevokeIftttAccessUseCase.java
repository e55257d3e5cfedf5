package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;

/** Disconnects an owner from IFTTT: revokes every IFTTT token and authorization code. */
public interface RevokeIftttAccessUseCase {

  void revokeAll(OwnerId owner);
}
