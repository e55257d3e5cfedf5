package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Route templates as the access log and the request metrics name them: the matched resource
 * method's template, each parameter by its name without its regular expression ({@code {action}},
 * not {@code {action: a|b}}), so that a label or a log field never holds a raw path.
 */
public final class RouteTemplates {
  // {name: regex}, the regex holding at most one level of braces ({1,50})
  private static final Pattern PARAMETER_REGEX =
      Pattern.compile("\\{\\s*([\\w.-]+)\\s*:[^{}]*(?:\\{[^{}]*}[^{}]*)*}");

  private RouteTemplates() {}

  /** The template with each parameter's regular expression left out. */
  public static String withoutParameterRegexes(String template) {
    return PARAMETER_REGEX.matcher(template).replaceAll("{$1}");
  }

  /**
   * The template of the resource method that matched, e.g. {@code
   * /third-party/ifttt/v1/actions/{action}}; empty when no resource matched.
   */
  static Optional<String> matched(ContainerRequestContext request) {
    if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
      return Optional.empty();
    }
    List<UriTemplate> templates = info.getMatchedTemplates();
    if (templates.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder route = new StringBuilder();
    for (int i = templates.size() - 1; i >= 0; i--) {
      route.append('/').append(templates.get(i).getTemplate());
    }
    String joined = route.toString().replaceAll("/{2,}", "/");
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return Optional.of(withoutParameterRegexes(joined));
  }
}
