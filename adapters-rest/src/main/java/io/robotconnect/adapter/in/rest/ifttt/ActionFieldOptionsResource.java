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
import jakarta.ws.rs.PathParam;
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

  /** The choices of one dropdown field of an action, as {@link ServiceApiActions} lists them. */
  @POST
  @Path("{field: " + ServiceApiActions.OPTION_FIELDS + "}/options")
  public Response fieldOptions(@PathParam("field") String field, @Authenticated OwnerId owner) {
    return options(
        switch (ServiceApiActions.optionsOf(field)) {
          case ANIMATIONS -> animations.animationOptions();
          case PLACES -> places.placeOptions(owner);
        });
  }

  private static Response options(List<FieldOption> options) {
    List<Option> data =
        options.stream().map(option -> new Option(option.label(), option.value())).toList();
    return Response.ok(new Options(data), Responses.JSON_UTF8).build();
  }
}
