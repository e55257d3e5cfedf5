package io.robotconnect.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses requests without the right service key with 401 and an {@code errors} body. */
@Provider
@ServiceKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ServiceKeyFilter implements ContainerRequestFilter {
  static final String SERVICE_KEY_HEADER = "IFTTT-Service-Key";
  static final String CHANNEL_KEY_HEADER = "IFTTT-Channel-Key";

  private final ServiceKey serviceKey;

  @Inject
  public ServiceKeyFilter(ServiceKey serviceKey) {
    this.serviceKey = serviceKey;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String presented = request.getHeaderString(SERVICE_KEY_HEADER);
    if (presented == null) {
      presented = request.getHeaderString(CHANNEL_KEY_HEADER);
    }
    if (presented == null) {
      request.abortWith(Responses.error(401, "Missing IFTTT-Service-Key header"));
    } else if (!serviceKey.matches(presented)) {
      request.abortWith(Responses.error(401, "Invalid IFTTT-Service-Key"));
    }
  }
}
