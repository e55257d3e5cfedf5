package io.robotconnect.adapter.in.rest.oauth;

import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.OwnerSession;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.InvalidAuthorizationRequestException;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The owner's app obtains an authorization code for the IFTTT client directly. */
@Path("/third-party/ifttt/v1/authorizations")
@OwnerSession
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthorizationsResource {
  private final AuthorizeClientUseCase authorize;

  @Inject
  public AuthorizationsResource(AuthorizeClientUseCase authorize) {
    this.authorize = authorize;
  }

  @POST
  public Response create(@Authenticated OwnerId owner, NewAuthorization body) {
    try {
      String clientId = body == null ? null : body.clientId();
      String code = authorize.issueCode(owner, AuthorizationRequest.withoutRedirect(clientId));
      return Response.status(Response.Status.CREATED)
          .header(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
          .header("Cache-Control", "no-store")
          .entity(new Data(List.of(new CodeView(code))))
          .build();
    } catch (InvalidAuthorizationRequestException e) {
      return Responses.error(400, e.getMessage());
    }
  }

  record NewAuthorization(String clientId) {}

  record Data(List<CodeView> data) {}

  record CodeView(String code) {}
}
