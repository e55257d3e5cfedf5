package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Authenticates the owner's app session token; missing or invalid → 401. */
@Provider
@OwnerSession
@Priority(Priorities.AUTHENTICATION)
public class OwnerSessionFilter implements ContainerRequestFilter {
  private final AuthenticateSessionUseCase sessions;

  @Inject
  public OwnerSessionFilter(AuthenticateSessionUseCase sessions) {
    this.sessions = sessions;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    BearerTokens.from(request)
        .flatMap(sessions::authenticate)
        .ifPresentOrElse(
            owner -> AuthenticatedOwner.set(request, owner),
            () -> request.abortWith(Responses.error(401, "Invalid or missing session token")));
  }
}
