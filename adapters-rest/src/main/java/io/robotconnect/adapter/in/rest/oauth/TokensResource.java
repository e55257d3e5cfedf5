package io.robotconnect.adapter.in.rest.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.Authenticated;
import io.robotconnect.adapter.in.rest.OwnerSession;
import io.robotconnect.adapter.in.rest.Responses;
import io.robotconnect.application.port.in.GrantTokensUseCase;
import io.robotconnect.application.port.in.IssuedTokens;
import io.robotconnect.application.port.in.OAuthGrantException;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth2 token endpoint IFTTT calls (RFC 6749 §3.2), and the owner app's "disconnect IFTTT".
 */
@Path("/third-party/ifttt/v1/tokens")
public class TokensResource {
  private static final Logger LOG = LoggerFactory.getLogger(TokensResource.class);

  private final GrantTokensUseCase grants;
  private final RevokeIftttAccessUseCase revoke;
  private final ObjectMapper json;

  @Inject
  public TokensResource(
      GrantTokensUseCase grants, RevokeIftttAccessUseCase revoke, ObjectMapper json) {
    this.grants = grants;
    this.revoke = revoke;
    this.json = json;
  }

  /** Accepts form-encoded bodies (the standard) and JSON; client auth in the body or Basic. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      String body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    try {
      Map<String, String> parameters = TokenRequestParameters.parse(body, contentType, json);
      TokenGrant grant = TokenRequestParameters.toGrant(parameters, authorization);
      IssuedTokens tokens = grants.grant(grant);
      return OAuthResponses.noStore(Response.ok(TokenResponse.of(tokens)));
    } catch (OAuthGrantException e) {
      LOG.info("token request refused: {} ({})", e.error().code(), e.getMessage());
      return OAuthResponses.error(e.error(), e.getMessage());
    }
  }

  /** Revokes every IFTTT token and authorization code of the signed-in owner. */
  @DELETE
  @OwnerSession
  @Produces(MediaType.APPLICATION_JSON)
  public Response revokeAll(@Authenticated OwnerId owner) {
    revoke.revokeAll(owner);
    return Response.ok(new Revoked(Map.of()))
        .header(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
        .build();
  }

  record Revoked(Map<String, Object> data) {}

  /** RFC 6749 §5.1; {@code expires_in} only when access tokens expire. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TokenResponse(
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("refresh_token") String refreshToken,
      @JsonProperty("expires_in") Long expiresIn) {
    static TokenResponse of(IssuedTokens tokens) {
      return new TokenResponse(
          "Bearer",
          tokens.accessToken(),
          tokens.refreshToken(),
          tokens.expiresIn().map(d -> d.toSeconds()).orElse(null));
    }
  }
}
