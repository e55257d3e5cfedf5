package io.robotconnect.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.MDC;

/**
 * Puts the request id (and, once a filter authenticated it, the owner) into every log line of the
 * request, echoes the id, and logs one access line.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = RequestIdFilter.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    // the HTTP edge has already chosen the id when it buffered the body
    String id =
        request.getProperty(RequestIds.MDC_KEY) instanceof String known
            ? known
            : RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, id);
    MDC.remove(AccessLog.OWNER_MDC_KEY);
    request.setProperty(RequestIds.MDC_KEY, id);
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(RequestIds.MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(RequestIds.HEADER, id);
      MDC.put(RequestIds.MDC_KEY, id.toString());
    }
    AccessLog.ownerOf(request).ifPresent(owner -> MDC.put(AccessLog.OWNER_MDC_KEY, owner.value()));
    Object started = request.getProperty(STARTED);
    long micros = started instanceof Long t ? (System.nanoTime() - t) / 1000 : -1;
    try {
      AccessLog.log(
          request.getMethod(),
          request.getUriInfo().getRequestUri().getRawPath(),
          RouteTemplates.matched(request),
          response.getStatus(),
          micros);
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
      MDC.remove(AccessLog.OWNER_MDC_KEY);
    }
  }
}
