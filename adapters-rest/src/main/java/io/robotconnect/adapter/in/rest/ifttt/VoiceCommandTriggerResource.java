package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.IftttBearer;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code voice_command} trigger: polls, field validation and identity deletion. One instance
 * serves every request (it holds nothing but its use cases), so polls do not build one each.
 */
@Singleton
@Path("/third-party/ifttt/v1/triggers/voice_command")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VoiceCommandTriggerResource {
  private final PollTriggerUseCase poll;
  private final ValidateTriggerFieldUseCase validate;
  private final DeleteTriggerIdentityUseCase delete;

  /**
   * Reads the poll's body with a reader prepared once, instead of Jersey looking up and configuring
   * its JSON provider for every poll; the same mapper, so the same rules and the same exceptions.
   */
  private final ObjectReader pollRequests;

  @Inject
  public VoiceCommandTriggerResource(
      PollTriggerUseCase poll,
      ValidateTriggerFieldUseCase validate,
      DeleteTriggerIdentityUseCase delete,
      ObjectMapper json) {
    this.poll = poll;
    this.validate = validate;
    this.delete = delete;
    this.pollRequests = json.readerFor(PollRequest.class);
  }

  record PollRequest(
      @JsonProperty("trigger_identity") String triggerIdentity,
      Map<String, JsonNode> triggerFields,
      Integer limit,
      IftttUser user) {}

  record IftttUser(String timezone) {
    /** Longer than any IANA zone name; a longer one is refused, an unknown shorter one is UTC. */
    static final int MAX_TIMEZONE_LENGTH = 100;

    IftttUser {
      if (timezone != null && timezone.length() > MAX_TIMEZONE_LENGTH) {
        throw new IllegalArgumentException(
            "user.timezone must be at most " + MAX_TIMEZONE_LENGTH + " characters");
      }
    }
  }

  record ValidateRequest(JsonNode value) {}

  record Verdict(boolean valid, String message) {}

  record VerdictBody(Verdict data) {}

  @POST
  @IftttBearer
  public Response poll(byte[] body, @Authenticated OwnerId owner) throws IOException {
    PollRequest request = isBlank(body) ? null : pollRequests.readValue(body);
    if (request == null) {
      return Responses.error(
          400, "A JSON body with trigger_identity and triggerFields is required");
    }
    PollTriggerQuery query =
        new PollTriggerQuery(
            owner,
            request.triggerIdentity(),
            VoiceCommandTrigger.SLUG,
            request.triggerFields() == null ? null : FieldValues.asStrings(request.triggerFields()),
            request.limit());
    ZoneId zone = zoneOf(request.user());
    return Response.ok(TriggerItemsJson.of(poll.poll(query), zone), Responses.JSON_UTF8).build();
  }

  @POST
  @Path("fields/voice_command/validate")
  @ServiceKeyOrIftttBearer
  public Response validate(ValidateRequest request) {
    String value =
        request == null || request.value() == null || request.value().isNull()
            ? null
            : FieldValues.asString(request.value());
    FieldValidation verdict =
        validate.validate(
            new ValidateTriggerFieldQuery(
                VoiceCommandTrigger.SLUG, VoiceCommandTrigger.PHRASE_FIELD, value));
    return Response.ok(
            new VerdictBody(new Verdict(verdict.valid(), verdict.message().orElse(null))),
            Responses.JSON_UTF8)
        .build();
  }

  @DELETE
  @Path("trigger_identity/{triggerIdentity}")
  @ServiceKeyOrIftttBearer
  public Response delete(
      @PathParam("triggerIdentity") String triggerIdentity,
      @Context ContainerRequestContext context) {
    delete.delete(
        new DeleteTriggerIdentityCommand(
            VoiceCommandTrigger.SLUG,
            triggerIdentity,
            ServiceKeyOrIftttBearerFilter.ownerOf(context)));
    return Response.ok(Map.of(), Responses.JSON_UTF8).build();
  }

  /** No body, as Jersey's JSON provider reads it: nothing but blanks. */
  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Dates are shown in the user's time zone when IFTTT tells us a valid one, else in UTC. */
  private static ZoneId zoneOf(IftttUser user) {
    return Optional.ofNullable(user)
        .map(IftttUser::timezone)
        .flatMap(
            name -> {
              try {
                return Optional.of(ZoneId.of(name));
              } catch (DateTimeException e) {
                return Optional.empty();
              }
            })
        .orElse(ZoneOffset.UTC);
  }
}
