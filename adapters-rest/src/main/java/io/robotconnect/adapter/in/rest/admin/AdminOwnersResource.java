package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.GetOwnerUseCase;
import io.robotconnect.application.port.in.GetRobotUseCase;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ops and QA create owner accounts and register their robots, and read both back at the {@code
 * Location} the creation answered.
 */
@Path(AdminOwnersResource.OWNERS)
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class AdminOwnersResource {
  static final String OWNERS = "/api/v1/admin/owners";
  private static final String OWNER = "{ownerId}";
  private static final String ROBOT = "{ownerId}/robots/{robotId}";

  private final RegisterOwnerUseCase registerOwner;
  private final RegisterRobotUseCase registerRobot;
  private final GetOwnerUseCase getOwner;
  private final GetRobotUseCase getRobot;

  @Inject
  public AdminOwnersResource(
      RegisterOwnerUseCase registerOwner,
      RegisterRobotUseCase registerRobot,
      GetOwnerUseCase getOwner,
      GetRobotUseCase getRobot) {
    this.registerOwner = registerOwner;
    this.registerRobot = registerRobot;
    this.getOwner = getOwner;
    this.getRobot = getRobot;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createOwner(NewOwner body, @Context UriInfo uri) {
    if (body == null) {
      return Responses.error(400, "A JSON body with email, displayName and password is required");
    }
    Owner owner =
        registerOwner.register(
            new RegisterOwnerCommand(
                new EmailAddress(body.email()), body.displayName(), body.password()));
    return created(
        uri.getBaseUriBuilder().path(OWNERS).path(OWNER).build(owner.id().value()),
        OwnerView.of(owner));
  }

  @GET
  @Path(OWNER)
  public Response owner(@PathParam("ownerId") String ownerId) {
    Optional<OwnerId> id = ownerIdOf(ownerId);
    return id.flatMap(getOwner::owner)
        .map(owner -> ok(OwnerView.of(owner)))
        .orElseGet(
            () ->
                Responses.error(
                    404,
                    id.map(known -> "no owner with id " + known).orElse("no owner has that id")));
  }

  @POST
  @Path("/{ownerId}/robots")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response registerRobot(
      @PathParam("ownerId") String ownerId, NewRobot body, @Context UriInfo uri) {
    if (body == null) {
      return Responses.error(400, "A JSON body with name and places is required");
    }
    RobotId id = body.id() == null ? null : RobotId.of(body.id());
    Robot robot =
        registerRobot.register(
            RegisterRobotCommand.of(new OwnerId(ownerId), id, body.name(), body.toPlaces()));
    URI location =
        uri.getBaseUriBuilder()
            .path(OWNERS)
            .path(ROBOT)
            .build(robot.owner().value(), robot.id().toString());
    return created(location, RobotView.of(robot));
  }

  @GET
  @Path(ROBOT)
  public Response robot(
      @PathParam("ownerId") String ownerId, @PathParam("robotId") String robotId) {
    Optional<OwnerId> owner = ownerIdOf(ownerId);
    Optional<RobotId> robot = robotIdOf(robotId);
    return owner
        .flatMap(o -> robot.flatMap(r -> getRobot.robot(o, r)))
        .map(found -> ok(RobotView.of(found)))
        .orElseGet(
            () ->
                Responses.error(
                    404,
                    owner.isPresent() && robot.isPresent()
                        ? "owner " + owner.get() + " has no robot with id " + robot.get()
                        : "no robot has that id"));
  }

  /** The owner id in a path; one that no owner can have is simply not found (and not echoed). */
  private static Optional<OwnerId> ownerIdOf(String text) {
    try {
      return Optional.of(new OwnerId(text));
    } catch (IllegalArgumentException noOwnerHasIt) {
      return Optional.empty();
    }
  }

  private static Optional<RobotId> robotIdOf(String text) {
    try {
      return Optional.of(RobotId.of(text));
    } catch (IllegalArgumentException noRobotHasIt) {
      return Optional.empty();
    }
  }

  private static Response created(URI location, Object data) {
    return Response.created(location).type(Responses.JSON_UTF8).entity(new Data(data)).build();
  }

  private static Response ok(Object data) {
    return Response.ok(new Data(data)).type(Responses.JSON_UTF8).build();
  }

  record Data(Object data) {}

  record NewOwner(String email, String displayName, String password) {}

  record OwnerView(String id, String email, String displayName) {
    static OwnerView of(Owner owner) {
      return new OwnerView(owner.id().value(), owner.email().value(), owner.displayName());
    }
  }

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
