package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.jvnet.hk2.annotations.Optional;

/**
 * Guards the admin API: 404 when no admin token is configured (the API does not exist), 401 when
 * the bearer token is missing or wrong.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminApiFilter implements ContainerRequestFilter {
  private static final String SCHEME = "bearer ";

  private final AdminToken token;

  @Inject
  public AdminApiFilter(@Optional AdminToken token) {
    this.token = token;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (token == null) {
      request.abortWith(Responses.error(404, "Not found"));
    } else if (!token.matches(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
      request.abortWith(Responses.error(401, "Invalid or missing admin token"));
    }
  }

  private static String bearer(String header) {
    if (header == null
        || header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return null;
    }
    return header.substring(SCHEME.length()).strip();
  }
}
