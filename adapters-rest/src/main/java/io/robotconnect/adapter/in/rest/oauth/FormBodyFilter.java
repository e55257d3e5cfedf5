package io.robotconnect.adapter.in.rest.oauth;

import io.robotconnect.adapter.in.rest.Brand;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey matches a body without {@code Content-Type} to a form method, then fails reading its
 * fields; such a request is refused on the page (415) before that.
 */
@Provider
@FormBody
@Priority(Priorities.HEADER_DECORATOR)
public class FormBodyFilter implements ContainerRequestFilter {
  private final Brand brand;

  @Inject
  public FormBodyFilter(Brand brand) {
    this.brand = brand;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      request.abortWith(
          AuthorizePage.refused(Refusal.UNREADABLE_FORM).withStatus(415).render(brand));
    }
  }
}
