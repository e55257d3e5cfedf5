package io.robotconnect.adapter.in.rest.docs;

import io.robotconnect.adapter.in.rest.Responses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the platform's OpenAPI 3.1 descriptions as this jar ships them ({@code openapi/*.yaml}),
 * as {@code application/yaml} (RFC 9512; {@code text/yaml} was never registered).
 */
@Path("/openapi/{name}.yaml")
public class OpenApiResource {
  /** The names of the descriptions, each {@code openapi/{name}.yaml} on the classpath. */
  public static final List<String> NAMES =
      List.of("service-api", "owner-api", "admin-api", "connect-webhooks");

  /** RFC 9512 defines no charset parameter: YAML is UTF-8 here. */
  public static final String YAML = "application/yaml";

  private static final Map<String, byte[]> DESCRIPTIONS = load();

  /** The description of that name; 404 for any other name. */
  @GET
  @Produces(YAML)
  public Response description(@PathParam("name") String name) {
    byte[] yaml = DESCRIPTIONS.get(name);
    if (yaml == null) {
      return Responses.error(404, "No description has that name; see " + NAMES);
    }
    return Response.ok(yaml, YAML).build();
  }

  /** The text of one description, from this jar. */
  public static byte[] read(String name) {
    String resource = "/openapi/" + name + ".yaml";
    try (InputStream in = OpenApiResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Map<String, byte[]> load() {
    Map<String, byte[]> descriptions = new LinkedHashMap<>();
    NAMES.forEach(name -> descriptions.put(name, read(name)));
    return Map.copyOf(descriptions);
  }
}
