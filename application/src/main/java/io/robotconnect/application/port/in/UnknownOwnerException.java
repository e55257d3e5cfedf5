package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;

/** No owner has this id. */
public class UnknownOwnerException extends RuntimeException {
  public UnknownOwnerException(OwnerId owner) {
    super("no owner with id " + owner);
  }
}
