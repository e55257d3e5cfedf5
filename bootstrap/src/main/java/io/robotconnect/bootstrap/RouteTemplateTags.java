package io.robotconnect.bootstrap;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.robotconnect.adapter.in.rest.RouteTemplates;
import java.util.Set;
import org.glassfish.jersey.micrometer.server.JerseyTags;
import org.glassfish.jersey.micrometer.server.JerseyTagsProvider;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.monitoring.RequestEvent;

/**
 * The labels of {@code http_server_requests_seconds}: Jersey's own (method, route template, status,
 * outcome, exception), with every value bounded whatever clients send. The route is the matched
 * resource's template ({@code NOT_FOUND} when nothing matched, never the raw path), written without
 * the regular expressions of its parameters ({@code {action}}, not {@code {action: a|b}}); a method
 * outside HTTP's usual ones is {@code OTHER}.
 */
final class RouteTemplateTags implements JerseyTagsProvider {
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  @Override
  public Iterable<Tag> httpRequestTags(RequestEvent event) {
    ContainerResponse response = event.getContainerResponse();
    return Tags.of(
        method(event),
        uri(event),
        JerseyTags.exception(event),
        JerseyTags.status(response),
        JerseyTags.outcome(response));
  }

  @Override
  public Iterable<Tag> httpLongRequestTags(RequestEvent event) {
    return Tags.of(method(event), uri(event));
  }

  private static Tag method(RequestEvent event) {
    String method = JerseyTags.method(event.getContainerRequest()).getValue();
    return Tag.of("method", METHODS.contains(method) ? method : "OTHER");
  }

  static Tag uri(RequestEvent event) {
    return Tag.of("uri", RouteTemplates.withoutParameterRegexes(JerseyTags.uri(event).getValue()));
  }
}
