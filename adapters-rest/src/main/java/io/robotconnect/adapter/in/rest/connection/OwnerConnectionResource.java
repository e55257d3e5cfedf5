package io.robotconnect.adapter.in.rest.connection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.AuthenticatedOwner;
import io.robotconnect.adapter.in.rest.JsonProblems;
import io.robotconnect.adapter.in.rest.OwnerSession;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.ConnectionNotRunnableException;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.InvalidConfigurationException;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's app's API for the owner's IFTTT connections, for apps that build their own
 * configuration screen ({@code skip_config=true}). Errors use the Connect API's format.
 */
@Path("/api/v1/connections/{connection_id}")
@Produces(MediaType.APPLICATION_JSON)
@OwnerSession
public class OwnerConnectionResource {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerConnectionResource.class);

  private final ManageUserConnectionUseCase manage;
  private final RunConnectionStepUseCase run;
  private final CreateConnectUrlUseCase connectUrls;
  private final ObjectMapper json;
  @Context private ContainerRequestContext request;

  @Inject
  public OwnerConnectionResource(
      ManageUserConnectionUseCase manage,
      RunConnectionStepUseCase run,
      CreateConnectUrlUseCase connectUrls,
      ObjectMapper json) {
    this.manage = manage;
    this.run = run;
    this.connectUrls = connectUrls;
    this.json = json;
  }

  @GET
  public Response show(@PathParam("connection_id") String connectionId) {
    return answer(
        () -> ok(ConnectionBodies.Snapshot.of(manage.show(owner(), connection(connectionId)))));
  }

  @GET
  @Path("/{type}/{type_id}/field_options")
  public Response fieldOptions(
      @PathParam("connection_id") String connectionId,
      @PathParam("type") String type,
      @PathParam("type_id") String typeId) {
    return answer(
        () ->
            ok(
                ConnectionBodies.FieldOptionsBody.of(
                    manage.fieldOptions(
                        owner(), connection(connectionId), new OptionsScope(type, typeId)))));
  }

  @PUT
  @Path("/user_connection")
  public Response update(@PathParam("connection_id") String connectionId, String body) {
    return answer(
        () -> {
          ConnectionRequest request = new ConnectionRequest(object(body));
          List<UserFeature> features = request.userFeatures();
          request.done();
          return ok(
              ConnectionBodies.Snapshot.of(
                  manage.update(
                      new ManageUserConnectionUseCase.UpdateUserConnectionCommand(
                          owner(), connection(connectionId), features))));
        });
  }

  @POST
  @Path("/user_connection/refresh")
  public Response refresh(@PathParam("connection_id") String connectionId) {
    return answer(
        () -> {
          manage.refresh(owner(), connection(connectionId));
          return Response.noContent().build();
        });
  }

  @POST
  @Path("/actions/{action_id}/run")
  public Response runAction(
      @PathParam("connection_id") String connectionId,
      @PathParam("action_id") String actionId,
      String body) {
    return answer(
        () -> {
          run.runAction(step(connectionId, actionId, new ConnectionRequest(object(body))));
          return Response.noContent().build();
        });
  }

  @POST
  @Path("/queries/{query_id}/perform")
  public Response performQuery(
      @PathParam("connection_id") String connectionId,
      @PathParam("query_id") String queryId,
      String body) {
    return answer(
        () -> {
          ConnectionRequest request = new ConnectionRequest(object(body));
          RunConnectionStepUseCase.StepCommand command = step(connectionId, queryId, request);
          ConnectApiPort.QueryPage page =
              run.performQuery(command, request.query(Map.of(), Optional.empty()));
          return ok(ConnectionBodies.QueryPageBody.of(page));
        });
  }

  @POST
  @Path("/triggers/{trigger_id}/test")
  public Response testTrigger(
      @PathParam("connection_id") String connectionId,
      @PathParam("trigger_id") String triggerId,
      String body) {
    return answer(
        () -> {
          run.testTrigger(step(connectionId, triggerId, new ConnectionRequest(object(body))));
          return Response.noContent().build();
        });
  }

  @POST
  @Path("/connect_url")
  public Response connectUrl(@PathParam("connection_id") String connectionId, String body) {
    return answer(
        () -> {
          ConnectionRequest request = new ConnectionRequest(object(body));
          Optional<String> redirectUri =
              request.text("redirect_uri", AuthorizationRequest.MAX_REDIRECT_URI_LENGTH);
          Optional<String> oauthCode = request.text("oauth_code", TokenGrant.MAX_SECRET_LENGTH);
          boolean skipConfig = request.flag("skip_config", false);
          request.done();
          URI url =
              connectUrls.connectUrl(
                  new CreateConnectUrlUseCase.ConnectUrlCommand(
                      owner(),
                      connection(connectionId),
                      redirectUri.map(URI::create),
                      oauthCode,
                      skipConfig));
          return ok(new ConnectionBodies.ConnectUrlBody(url.toString()));
        });
  }

  private RunConnectionStepUseCase.StepCommand step(
      String connectionId, String stepId, ConnectionRequest request) {
    Map<String, FieldValue> fields = request.overrides();
    Optional<String> userFeatureId = request.userFeatureId();
    request.done();
    return new RunConnectionStepUseCase.StepCommand(
        owner(), connection(connectionId), StepRef.parse(stepId), fields, userFeatureId);
  }

  private OwnerId owner() {
    return AuthenticatedOwner.of(request);
  }

  private static ConnectionId connection(String id) {
    return new ConnectionId(id);
  }

  /** The body as a JSON object; none at all is read as an empty one. */
  private JsonNode object(String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(body);
      if (!node.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(JsonProblems.describe(e, json));
    }
  }

  private static Response ok(Object body) {
    return Response.ok(body).type(Responses.JSON_UTF8).build();
  }

  /** Runs the call and turns every failure into a Connect-format error, never a 500 page. */
  private static Response answer(Supplier<Response> call) {
    try {
      return call.get();
    } catch (InvalidConfigurationException e) {
      return ConnectErrorBody.response(422, "invalid_parameters", e.getMessage(), e.problems());
    } catch (ConnectionNotRunnableException e) {
      return ConnectErrorBody.response(409, e.reason(), e.getMessage());
    } catch (ConnectApiException.InvalidParameters e) {
      return ConnectErrorBody.response(422, e.code(), e.getMessage(), e.problems());
    } catch (ConnectApiException.NotFound e) {
      return ConnectErrorBody.response(404, e.code(), e.getMessage());
    } catch (ConnectApiException.Forbidden e) {
      return ConnectErrorBody.response(403, e.code(), e.getMessage());
    } catch (ConnectApiException.Unavailable e) {
      return ConnectErrorBody.response(503, e.code(), "IFTTT is unreachable; try again later");
    } catch (ConnectApiException e) {
      LOG.warn("Connect API call failed: {} {}", e.code(), e.getMessage());
      return ConnectErrorBody.response(502, e.code(), "IFTTT failed: " + e.getMessage());
    } catch (UnknownOwnerException e) {
      return ConnectErrorBody.response(404, "not_found", "Unknown owner");
    } catch (IllegalArgumentException e) {
      return ConnectErrorBody.response(400, "invalid_request", e.getMessage());
    }
  }
}
