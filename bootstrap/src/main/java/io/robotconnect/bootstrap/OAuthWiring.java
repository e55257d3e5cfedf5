package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.adapter.out.persistence.BcryptPasswordHasher;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.application.port.in.EndSessionUseCase;
import io.robotconnect.application.port.in.GetOwnerUseCase;
import io.robotconnect.application.port.in.GetRobotUseCase;
import io.robotconnect.application.port.in.GetUserInfoUseCase;
import io.robotconnect.application.port.in.GrantTokensUseCase;
import io.robotconnect.application.port.in.IssueAccessTokenUseCase;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.application.port.out.PasswordHasher;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.CachedAccessTokens;
import io.robotconnect.application.service.ClientAuthorizationService;
import io.robotconnect.application.service.ExpiringCache;
import io.robotconnect.application.service.OAuthSettings;
import io.robotconnect.application.service.OwnerLookupService;
import io.robotconnect.application.service.OwnerRegistrationService;
import io.robotconnect.application.service.OwnerSessionService;
import io.robotconnect.application.service.RobotRegistrationService;
import io.robotconnect.application.service.SignInThrottle;
import io.robotconnect.application.service.TokenService;
import io.robotconnect.application.service.UserInfoService;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.Optional;

/**
 * Owner accounts and sessions, the admin API, and OAuth2 for IFTTT (authorize page, token endpoint,
 * access tokens). Needs the database and the clock wired first.
 */
public final class OAuthWiring {
  private OAuthWiring() {}

  /** What the OAuth step provides to the later steps and the REST resources. */
  public record Provided(
      RegisterOwnerUseCase registerOwner,
      RegisterRobotUseCase registerRobot,
      GetOwnerUseCase getOwner,
      GetRobotUseCase getRobot,
      StartSessionUseCase startSession,
      AuthenticateSessionUseCase authenticateSession,
      EndSessionUseCase endSession,
      GetUserInfoUseCase getUserInfo,
      AuthorizeClientUseCase authorizeClient,
      CheckIftttConnectionUseCase checkIftttConnection,
      GrantTokensUseCase grantTokens,
      IssueAccessTokenUseCase issueAccessToken,
      AuthenticateAccessTokenUseCase authenticateAccessToken,
      RevokeIftttAccessUseCase revokeIftttAccess,
      Optional<AdminToken> adminToken) {}

  static Provided wire(Wiring w, PersistenceWiring.Provided persistence, CoreWiring.Provided core) {
    OAuthConfig config = OAuthConfig.from(w.env());
    OwnerRepository owners = persistence.owners();
    ClockPort clock = core.clock();
    UnitOfWork unitOfWork = persistence.unitOfWork();

    PasswordHasher hasher = new BcryptPasswordHasher(config.bcryptCost());
    OwnerSessionRepository sessions = persistence.ownerSessions();
    AuthorizationCodeRepository codes = persistence.authorizationCodes();
    OAuthTokenRepository tokens = persistence.tokens();

    OAuthSettings settings = settings(w, config);
    OwnerSessionService sessionService =
        new OwnerSessionService(owners, sessions, hasher, clock, config.sessionLifetime());
    ClientAuthorizationService authorization =
        new ClientAuthorizationService(settings, codes, tokens, clock, unitOfWork);
    ExpiringCache<String, OwnerId> authenticatedTokens =
        new ExpiringCache<>(
            clock,
            w.env().duration("ROBOTCONNECT_ACCESS_TOKEN_CACHE_TTL", Duration.ofSeconds(5)),
            100_000);
    TokenService tokenService =
        new TokenService(
            settings, codes, tokens, owners, clock, unitOfWork, authenticatedTokens::invalidateAll);
    CachedAccessTokens cachedTokens =
        new CachedAccessTokens(tokenService, authorization, authenticatedTokens);
    if (config.adminToken().isEmpty()) {
      w.banner().add("Admin API disabled (set ROBOTCONNECT_ADMIN_TOKEN to enable /api/v1/admin)");
    }
    OwnerLookupService lookup = new OwnerLookupService(owners, persistence.robots());
    return new Provided(
        new OwnerRegistrationService(owners, hasher),
        new RobotRegistrationService(owners, persistence.robots()),
        lookup,
        lookup,
        new MeteredSignIn(
            new SignInThrottle(
                sessionService, clock, config.signInMaxFailures(), config.signInLockout()),
            w.metrics()),
        sessionService,
        sessionService,
        new UserInfoService(owners),
        authorization,
        authorization,
        tokenService,
        tokenService,
        cachedTokens,
        cachedTokens,
        config.adminToken().map(AdminToken::new));
  }

  private static OAuthSettings settings(Wiring w, OAuthConfig config) {
    String clientId =
        config.clientId().orElseGet(() -> generated(w, "oauth-client-id", "OAuth client id"));
    String clientSecret =
        config
            .clientSecret()
            .orElseGet(() -> generated(w, "oauth-client-secret", "OAuth client secret"));
    if (config.redirectUris().isEmpty()) {
      w.banner()
          .add(
              "No OAuth redirect URI registered: the authorize page refuses every request until"
                  + " ROBOTCONNECT_IFTTT_SERVICE_ID or ROBOTCONNECT_OAUTH_REDIRECT_URIS is set");
    }
    return new OAuthSettings(
        clientId,
        clientSecret,
        config.redirectUris(),
        config.codeLifetime(),
        config.refreshGrace(),
        config.accessTokenLifetime().orElse(null));
  }

  private static String generated(Wiring w, String file, String what) {
    SecretStore.Generated value = w.secrets().loadOrGenerate(file);
    w.banner()
        .add(
            what
                + " (ROBOTCONNECT_"
                + file.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
                + " unset, kept in "
                + value.file()
                + "): "
                + value.value());
    return value.value();
  }
}
