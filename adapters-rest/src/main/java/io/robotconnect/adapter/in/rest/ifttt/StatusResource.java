package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.ServiceKeyRequired;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** IFTTT's health check of the service: 200 with {@code {}} when it can serve, 503 when not. */
@Path("/third-party/ifttt/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@ServiceKeyRequired
public class StatusResource {
  private final CheckReadinessUseCase readiness;

  @Inject
  public StatusResource(CheckReadinessUseCase readiness) {
    this.readiness = readiness;
  }

  @GET
  public Response status() {
    return readiness.isReady()
        ? Response.ok(Map.of(), Responses.JSON_UTF8).build()
        : Responses.error(503, "The service is temporarily unavailable");
  }
}
