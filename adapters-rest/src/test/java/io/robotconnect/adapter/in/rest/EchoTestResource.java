package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A JSON endpoint for testing the adapter's common behaviour. */
@Path("/test/echo")
public class EchoTestResource {
  record Body(String phrase, Integer limit) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> echo(Body body) {
    if (body == null || body.phrase() == null) {
      throw new IllegalArgumentException("phrase is required");
    }
    return Map.of("data", Map.of("phrase", body.phrase(), "limit", String.valueOf(body.limit())));
  }

  @POST
  @Path("/boom")
  public String boom() {
    throw new IllegalStateException("secret internal detail");
  }
}
