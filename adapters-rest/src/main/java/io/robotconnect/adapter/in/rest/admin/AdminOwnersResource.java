package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ops and QA create owner accounts and register their robots. */
@Path("/api/v1/admin/owners")
@AdminApi
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminOwnersResource {
  private final RegisterOwnerUseCase registerOwner;
  private final RegisterRobotUseCase registerRobot;

  @Inject
  public AdminOwnersResource(
      RegisterOwnerUseCase registerOwner, RegisterRobotUseCase registerRobot) {
    this.registerOwner = registerOwner;
    this.registerRobot = registerRobot;
  }

  @POST
  public Response createOwner(NewOwner body) {
    if (body == null) {
      return Responses.error(400, "A JSON body with email, displayName and password is required");
    }
    Owner owner =
        registerOwner.register(
            new RegisterOwnerCommand(
                new EmailAddress(body.email()), body.displayName(), body.password()));
    return created(new OwnerView(owner.id().value(), owner.email().value(), owner.displayName()));
  }

  @POST
  @Path("/{ownerId}/robots")
  public Response registerRobot(@PathParam("ownerId") String ownerId, NewRobot body) {
    if (body == null) {
      return Responses.error(400, "A JSON body with name and places is required");
    }
    RobotId id = body.id() == null ? null : RobotId.of(body.id());
    Robot robot =
        registerRobot.register(
            RegisterRobotCommand.of(new OwnerId(ownerId), id, body.name(), body.toPlaces()));
    return created(RobotView.of(robot));
  }

  private static Response created(Object data) {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
        .entity(new Data(data))
        .build();
  }

  record Data(Object data) {}

  record NewOwner(String email, String displayName, String password) {}

  record OwnerView(String id, String email, String displayName) {}

  record NewRobot(String id, String name, List<NewPlace> places) {
    List<Place> toPlaces() {
      if (places == null) {
        return List.of();
      }
      if (places.size() > Robot.MAX_PLACES) {
        throw new IllegalArgumentException("places: at most " + Robot.MAX_PLACES + " places");
      }
      List<Place> result = new ArrayList<>();
      for (int i = 0; i < places.size(); i++) {
        if (places.get(i) == null) {
          throw new IllegalArgumentException("places[" + i + "] must be an object");
        }
        result.add(places.get(i).toPlace("places[" + i + "]"));
      }
      return result;
    }
  }

  record NewPlace(String name, String waypointUuid) {
    Place toPlace(String at) {
      if (waypointUuid == null) {
        throw new IllegalArgumentException(at + ".waypointUuid is required");
      }
      UUID waypoint;
      try {
        waypoint = UUID.fromString(waypointUuid);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ".waypointUuid must be a uuid");
      }
      try {
        return new Place(waypoint, name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ".name: " + e.getMessage());
      }
    }
  }

  record PlaceView(String name, String waypointUuid) {}

  record RobotView(String id, String ownerId, String name, List<PlaceView> places) {
    static RobotView of(Robot robot) {
      return new RobotView(
          robot.id().toString(),
          robot.owner().value(),
          robot.name(),
          robot.places().stream()
              .map(p -> new PlaceView(p.name(), p.waypointUuid().toString()))
              .toList());
    }
  }
}
