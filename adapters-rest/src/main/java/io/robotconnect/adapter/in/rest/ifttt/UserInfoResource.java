package io.robotconnect.adapter.in.rest.ifttt;

import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.IftttBearer;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** IFTTT checks whose token it holds (about once a week per user). */
@Path("/third-party/ifttt/v1/user/info")
@IftttBearer
@Produces(MediaType.APPLICATION_JSON)
public class UserInfoResource {
  private final GetUserInfoUseCase userInfo;

  @Inject
  public UserInfoResource(GetUserInfoUseCase userInfo) {
    this.userInfo = userInfo;
  }

  @GET
  public Response userInfo(@Authenticated OwnerId owner) {
    return userInfo
        .userInfo(owner)
        .map(info -> Response.ok(new Data(new UserView(info.name(), info.id().value()))).build())
        .orElseGet(() -> Responses.error(401, "Invalid or missing access token"));
  }

  record Data(UserView data) {}

  record UserView(String name, String id) {}
}
