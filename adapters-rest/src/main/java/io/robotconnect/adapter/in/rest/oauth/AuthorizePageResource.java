package io.robotconnect.adapter.in.rest.oauth;

import io.robotconnect.adapter.in.rest.Brand;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.application.port.in.InvalidAuthorizationRequestException;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.SignInThrottledException;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.domain.owner.OwnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth2 authorize page IFTTT sends the owner's browser to: sign in, then grant or deny. Only
 * the registered client and redirect URIs are served; anything else is refused on this page, told
 * in the owner's words (what was wrong in the request goes to the log).
 */
@Path("/third-party/ifttt/authorize")
@Produces(MediaType.TEXT_HTML)
public class AuthorizePageResource {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizePageResource.class);
  static final String CSRF_COOKIE = "rc_authorize_csrf";
  static final String SESSION_COOKIE = "rc_authorize_session";

  private final AuthorizeClientUseCase authorize;
  private final StartSessionUseCase startSession;
  private final AuthenticateSessionUseCase sessions;
  private final EndSessionUseCase endSession;
  private final GetUserInfoUseCase userInfo;
  private final Brand brand;

  @Inject
  public AuthorizePageResource(
      AuthorizeClientUseCase authorize,
      StartSessionUseCase startSession,
      AuthenticateSessionUseCase sessions,
      EndSessionUseCase endSession,
      GetUserInfoUseCase userInfo,
      Brand brand) {
    this.authorize = authorize;
    this.startSession = startSession;
    this.sessions = sessions;
    this.endSession = endSession;
    this.userInfo = userInfo;
    this.brand = brand;
  }

  @GET
  public Response show(
      @QueryParam("client_id") String clientId,
      @QueryParam("redirect_uri") String redirectUri,
      @QueryParam("response_type") String responseType,
      @QueryParam("state") String state,
      @QueryParam("scope") String scope,
      @CookieParam(CSRF_COOKIE) String csrfSecret,
      @CookieParam(SESSION_COOKIE) String sessionToken,
      @HeaderParam("X-Forwarded-Proto") String forwardedProto,
      @Context UriInfo uri) {
    AuthorizeParameters request;
    try {
      request = checked(clientId, redirectUri, responseType, state, scope);
    } catch (RefusedRequest e) {
      return refused(e);
    }
    if (!"code".equals(responseType)) {
      return Response.status(Response.Status.FOUND)
          .location(request.redirect("error", "unsupported_response_type"))
          .build();
    }
    Cookies cookies = new Cookies(secure(uri, forwardedProto));
    String secret =
        csrfSecret == null || csrfSecret.isEmpty() ? CsrfTokens.newSecret() : csrfSecret;
    String csrf = CsrfTokens.fieldFor(secret, request);
    Optional<OwnerId> owner = owner(sessionToken);
    AuthorizePage page =
        owner.isPresent()
            ? AuthorizePage.consent(request, csrf, displayName(owner.get()))
            : AuthorizePage.signIn(request, csrf, null);
    return page.render(brand, cookies.csrf(secret));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @FormBody
  public Response submit(
      @FormParam("client_id") String clientId,
      @FormParam("redirect_uri") String redirectUri,
      @FormParam("response_type") String responseType,
      @FormParam("state") String state,
      @FormParam("scope") String scope,
      @FormParam("csrf") String csrfField,
      @FormParam("step") String step,
      @FormParam("email") String email,
      @FormParam("password") String password,
      @CookieParam(CSRF_COOKIE) String csrfSecret,
      @CookieParam(SESSION_COOKIE) String sessionToken,
      @HeaderParam("X-Forwarded-Proto") String forwardedProto,
      @Context UriInfo uri) {
    AuthorizeParameters request;
    try {
      request = checked(clientId, redirectUri, responseType, state, scope);
    } catch (RefusedRequest e) {
      return refused(e);
    }
    Cookies cookies = new Cookies(secure(uri, forwardedProto));
    if (!CsrfTokens.verify(csrfSecret, csrfField, request)) {
      LOG.info("authorize form refused: CSRF check failed");
      String secret = CsrfTokens.newSecret();
      return AuthorizePage.signIn(request, CsrfTokens.fieldFor(secret, request), null)
          .withMessage("This page has expired. For your safety, please sign in again.")
          .withStatus(403)
          .render(brand, cookies.csrf(secret), cookies.clearSession());
    }
    String csrf = CsrfTokens.fieldFor(csrfSecret, request);
    if ("signin".equals(step)) {
      return signIn(request, csrf, email, password, cookies);
    }
    Optional<OwnerId> owner = owner(sessionToken);
    if (owner.isEmpty()) {
      return AuthorizePage.signIn(request, csrf, null)
          .withMessage("Please sign in again to continue.")
          .render(brand);
    }
    if ("grant".equals(step)) {
      String code = authorize.issueCode(owner.get(), request.toRequest());
      LOG.info("owner {} granted IFTTT access", owner.get());
      endSession.endSession(sessionToken);
      return decided(request.redirect("code", code), cookies);
    }
    if ("deny".equals(step)) {
      LOG.info("owner {} denied IFTTT access", owner.get());
      endSession.endSession(sessionToken);
      return decided(request.redirect("error", "access_denied"), cookies);
    }
    return AuthorizePage.consent(request, csrf, displayName(owner.get()))
        .withMessage("Please choose Allow or Deny.")
        .withStatus(400)
        .render(brand);
  }

  private Response signIn(
      AuthorizeParameters request, String csrf, String email, String password, Cookies cookies) {
    Optional<SessionToken> session = Optional.empty();
    Optional<StartSessionCommand> credentials = credentials(email, password);
    if (credentials.isPresent()) {
      try {
        session = startSession.startSession(credentials.get());
      } catch (SignInThrottledException e) {
        long seconds = e.retryAfterSeconds();
        long minutes = (seconds + 59) / 60;
        Response page =
            AuthorizePage.signIn(request, csrf, email)
                .withMessage(
                    "Too many failed sign-ins. To keep your account safe, signing in is paused."
                        + " Please try again in "
                        + minutes
                        + (minutes == 1 ? " minute." : " minutes."))
                .withStatus(429)
                .render(brand);
        return Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, seconds).build();
      }
    }
    if (session.isEmpty()) {
      return AuthorizePage.signIn(
              request, csrf, credentials.map(StartSessionCommand::email).orElse(null))
          .withMessage("Wrong e-mail address or password. Please check both and try again.")
          .render(brand);
    }
    return AuthorizePage.consent(request, csrf, displayName(session.get().owner()))
        .render(brand, cookies.session(session.get()));
  }

  /** What was typed, when it can be anybody's credentials; anything else is a wrong sign-in. */
  private static Optional<StartSessionCommand> credentials(String email, String password) {
    try {
      return Optional.of(new StartSessionCommand(email, password));
    } catch (IllegalArgumentException notCredentials) {
      return Optional.empty();
    }
  }

  private static Response decided(java.net.URI redirect, Cookies cookies) {
    return Response.status(Response.Status.FOUND)
        .location(redirect)
        .cookie(cookies.clearSession())
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * The request when it is complete and names the registered client and redirect URI.
   *
   * @throws RefusedRequest telling which of these it is not
   */
  private AuthorizeParameters checked(
      String clientId, String redirectUri, String responseType, String state, String scope) {
    AuthorizeParameters request;
    AuthorizationRequest asked;
    try {
      request = new AuthorizeParameters(clientId, redirectUri, responseType, state, scope);
      asked = request.toRequest();
    } catch (InvalidAuthorizationRequestException e) {
      throw new RefusedRequest(Refusal.DAMAGED_LINK, e);
    }
    try {
      // the client alone first, so that the owner is told which of the two is not ours
      authorize.check(AuthorizationRequest.withoutRedirect(asked.clientId()));
    } catch (InvalidAuthorizationRequestException e) {
      throw new RefusedRequest(Refusal.UNKNOWN_APP, e);
    }
    try {
      authorize.check(asked);
    } catch (InvalidAuthorizationRequestException e) {
      throw new RefusedRequest(Refusal.UNKNOWN_RETURN_ADDRESS, e);
    }
    return request;
  }

  private Response refused(RefusedRequest e) {
    LOG.info("authorize request refused: {}", e.getCause().getMessage());
    return AuthorizePage.refused(e.refusal).render(brand);
  }

  private Optional<OwnerId> owner(String sessionToken) {
    return sessionToken == null || sessionToken.isEmpty()
        ? Optional.empty()
        : sessions.authenticate(sessionToken);
  }

  private String displayName(OwnerId owner) {
    return userInfo.userInfo(owner).map(GetUserInfoUseCase.UserInfo::name).orElse("");
  }

  private static boolean secure(UriInfo uri, String forwardedProto) {
    return "https".equalsIgnoreCase(uri.getRequestUri().getScheme())
        || "https".equalsIgnoreCase(forwardedProto);
  }

  /** An authorize request the page does not serve, and why in the owner's words. */
  private static final class RefusedRequest extends RuntimeException {
    private final Refusal refusal;

    RefusedRequest(Refusal refusal, InvalidAuthorizationRequestException cause) {
      super(cause.getMessage(), cause, false, false);
      this.refusal = refusal;
    }
  }

  /** The page's cookies: HttpOnly, SameSite=Lax, Secure behind HTTPS, scoped to its folder. */
  private record Cookies(boolean secure) {
    NewCookie csrf(String secret) {
      return cookie(CSRF_COOKIE, secret, NewCookie.DEFAULT_MAX_AGE);
    }

    NewCookie session(SessionToken session) {
      long seconds = Duration.between(Instant.now(), session.expiresAt()).toSeconds();
      return cookie(SESSION_COOKIE, session.token(), (int) Math.min(seconds, 3600));
    }

    NewCookie clearSession() {
      return cookie(SESSION_COOKIE, "", 0);
    }

    private NewCookie cookie(String name, String value, int maxAge) {
      return new NewCookie.Builder(name)
          .value(value)
          .maxAge(maxAge)
          .httpOnly(true)
          .secure(secure)
          .sameSite(NewCookie.SameSite.LAX)
          .build();
    }
  }
}
