package io.robotconnect.adapter.in.rest.oauth;

import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.CLIENT_ID;
import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.CLIENT_SECRET;
import static io.robotconnect.adapter.in.rest.oauth.OAuthTestApp.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.Brand;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthorizePageRestTest {
  private static final String PAGE = "/third-party/ifttt/authorize";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final OAuthTestApp app = new OAuthTestApp(false);
  private final Owner ada = app.owner("ada@example.com", "Ada <Lovelace>");

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void authorizeRequest_showsASignInFormWithProtectiveHeadersAndCookie() throws Exception {
    HttpResponse<String> page = app.get(PAGE + query(params("xyz")));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("<form", "name=\"email\"", "name=\"password\"");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith(AuthorizePageResource.CSRF_COOKIE + "=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    assertThat(csrf(page)).isNotBlank();
  }

  @Test
  void unknownClientId_isRefusedOnThePage_neverRedirected() throws Exception {
    Map<String, String> params = params("xyz");
    params.put("client_id", "someone-else");

    HttpResponse<String> page = app.get(PAGE + query(params));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Location")).isEmpty();
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("The app that sent you here is not one that can connect to your robot.")
        .doesNotContain("<form");
  }

  @Test
  void unregisteredRedirectUri_isRefusedOnThePage_neverRedirected() throws Exception {
    Map<String, String> params = params("xyz");
    params.put("redirect_uri", "https://evil.example/steal");

    HttpResponse<String> page = app.get(PAGE + query(params));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Location")).isEmpty();
    assertThat(page.body())
        .contains("to keep your account safe")
        .doesNotContain("evil.example", "<form");
  }

  @Test
  void everyRefusal_isToldInTheOwnersWords_withoutTheRequestsParameterNames() throws Exception {
    Map<String, String> unknownClient = params("xyz");
    unknownClient.put("client_id", "someone-else");
    Map<String, String> unknownRedirect = params("xyz");
    unknownRedirect.put("redirect_uri", "https://evil.example/steal");
    Map<String, String> noRedirect = params("xyz");
    noRedirect.remove("redirect_uri");
    Map<String, String> longState = params("s".repeat(AuthorizeParameters.MAX_STATE_LENGTH + 1));

    List<HttpResponse<String>> refusals = new java.util.ArrayList<>();
    for (Map<String, String> params :
        List.of(unknownClient, unknownRedirect, noRedirect, longState, Map.<String, String>of())) {
      refusals.add(app.get(PAGE + (params.isEmpty() ? "" : query(params))));
    }
    refusals.add(
        app.send(
            HttpRequest.newBuilder(app.uri(PAGE))
                .POST(HttpRequest.BodyPublishers.ofString("step=signin"))));

    assertThat(refusals)
        .allSatisfy(
            page ->
                assertThat(page.body())
                    .contains("Nothing has been shared.", "start connecting your robot again")
                    .doesNotContain(
                        "client_id",
                        "redirect_uri",
                        "response_type",
                        "state",
                        "scope",
                        "csrf",
                        "OAuth",
                        "Exception"));
    assertThat(refusals.get(0).body()).contains("This app can&#39;t connect");
    assertThat(refusals.get(1).body()).contains("This link can&#39;t be used");
    assertThat(refusals.get(2).body()).contains("incomplete or damaged");
    assertThat(refusals.get(5).statusCode()).isEqualTo(415);
  }

  @Test
  void thePage_carriesTheDefaultBrand_andLoadsNothingFromElsewhere() throws Exception {
    HttpResponse<String> page = app.get(PAGE + query(params("xyz")));

    assertThat(page.body())
        .contains("<title>Sign in to connect IFTTT · Robot Connect</title>")
        .contains("<meta name=\"viewport\"", "<label for=\"email\">", "<label for=\"password\">")
        .doesNotContain("<img", "<link", "<script");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  }

  @Test
  void aConfiguredBrand_namesThePage_andOnlyItsLogosOriginMayServeImages() throws Exception {
    Brand brand =
        new Brand("Acme <Robots>", Optional.of(URI.create("https://cdn.acme.example/a/logo.png")));
    try (OAuthTestApp branded = new OAuthTestApp(false, ApiPrefix.DEFAULT, brand)) {
      HttpResponse<String> page = branded.get(PAGE + query(params("xyz")));

      assertThat(page.body())
          .contains("Acme &lt;Robots&gt;", "<img src=\"https://cdn.acme.example/a/logo.png\"")
          .doesNotContain("Robot Connect", "<Robots>");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValue(
              "default-src 'none'; style-src 'unsafe-inline'; img-src https://cdn.acme.example;"
                  + " frame-ancestors 'none'");
    }
  }

  @Test
  void signInThenAllow_redirectsWithACodeAndTheState_andTheCodeBuysTokens() throws Exception {
    Map<String, String> params = params("state with spaces&more");
    HttpResponse<String> signIn = app.get(PAGE + query(params));

    HttpResponse<String> consent =
        submit(
            params,
            csrf(signIn),
            Map.of(
                "step", "signin", "email", "ADA@example.com", "password", OAuthTestApp.PASSWORD));
    assertThat(consent.statusCode()).isEqualTo(200);
    assertThat(consent.body()).contains("Allow", "Deny", "Ada &lt;Lovelace&gt;");

    HttpResponse<String> granted = submit(params, csrf(consent), Map.of("step", "grant"));

    assertThat(granted.statusCode()).isEqualTo(302);
    URI location = URI.create(granted.headers().firstValue("Location").orElseThrow());
    assertThat(location.toString()).startsWith(REDIRECT + "?code=");
    Map<String, String> answer = parseQuery(location.getRawQuery());
    assertThat(answer.get("state")).isEqualTo("state with spaces&more");
    HttpResponse<String> tokens =
        app.post(
            "/third-party/ifttt/v1/tokens",
            "application/x-www-form-urlencoded",
            "grant_type=authorization_code&client_id="
                + CLIENT_ID
                + "&client_secret="
                + CLIENT_SECRET
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&code="
                + enc(answer.get("code")));
    assertThat(tokens.statusCode()).isEqualTo(200);
  }

  @Test
  void afterTheDecision_thePagesSessionIsEnded() throws Exception {
    Map<String, String> params = params("s1");
    HttpResponse<String> consent = signIn(params);
    String sessionToken =
        consent.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(AuthorizePageResource.SESSION_COOKIE + "="))
            .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';')))
            .findFirst()
            .orElseThrow();

    submit(params, csrf(consent), Map.of("step", "grant"));

    assertThat(app.get("/third-party/info", "Authorization", "Bearer " + sessionToken).statusCode())
        .isEqualTo(401);
    assertThat(app.get(PAGE + query(params)).body()).contains("name=\"password\"");
  }

  @Test
  void markupInTheState_isEscapedOnThePage_andReturnedUnchanged() throws Exception {
    String hostile = "\"><script>alert(1)</script>";
    Map<String, String> params = params(hostile);

    HttpResponse<String> page = app.get(PAGE + query(params));
    assertThat(page.body()).doesNotContain("<script>alert");
    HttpResponse<String> consent =
        submit(
            params,
            csrf(page),
            Map.of(
                "step", "signin", "email", "ada@example.com", "password", OAuthTestApp.PASSWORD));
    assertThat(consent.body()).doesNotContain("<script>alert");
    HttpResponse<String> granted = submit(params, csrf(consent), Map.of("step", "grant"));

    URI location = URI.create(granted.headers().firstValue("Location").orElseThrow());
    assertThat(parseQuery(location.getRawQuery()).get("state")).isEqualTo(hostile);
  }

  @Test
  void signInThenDeny_redirectsWithAccessDenied() throws Exception {
    Map<String, String> params = params("s1");
    HttpResponse<String> consent = signIn(params);

    HttpResponse<String> denied = submit(params, csrf(consent), Map.of("step", "deny"));

    assertThat(denied.statusCode()).isEqualTo(302);
    assertThat(denied.headers().firstValue("Location"))
        .hasValue(REDIRECT + "?error=access_denied&state=s1");
  }

  @Test
  void wrongPasswordOrUnknownEmail_showTheSignInFormAgainWithTheSameMessage() throws Exception {
    Map<String, String> params = params("s1");
    HttpResponse<String> page = app.get(PAGE + query(params));

    HttpResponse<String> wrongPassword =
        submit(
            params,
            csrf(page),
            Map.of("step", "signin", "email", "ada@example.com", "password", "wrong-pass"));
    HttpResponse<String> unknownEmail =
        submit(
            params,
            csrf(wrongPassword),
            Map.of("step", "signin", "email", "bob@example.com", "password", "wrong-pass"));

    assertThat(wrongPassword.statusCode()).isEqualTo(200);
    assertThat(wrongPassword.body())
        .contains("Wrong e-mail address or password", "name=\"password\"");
    assertThat(unknownEmail.body()).contains("Wrong e-mail address or password");
    assertThat(wrongPassword.body()).doesNotContain("Allow");
  }

  @Test
  void formWithoutAValidCsrfField_isRefused_andSignsNobodyIn() throws Exception {
    Map<String, String> params = params("s1");
    app.get(PAGE + query(params));

    HttpResponse<String> forged =
        submit(
            params,
            "forged",
            Map.of(
                "step", "signin", "email", "ada@example.com", "password", OAuthTestApp.PASSWORD));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).doesNotContain("Allow");
  }

  @Test
  void csrfFieldOfAnotherRequest_doesNotFit() throws Exception {
    Map<String, String> original = params("s1");
    String csrf = csrf(app.get(PAGE + query(original)));

    HttpResponse<String> replayed =
        submit(
            params("s2"),
            csrf,
            Map.of(
                "step", "signin", "email", "ada@example.com", "password", OAuthTestApp.PASSWORD));

    assertThat(replayed.statusCode()).isEqualTo(403);
  }

  @Test
  void grantWithoutSigningIn_showsTheSignInForm() throws Exception {
    Map<String, String> params = params("s1");
    HttpResponse<String> page = app.get(PAGE + query(params));

    HttpResponse<String> grant = submit(params, csrf(page), Map.of("step", "grant"));

    assertThat(grant.statusCode()).isEqualTo(200);
    assertThat(grant.headers().firstValue("Location")).isEmpty();
    assertThat(grant.body()).contains("name=\"password\"");
  }

  @Test
  void unsupportedResponseType_isReportedToTheRegisteredRedirect() throws Exception {
    Map<String, String> params = params("s1");
    params.put("response_type", "token");

    HttpResponse<String> page = app.get(PAGE + query(params));

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValue(REDIRECT + "?error=unsupported_response_type&state=s1");
  }

  @Test
  void signedInOwnerComingBack_seesTheConsentStepDirectly() throws Exception {
    Map<String, String> params = params("s1");
    signIn(params);

    HttpResponse<String> again = app.get(PAGE + query(params));

    assertThat(again.body()).contains("Allow", "Deny").doesNotContain("name=\"password\"");
  }

  @Test
  void theIftttEndpointTestAccount_cannotSignInOnThePage_answeredAsAWrongPassword()
      throws Exception {
    app.registration.registerIfAbsent(
        new RegisterOwnerCommand(
            ReservedAccounts.IFTTT_ENDPOINT_TEST, "IFTTT endpoint test", OAuthTestApp.PASSWORD));
    Map<String, String> params = params("s1");
    HttpResponse<String> page = app.get(PAGE + query(params));

    HttpResponse<String> reserved =
        submit(
            params,
            csrf(page),
            Map.of(
                "step",
                "signin",
                "email",
                ReservedAccounts.IFTTT_ENDPOINT_TEST.value(),
                "password",
                OAuthTestApp.PASSWORD));

    assertThat(reserved.statusCode()).isEqualTo(200);
    assertThat(reserved.body())
        .contains("Wrong e-mail address or password", "name=\"password\"")
        .doesNotContain("Allow");
  }

  @Test
  void overlongCredentials_areAWrongSignIn_notAnError() throws Exception {
    Map<String, String> params = params("s1");
    HttpResponse<String> page = app.get(PAGE + query(params));

    HttpResponse<String> response =
        submit(
            params,
            csrf(page),
            Map.of("step", "signin", "email", "ada@example.com", "password", "p".repeat(10_000)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Wrong e-mail address or password");
  }

  @Test
  void formWithoutAContentType_isRefusedWithoutAnError() throws Exception {
    HttpResponse<String> response =
        app.send(
            HttpRequest.newBuilder(app.uri(PAGE))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        query(params("s1")).substring(1) + "&step=signin")));

    assertThat(response.statusCode()).isBetween(400, 499);
  }

  @Test
  void overlongStateOrScope_isRefusedOnThePage() throws Exception {
    Map<String, String> longState = params("s".repeat(AuthorizeParameters.MAX_STATE_LENGTH + 1));
    Map<String, String> longScope = params("s1");
    longScope.put("scope", "x".repeat(AuthorizeParameters.MAX_SCOPE_LENGTH + 1));
    Map<String, String> controlState = params("a\nb");

    for (Map<String, String> params : List.of(longState, longScope, controlState)) {
      HttpResponse<String> page = app.get(PAGE + query(params));

      assertThat(page.statusCode()).isEqualTo(400);
      assertThat(page.headers().firstValue("Location")).isEmpty();
      assertThat(page.body()).doesNotContain("name=\"password\"");
    }
  }

  private HttpResponse<String> signIn(Map<String, String> params) throws Exception {
    HttpResponse<String> page = app.get(PAGE + query(params));
    return submit(
        params,
        csrf(page),
        Map.of("step", "signin", "email", "ada@example.com", "password", OAuthTestApp.PASSWORD));
  }

  private HttpResponse<String> submit(
      Map<String, String> params, String csrf, Map<String, String> fields) throws Exception {
    Map<String, String> form = new LinkedHashMap<>(params);
    form.put("csrf", csrf);
    form.putAll(fields);
    return app.send(
        HttpRequest.newBuilder(app.uri(PAGE))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(query(form).substring(1))));
  }

  private static Map<String, String> params(String state) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("client_id", CLIENT_ID);
    params.put("response_type", "code");
    params.put("scope", "ifttt");
    params.put("state", state);
    params.put("redirect_uri", REDIRECT);
    return params;
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).as("page has a csrf field: %s", page.body()).isTrue();
    return matcher.group(1);
  }

  private static String query(Map<String, String> params) {
    return "?"
        + params.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      result.put(
          java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return result;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
