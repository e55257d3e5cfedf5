package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Authenticates IFTTT's bearer access token; missing or invalid → 401 so IFTTT refreshes. */
@Provider
@IftttBearer
@Priority(Priorities.AUTHENTICATION)
public class IftttBearerFilter implements ContainerRequestFilter {
  private final AuthenticateAccessTokenUseCase accessTokens;

  @Inject
  public IftttBearerFilter(AuthenticateAccessTokenUseCase accessTokens) {
    this.accessTokens = accessTokens;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    BearerTokens.from(request)
        .flatMap(accessTokens::authenticate)
        .ifPresentOrElse(
            owner -> AuthenticatedOwner.set(request, owner),
            () -> request.abortWith(Responses.error(401, "Invalid or missing access token")));
  }
}
