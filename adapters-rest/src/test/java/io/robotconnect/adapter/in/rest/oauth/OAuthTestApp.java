package io.robotconnect.adapter.in.rest.oauth;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.Brand;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.FastPasswordHasher;
import io.robotconnect.application.fake.InMemoryAuthorizationCodeRepository;
import io.robotconnect.application.fake.InMemoryOAuthTokenRepository;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryOwnerSessionRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.service.ClientAuthorizationService;
import io.robotconnect.application.service.OAuthSettings;
import io.robotconnect.application.service.OwnerLookupService;
import io.robotconnect.application.service.OwnerRegistrationService;
import io.robotconnect.application.service.OwnerSessionService;
import io.robotconnect.application.service.RobotRegistrationService;
import io.robotconnect.application.service.TokenService;
import io.robotconnect.application.service.UserInfoService;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * The REST adapter on a real Grizzly port over the real owner and OAuth services, backed by the
 * in-memory fakes; plus an HTTP client that keeps cookies like a browser.
 */
public final class OAuthTestApp implements AutoCloseable {
  public static final String CLIENT_ID = "ifttt-client";
  public static final String CLIENT_SECRET = "ifttt-secret-0123456789";
  public static final String REDIRECT = "https://ifttt.com/channels/robot/authorize";
  public static final String ADMIN_TOKEN = "admin-token-0123456789";
  public static final String PASSWORD = "s3cret-pass";

  public final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  public final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  public final MutableClock clock = new MutableClock();
  public final TokenService tokens;
  public final ClientAuthorizationService authorization;
  public final OwnerRegistrationService registration;
  private final RestTestServer server;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .build();

  public OAuthTestApp(boolean adminEnabled) {
    this(adminEnabled, ApiPrefix.DEFAULT);
  }

  public OAuthTestApp(boolean adminEnabled, String apiPrefix) {
    this(adminEnabled, apiPrefix, Brand.DEFAULT);
  }

  public OAuthTestApp(boolean adminEnabled, String apiPrefix, Brand brand) {
    FastPasswordHasher hasher = new FastPasswordHasher();
    DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    InMemoryAuthorizationCodeRepository codes = new InMemoryAuthorizationCodeRepository();
    InMemoryOAuthTokenRepository tokenPairs = new InMemoryOAuthTokenRepository();
    OAuthSettings settings =
        new OAuthSettings(
            CLIENT_ID,
            CLIENT_SECRET,
            Set.of(REDIRECT),
            Duration.ofMinutes(5),
            Duration.ofHours(24),
            null);
    tokens = new TokenService(settings, codes, tokenPairs, owners, clock, unitOfWork, () -> {});
    authorization = new ClientAuthorizationService(settings, codes, tokenPairs, clock, unitOfWork);
    OwnerSessionService sessions =
        new OwnerSessionService(
            owners, new InMemoryOwnerSessionRepository(), hasher, clock, Duration.ofDays(30));
    registration = new OwnerRegistrationService(owners, hasher);

    TestRestApi api =
        new TestRestApi()
            .authenticateAccessToken(tokens)
            .grantTokens(tokens)
            .authorizeClient(authorization)
            .revokeIftttAccess(authorization)
            .checkIftttConnection(authorization)
            .startSession(sessions)
            .authenticateSession(sessions)
            .endSession(sessions)
            .getUserInfo(new UserInfoService(owners))
            .registerOwner(registration)
            .registerRobot(new RobotRegistrationService(owners, robots))
            .getOwner(new OwnerLookupService(owners, robots))
            .getRobot(new OwnerLookupService(owners, robots))
            .apiPrefix(new ApiPrefix(apiPrefix))
            .brand(brand);
    if (adminEnabled) {
      api.adminToken(new AdminToken(ADMIN_TOKEN));
    }
    server = RestTestServer.start(api);
  }

  public Owner owner(String email, String displayName) {
    return registration.register(
        new RegisterOwnerCommand(new EmailAddress(email), displayName, PASSWORD));
  }

  public URI uri(String pathAndQuery) {
    return server.uri(pathAndQuery);
  }

  /** Sends like a browser (cookies kept, redirects not followed). */
  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  public HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  public HttpResponse<String> delete(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  @Override
  public void close() {
    server.close();
  }
}
