package io.robotconnect.adapter.in.rest.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.JsonProblems;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.ServiceKeyRequired;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase.WebhookAcceptance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The Connect webhooks IFTTT pushes ({@code connection/enabled|updated|disabled}, {@code
 * trigger_subscription/fired}). Answers at once; the work is queued. A repeated {@code
 * X-Request-ID} is acknowledged and not acted on again; unknown types and events are acknowledged
 * and kept for inspection.
 */
@Path("/third-party/ifttt/v1/webhooks/{type}/{event}")
@Produces(MediaType.APPLICATION_JSON)
@ServiceKeyRequired
public class ConnectWebhookResource {
  private static final int MAX_NAME = 100;

  private final ReceiveConnectWebhookUseCase webhooks;
  private final ObjectMapper json;

  @Inject
  public ConnectWebhookResource(ReceiveConnectWebhookUseCase webhooks, ObjectMapper json) {
    this.webhooks = webhooks;
    this.json = json;
  }

  /** What the platform did with the webhook, for IFTTT's logs and our tests. */
  record Acknowledgement(String status) {}

  @POST
  public Response receive(
      @PathParam("type") String type,
      @PathParam("event") String event,
      @HeaderParam("X-Request-ID") String requestId,
      String body) {
    if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
      return Responses.error(400, "X-Request-ID is required");
    }
    if (type.length() > MAX_NAME || event.length() > MAX_NAME) {
      return Responses.error(400, "webhook type and event must be at most 100 characters");
    }
    String text = body == null ? "" : body;
    Optional<ConnectWebhook.Kind> kind = ConnectWebhook.Kind.of(type, event);
    Optional<ConnectWebhook> webhook = Optional.empty();
    if (kind.isPresent()) {
      try {
        webhook = Optional.of(WebhookBodies.parse(kind.get(), readObject(text)));
      } catch (IllegalArgumentException e) {
        return Responses.error(400, "Malformed webhook: " + e.getMessage());
      }
    }
    WebhookAcceptance acceptance =
        webhooks.receive(new ReceiveConnectWebhookCommand(requestId, type, event, text, webhook));
    return Response.ok(new Acknowledgement(acceptance.name().toLowerCase(java.util.Locale.ROOT)))
        .type(Responses.JSON_UTF8)
        .build();
  }

  private JsonNode readObject(String text) {
    try {
      JsonNode node = json.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(JsonProblems.describe(e, json), e);
    }
  }
}
