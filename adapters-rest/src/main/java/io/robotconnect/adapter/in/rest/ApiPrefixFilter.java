package io.robotconnect.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Serves the IFTTT-facing resources ({@code {prefix}/ifttt/...} and {@code {prefix}/info}) under
 * the configured prefix instead of the default one. Only those paths move: the platform's own
 * ({@code /}, {@code /api/...}, {@code /health/...}, {@code /openapi/...}) stay where they are,
 * also when the prefix is empty.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 400)
public class ApiPrefixFilter implements ContainerRequestFilter {
  private final ApiPrefix prefix;

  @Inject
  public ApiPrefixFilter(ApiPrefix prefix) {
    this.prefix = prefix;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (prefix.isDefault()) {
      return;
    }
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (isUnder(path, ApiPrefix.DEFAULT)) {
      request.abortWith(Responses.error(404, "Not found"));
    } else if (isUnder(path, prefix.value())
        && isIftttFacing(path.substring(prefix.value().length()))) {
      String rest = path.substring(prefix.value().length());
      URI rewritten = UriBuilder.fromUri(uri).replacePath(ApiPrefix.DEFAULT + rest).build();
      request.setRequestUri(request.getUriInfo().getBaseUri(), rewritten);
    }
  }

  /** Whether the path after the prefix is one the prefix carries. */
  private static boolean isIftttFacing(String rest) {
    return isUnder(rest, "/ifttt") || isUnder(rest, "/info");
  }

  private static boolean isUnder(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}
