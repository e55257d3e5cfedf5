package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks HTTP to the running application as ops (admin API), the owner's app, the owner's browser on
 * the authorize page (cookies kept, redirects not followed) and IFTTT's token client.
 */
public class OwnerAccountDriver {
  public static final String PASSWORD = "correct-horse-battery";
  public static final String IFTTT_REDIRECT =
      "https://ifttt.com/channels/" + TestApplication.IFTTT_SERVICE_ID + "/authorize";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON_TYPE = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final ScenarioContext context;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new CookieManager())
          .build();
  private Map<String, String> authorizeRequest = Map.of();
  private String csrf = "";

  public OwnerAccountDriver(ScenarioContext context) {
    this.context = context;
  }

  // ---- ops: admin API ----

  /** Creates an owner with a unique e-mail address; returns the admin API's answer. */
  public HttpResponse<String> createOwner(String displayName, String adminToken) {
    String email =
        displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.com";
    ObjectNode body =
        JSON.createObjectNode()
            .put("email", email)
            .put("displayName", displayName)
            .put("password", PASSWORD);
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/admin/owners",
            JSON_TYPE,
            body.toString(),
            Map.of("Authorization", "Bearer " + adminToken));
    context.remember("email of " + displayName, email);
    return response;
  }

  public HttpResponse<String> registerRobot(String ownerId, String robotJson) {
    return send(
        "POST",
        "/api/v1/admin/owners/" + ownerId + "/robots",
        JSON_TYPE,
        robotJson,
        Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN));
  }

  /** Reads back what the admin API created, at a path or at the absolute URL of a Location. */
  public HttpResponse<String> readBack(String pathOrLocation) {
    return send(
        "GET",
        URI.create(pathOrLocation).getRawPath(),
        null,
        null,
        Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN));
  }

  // ---- the owner's app ----

  public HttpResponse<String> signIn(String email, String password) {
    ObjectNode body = JSON.createObjectNode().put("email", email).put("password", password);
    return signInWithBody(body.toString());
  }

  public HttpResponse<String> signInWithBody(String body) {
    return send("POST", "/api/v1/sessions", JSON_TYPE, body, Map.of());
  }

  public HttpResponse<String> signOut(String sessionToken) {
    return send("DELETE", "/api/v1/sessions", null, null, bearer(sessionToken));
  }

  public HttpResponse<String> thirdPartyInfo(String sessionToken) {
    return send("GET", "/third-party/info", null, null, bearer(sessionToken));
  }

  public HttpResponse<String> requestAuthorizationCode(String sessionToken, String clientId) {
    return send(
        "POST",
        "/third-party/ifttt/v1/authorizations",
        JSON_TYPE,
        JSON.createObjectNode().put("clientId", clientId).toString(),
        bearer(sessionToken));
  }

  public HttpResponse<String> disconnectIfttt(String sessionToken) {
    return send("DELETE", "/third-party/ifttt/v1/tokens", null, null, bearer(sessionToken));
  }

  // ---- the owner's browser on the authorize page ----

  public HttpResponse<String> openAuthorizePage(
      String clientId, String redirectUri, String responseType, String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", clientId);
    query.put("response_type", responseType);
    query.put("scope", "ifttt");
    query.put("state", state);
    query.put("redirect_uri", redirectUri);
    authorizeRequest = query;
    HttpResponse<String> page =
        send("GET", "/third-party/ifttt/authorize?" + encode(query), null, null, Map.of());
    rememberCsrf(page);
    return page;
  }

  public HttpResponse<String> submitSignIn(String email, String password) {
    return submit(Map.of("step", "signin", "email", email, "password", password), csrf);
  }

  public HttpResponse<String> submitDecision(String step) {
    return submit(Map.of("step", step), csrf);
  }

  /** A form another site makes the browser post: it cannot know the page's CSRF field. */
  public HttpResponse<String> submitForeignSignIn(String email, String password) {
    return submit(
        Map.of("step", "signin", "email", email, "password", password), "guessed-by-attacker");
  }

  private HttpResponse<String> submit(Map<String, String> fields, String csrfField) {
    Map<String, String> form = new LinkedHashMap<>(authorizeRequest);
    form.put("csrf", csrfField);
    form.putAll(fields);
    HttpResponse<String> page =
        send("POST", "/third-party/ifttt/authorize", FORM, encode(form), Map.of());
    rememberCsrf(page);
    return page;
  }

  private void rememberCsrf(HttpResponse<String> page) {
    Matcher matcher = CSRF.matcher(page.body());
    if (matcher.find()) {
      csrf = matcher.group(1);
    }
  }

  // ---- IFTTT at the token endpoint and user/info ----

  public HttpResponse<String> tokenRequest(Map<String, String> parameters) {
    return send("POST", "/third-party/ifttt/v1/tokens", FORM, encode(parameters), Map.of());
  }

  public HttpResponse<String> tokenRequestAsJson(Map<String, String> parameters) {
    ObjectNode body = JSON.createObjectNode();
    parameters.forEach(body::put);
    return send("POST", "/third-party/ifttt/v1/tokens", JSON_TYPE, body.toString(), Map.of());
  }

  public static Map<String, String> codeGrant(String code, String clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("client_id", TestApplication.OAUTH_CLIENT_ID);
    form.put("client_secret", clientSecret);
    form.put("redirect_uri", IFTTT_REDIRECT);
    return form;
  }

  public static Map<String, String> refreshGrant(String refreshToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    form.put("client_id", TestApplication.OAUTH_CLIENT_ID);
    form.put("client_secret", TestApplication.OAUTH_CLIENT_SECRET);
    return form;
  }

  public HttpResponse<String> userInfo(String accessToken) {
    Map<String, String> headers =
        accessToken == null
            ? Map.of("X-Request-ID", UUID.randomUUID().toString())
            : ApiDriver.iftttUserHeaders(accessToken);
    return send("GET", "/third-party/ifttt/v1/user/info", null, null, headers);
  }

  // ---- plumbing ----

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("the response is not JSON: " + response.body(), e);
    }
  }

  /** The query parameters of a redirect's Location. */
  public static Map<String, String> redirectParameters(HttpResponse<String> response) {
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(
          java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }

  private static Map<String, String> bearer(String token) {
    return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
  }

  private static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest request =
        AppRequests.build(method, path, contentType, body, headers, Duration.ofSeconds(30));
    try {
      HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
      context.lastResponse(response);
      OpenApiContract.check(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
