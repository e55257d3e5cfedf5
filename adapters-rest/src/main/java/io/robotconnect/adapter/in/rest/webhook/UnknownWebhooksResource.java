package io.robotconnect.adapter.in.rest.webhook;

import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.adapter.in.rest.admin.AdminApi;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Ops inspect the Connect webhooks the platform did not know how to handle (admin API). */
@Path("/api/v1/admin/connect/webhooks/unknown")
@Produces(MediaType.APPLICATION_JSON)
@AdminApi
public class UnknownWebhooksResource {
  private final ListUnknownWebhooksUseCase unknownWebhooks;

  @Inject
  public UnknownWebhooksResource(ListUnknownWebhooksUseCase unknownWebhooks) {
    this.unknownWebhooks = unknownWebhooks;
  }

  /** One kept webhook; its body as received (text, it may not even be JSON). */
  record KeptWebhook(String requestId, String type, String event, String body, String receivedAt) {}

  record KeptWebhooks(List<KeptWebhook> data) {}

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > 1000) {
      return Responses.error(400, "limit must be between 1 and 1000");
    }
    return Response.ok(
            new KeptWebhooks(
                unknownWebhooks.unknownWebhooks(limit).stream()
                    .map(
                        w ->
                            new KeptWebhook(
                                w.requestId(),
                                w.type(),
                                w.event(),
                                w.body(),
                                w.receivedAt().toString()))
                    .toList()))
        .type(Responses.JSON_UTF8_TYPE)
        .build();
  }
}
