package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.IftttBearer;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.application.port.in.ListAnimationOptionsUseCase;
import io.robotconnect.application.port.in.ListPlaceOptionsUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The dropdown choices of the actions' fields (IFTTT sends an empty JSON body, ignored here). */
@Path("/third-party/ifttt/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@IftttBearer
public class ActionFieldOptionsResource {
  private final ListAnimationOptionsUseCase animations;
  private final ListPlaceOptionsUseCase places;

  @Inject
  public ActionFieldOptionsResource(
      ListAnimationOptionsUseCase animations, ListPlaceOptionsUseCase places) {
    this.animations = animations;
    this.places = places;
  }

  record Option(String label, String value) {}

  record Options(List<Option> data) {}

  @POST
  @Path("animation/fields/action/options")
  public Response animationActionOptions() {
    return options(animations.animationOptions());
  }

  @POST
  @Path("move/fields/action/options")
  public Response moveActionOptions() {
    return options(animations.animationOptions());
  }

  @POST
  @Path("move/fields/place/options")
  public Response movePlaceOptions(@Authenticated OwnerId owner) {
    return options(places.placeOptions(owner));
  }

  private static Response options(List<FieldOption> options) {
    List<Option> data =
        options.stream().map(option -> new Option(option.label(), option.value())).toList();
    return Response.ok(new Options(data), Responses.JSON_UTF8_TYPE).build();
  }
}
