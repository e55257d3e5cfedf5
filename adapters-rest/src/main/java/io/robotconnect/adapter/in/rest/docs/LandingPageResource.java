package io.robotconnect.adapter.in.rest.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.robotconnect.adapter.in.rest.ApiPrefix;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The page at {@code /}, where the start-up banner points: what this service is, its health checks,
 * its OpenAPI descriptions and where its documentation is.
 */
@Path("/")
@Singleton
public class LandingPageResource {
  public static final String HTML_UTF8 = MediaType.TEXT_HTML + "; charset=utf-8";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("templates/landing").compile("landing.mustache");

  /** What each description of {@link OpenApiResource#NAMES} covers, in that order. */
  private static final Map<String, String> DESCRIBED =
      Map.of(
          "service-api", "the IFTTT Service API, as IFTTT calls it",
          "owner-api", "the robot owner's app: sessions, the IFTTT connection, Connections",
          "admin-api", "the admin API, the health checks and these descriptions",
          "connect-webhooks", "the endpoint IFTTT Connect sends its webhooks to");

  private final String html;

  @Inject
  public LandingPageResource(ApiPrefix prefix) {
    List<Map<String, String>> descriptions =
        OpenApiResource.NAMES.stream()
            .map(name -> Map.of("name", name, "what", DESCRIBED.getOrDefault(name, name)))
            .toList();
    StringWriter page = new StringWriter();
    TEMPLATE.execute(page, Map.of("prefix", prefix.value(), "descriptions", descriptions));
    this.html = page.toString();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page() {
    return Response.ok(html)
        .header(HttpHeaders.CONTENT_TYPE, HTML_UTF8)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .build();
  }
}
