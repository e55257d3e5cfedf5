package io.robotconnect.adapter.in.rest.webhook;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.admin.AdminApi;
import io.robotconnect.adapter.in.rest.admin.PageBody;
import io.robotconnect.adapter.in.rest.admin.PageParameters;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase.UnknownWebhook;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Ops inspect the Connect webhooks the platform did not know how to handle (admin API), a page at a
 * time, each body cut to its first {@value ListUnknownWebhooksUseCase#BODY_EXCERPT_CHARS}
 * characters.
 */
@Path("/api/v1/admin/connect/webhooks/unknown")
@Produces(MediaType.APPLICATION_JSON)
@AdminApi
public class UnknownWebhooksResource {
  private final ListUnknownWebhooksUseCase unknownWebhooks;

  @Inject
  public UnknownWebhooksResource(ListUnknownWebhooksUseCase unknownWebhooks) {
    this.unknownWebhooks = unknownWebhooks;
  }

  /** One kept webhook; the start of its body as received (text, it may not even be JSON). */
  record KeptWebhook(
      String requestId,
      String type,
      String event,
      String body,
      int bodyLength,
      boolean bodyTruncated,
      String receivedAt) {
    static KeptWebhook of(UnknownWebhook w) {
      return new KeptWebhook(
          w.requestId(),
          w.type(),
          w.event(),
          w.body(),
          w.bodyLength(),
          w.bodyTruncated(),
          w.receivedAt().toString());
    }
  }

  @GET
  public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    return Response.ok(
            PageBody.of(
                unknownWebhooks.unknownWebhooks(PageParameters.read(limit, cursor)),
                KeptWebhook::of))
        .type(Responses.JSON_UTF8)
        .build();
  }
}
