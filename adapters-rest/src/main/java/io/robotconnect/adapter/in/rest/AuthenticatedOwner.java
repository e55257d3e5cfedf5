package io.robotconnect.adapter.in.rest;

import io.robotconnect.domain.owner.OwnerId;
import jakarta.ws.rs.container.ContainerRequestContext;

/** The owner a bearer filter authenticated for this request. */
public final class AuthenticatedOwner {
  static final String PROPERTY = AuthenticatedOwner.class.getName();

  private AuthenticatedOwner() {}

  static void set(ContainerRequestContext request, OwnerId owner) {
    request.setProperty(PROPERTY, owner);
    AccessLog.ownerKnown(request, owner);
  }

  /** The authenticated owner; only call from resources behind a bearer filter. */
  public static OwnerId of(ContainerRequestContext request) {
    Object owner = request.getProperty(PROPERTY);
    if (owner instanceof OwnerId id) {
      return id;
    }
    throw new IllegalStateException("resource is not behind a bearer filter");
  }
}
