package io.robotconnect.adapter.in.rest.health;

import io.robotconnect.application.port.in.CheckReadinessUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Liveness and readiness for load balancers and orchestrators. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  private final CheckReadinessUseCase readiness;

  @Inject
  public HealthResource(CheckReadinessUseCase readiness) {
    this.readiness = readiness;
  }

  record Health(String status) {}

  @GET
  @Path("/live")
  public Health live() {
    return new Health("UP");
  }

  @GET
  @Path("/ready")
  public Response ready() {
    return readiness.isReady()
        ? Response.ok(new Health("UP")).build()
        : Response.status(503).entity(new Health("DOWN")).build();
  }
}
