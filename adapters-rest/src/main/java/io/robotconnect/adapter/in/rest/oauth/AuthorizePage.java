package io.robotconnect.adapter.in.rest.oauth;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.robotconnect.adapter.in.rest.Brand;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the authorize page (sign-in, consent, or refusal) with the headers it needs. */
final class AuthorizePage {
  static final String HTML_UTF8 = "text/html; charset=utf-8";

  /** The one client the page serves, as the owner knows it. */
  static final String APP_NAME = "IFTTT";

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("templates/oauth").compile("authorize.mustache");

  private final Map<String, Object> model = new HashMap<>();
  private int status = 200;

  private AuthorizePage() {
    model.put("app", APP_NAME);
  }

  /** The sign-in step; {@code email} is what the owner typed before, or null. */
  static AuthorizePage signIn(AuthorizeParameters request, String csrf, String email) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("signIn", true);
    page.model.put("title", "Sign in to connect " + APP_NAME);
    page.model.put("email", email == null ? "" : email);
    page.form(request, csrf);
    return page;
  }

  /** The consent step for a signed-in owner. */
  static AuthorizePage consent(AuthorizeParameters request, String csrf, String displayName) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("consent", true);
    page.model.put("title", "Allow " + APP_NAME + " to use your robot?");
    page.model.put("displayName", displayName);
    page.form(request, csrf);
    return page;
  }

  /** A refused request: shown on our page, never redirected anywhere. */
  static AuthorizePage refused(Refusal refusal) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("refused", true);
    page.model.put("title", refusal.title());
    page.model.put("reason", refusal.explanation());
    page.status = 400;
    return page;
  }

  AuthorizePage withMessage(String message) {
    model.put("message", message);
    return this;
  }

  AuthorizePage withStatus(int status) {
    this.status = status;
    return this;
  }

  /** The page under the product's name and logo, which the policy lets the browser load. */
  Response render(Brand brand, NewCookie... cookies) {
    Map<String, Object> branded = new HashMap<>(model);
    branded.put("brand", brand.name());
    brand.logo().ifPresent(logo -> branded.put("logo", logo.toString()));
    StringWriter html = new StringWriter();
    TEMPLATE.execute(html, branded);
    String images = brand.logoOrigin().map(origin -> "img-src " + origin + "; ").orElse("");
    return Response.status(status)
        .header(HttpHeaders.CONTENT_TYPE, HTML_UTF8)
        .entity(html.toString())
        .cookie(cookies)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .header("X-Frame-Options", "DENY")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; " + images + "frame-ancestors 'none'")
        .build();
  }

  private void form(AuthorizeParameters request, String csrf) {
    List<Map<String, String>> hidden = request.hiddenFields();
    model.put("hidden", hidden);
    model.put("csrf", csrf);
  }
}
