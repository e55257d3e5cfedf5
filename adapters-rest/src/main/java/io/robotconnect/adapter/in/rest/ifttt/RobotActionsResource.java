package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.IftttBearer;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The robot's actions, one endpoint each: the slugs and their fields are {@link ServiceApiActions}.
 */
@Path("/third-party/ifttt/v1/actions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IftttBearer
public class RobotActionsResource {
  private final RunRobotActionUseCase actions;

  @Inject
  public RobotActionsResource(RunRobotActionUseCase actions) {
    this.actions = actions;
  }

  /** IFTTT sends an action's own fields (at most two here) and maybe a few more. */
  static final int MAX_ACTION_FIELDS = 20;

  record ActionRequest(Map<String, JsonNode> actionFields) {
    ActionRequest {
      if (actionFields != null && actionFields.size() > MAX_ACTION_FIELDS) {
        throw new IllegalArgumentException(
            "actionFields has at most " + MAX_ACTION_FIELDS + " fields");
      }
    }
  }

  record ActionResult(String id) {}

  record ActionResults(List<ActionResult> data) {}

  /** Runs the action named by the path; {@link ServiceApiActions} reads its fields. */
  @POST
  @Path("{action: " + ServiceApiActions.SLUGS + "}")
  public Response run(
      @PathParam("action") String slug, ActionRequest request, @Authenticated OwnerId owner) {
    if (request == null || request.actionFields() == null) {
      return Responses.error(400, "actionFields is required");
    }
    RobotAction action =
        ServiceApiActions.named(slug)
            .parse()
            .apply(
                new ServiceApiActions.ActionFields(FieldValues.asStrings(request.actionFields())));
    String actionId = actions.run(new RunRobotActionCommand(owner, action));
    return Response.ok(new ActionResults(List.of(new ActionResult(actionId))), Responses.JSON_UTF8)
        .build();
  }
}
