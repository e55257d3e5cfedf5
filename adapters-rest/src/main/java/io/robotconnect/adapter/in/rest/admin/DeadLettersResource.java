package io.robotconnect.adapter.in.rest.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.out.DeadLetter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Ops see the outbox messages that failed for good and send them again once the fault is mended. A
 * list shows the start of each payload only: enough to tell which owner or webhook a message is
 * about, while payloads (which may carry users' data) stay in the database.
 */
@Path("/api/v1/admin/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@AdminApi
public class DeadLettersResource {
  private static final String ID = "[0-9]{1,18}";

  private final ListDeadLettersUseCase list;
  private final RetryDeadLettersUseCase retry;

  @Inject
  public DeadLettersResource(ListDeadLettersUseCase list, RetryDeadLettersUseCase retry) {
    this.list = list;
    this.retry = retry;
  }

  record DeadLetterView(
      long id,
      String channel,
      int attempts,
      @JsonProperty("last_error") String lastError,
      @JsonProperty("created_at") String createdAt,
      @JsonProperty("dead_at") String deadAt,
      @JsonProperty("payload_excerpt") String payloadExcerpt,
      @JsonProperty("payload_length") int payloadLength,
      @JsonProperty("payload_truncated") boolean payloadTruncated) {
    static DeadLetterView of(DeadLetter dead) {
      return new DeadLetterView(
          dead.id(),
          dead.channel(),
          dead.attempts(),
          dead.lastError(),
          dead.createdAt().toString(),
          dead.deadAt().toString(),
          dead.payloadExcerpt(),
          dead.payloadLength(),
          dead.payloadTruncated());
    }
  }

  record Retried(String channel, int retried) {}

  record Data(Object data) {}

  @GET
  public Response list(
      @QueryParam("channel") String channel,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return json(
        PageBody.of(
            list.deadLetters(
                Optional.ofNullable(channel).filter(c -> !c.isEmpty()),
                PageParameters.read(limit, cursor)),
            DeadLetterView::of));
  }

  @POST
  @Path("/{id}/retry")
  public Response retry(@PathParam("id") String id) {
    if (!id.matches(ID) || !retry.retry(Long.parseLong(id))) {
      return Responses.error(404, "No dead letter with that id");
    }
    return Response.accepted().build();
  }

  @POST
  @Path("/retry")
  public Response retryAll(@QueryParam("channel") String channel) {
    if (channel == null || channel.isEmpty()) {
      return Responses.error(400, "channel is required: the dead letters of which channel");
    }
    return json(new Data(new Retried(channel, retry.retryAll(channel))));
  }

  private static Response json(Object body) {
    return Response.ok(body).type(Responses.JSON_UTF8).build();
  }
}
