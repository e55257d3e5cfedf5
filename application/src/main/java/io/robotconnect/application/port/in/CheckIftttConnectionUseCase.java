package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;

/** Tells the owner's app whether the owner is connected to IFTTT. */
public interface CheckIftttConnectionUseCase {

  /** True when the owner holds a current (not revoked, not superseded) IFTTT token. */
  boolean isConnected(OwnerId owner);
}
