package io.robotconnect.adapter.in.rest.owner;

import io.robotconnect.adapter.in.rest.OwnerSession;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The owner's app signs in: e-mail and password for a session bearer token. */
@Path("/api/v1/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
  private static final String BEARER = "bearer ";

  private final StartSessionUseCase startSession;
  private final EndSessionUseCase endSession;

  @Inject
  public SessionsResource(StartSessionUseCase startSession, EndSessionUseCase endSession) {
    this.startSession = startSession;
    this.endSession = endSession;
  }

  @POST
  public Response signIn(Credentials body) {
    if (body == null) {
      return Responses.error(400, "A JSON body with email and password is required");
    }
    Optional<SessionToken> session =
        startSession.startSession(new StartSessionCommand(body.email(), body.password()));
    if (session.isEmpty()) {
      return Responses.error(401, "Wrong e-mail address or password");
    }
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
        .cacheControl(noStore)
        .entity(
            new Data(new SessionView(session.get().token(), session.get().expiresAt().toString())))
        .build();
  }

  /** Signs out: the session token of this request stops working. */
  @DELETE
  @OwnerSession
  public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    endSession.endSession(authorization.substring(BEARER.length()).strip());
    return Response.noContent().build();
  }

  record Credentials(String email, String password) {}

  record Data(SessionView data) {}

  record SessionView(String token, String expiresAt) {}
}
