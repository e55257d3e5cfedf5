package io.robotconnect.adapter.in.rest.oauth;

import jakarta.annotation.Priority;
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

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      request.abortWith(
          AuthorizePage.refused("The form was sent without its content type.")
              .withStatus(415)
              .render());
    }
  }
}
