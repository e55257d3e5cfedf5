package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.AccessLog;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets a request through with a valid service key, or with a valid access token (remembering its
 * owner); anything else is refused with 401.
 */
@Provider
@ServiceKeyOrIftttBearer
@Priority(Priorities.AUTHENTICATION)
public class ServiceKeyOrIftttBearerFilter implements ContainerRequestFilter {
  private static final String OWNER_PROPERTY = ServiceKeyOrIftttBearerFilter.class.getName();
  private static final String BEARER = "bearer ";

  private final ServiceKey serviceKey;
  private final AuthenticateAccessTokenUseCase accessTokens;

  @Inject
  public ServiceKeyOrIftttBearerFilter(
      ServiceKey serviceKey, AuthenticateAccessTokenUseCase accessTokens) {
    this.serviceKey = serviceKey;
    this.accessTokens = accessTokens;
  }

  /** The owner of the access token, or empty when the caller used the service key. */
  static Optional<OwnerId> ownerOf(ContainerRequestContext request) {
    return Optional.ofNullable((OwnerId) request.getProperty(OWNER_PROPERTY));
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString("IFTTT-Service-Key");
    if (key == null) {
      key = request.getHeaderString("IFTTT-Channel-Key");
    }
    if (key != null && serviceKey.matches(key)) {
      return;
    }
    Optional<OwnerId> owner = bearerToken(request).flatMap(accessTokens::authenticate);
    if (owner.isPresent()) {
      request.setProperty(OWNER_PROPERTY, owner.get());
      AccessLog.ownerKnown(request, owner.get());
    } else {
      request.abortWith(
          Responses.error(401, "Send a valid IFTTT-Service-Key or a valid access token"));
    }
  }

  private static Optional<String> bearerToken(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null
        || header.length() <= BEARER.length()
        || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
