package io.robotconnect.adapter.in.rest.owner;

import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.OwnerSession;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The owner's app asks which third parties the owner is connected to (only IFTTT). */
@Path("/third-party/info")
@OwnerSession
@Produces(MediaType.APPLICATION_JSON)
public class ThirdPartyInfoResource {
  private final CheckIftttConnectionUseCase connection;

  @Inject
  public ThirdPartyInfoResource(CheckIftttConnectionUseCase connection) {
    this.connection = connection;
  }

  @GET
  public Data info(@Authenticated OwnerId owner) {
    boolean connected = connection.isConnected(owner);
    return new Data(List.of(new ThirdParty("IFTTT", connected)));
  }

  record Data(List<ThirdParty> data) {}

  record ThirdParty(String name, boolean isConnected) {}
}
