package io.robotconnect.adapter.in.rest.oauth;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
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
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("templates/oauth").compile("authorize.mustache");

  private final Map<String, Object> model = new HashMap<>();
  private int status = 200;

  private AuthorizePage() {}

  /** The sign-in step; {@code message} explains why it is shown again, or null. */
  static AuthorizePage signIn(AuthorizeParameters request, String csrf, String email) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("signIn", true);
    page.model.put("email", email == null ? "" : email);
    page.form(request, csrf);
    return page;
  }

  /** The consent step for a signed-in owner. */
  static AuthorizePage consent(AuthorizeParameters request, String csrf, String displayName) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("consent", true);
    page.model.put("displayName", displayName);
    page.form(request, csrf);
    return page;
  }

  /** A refused request: shown on our page, never redirected anywhere. */
  static AuthorizePage refused(String reason) {
    AuthorizePage page = new AuthorizePage();
    page.model.put("refused", true);
    page.model.put("reason", reason);
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

  Response render(NewCookie... cookies) {
    StringWriter html = new StringWriter();
    TEMPLATE.execute(html, model);
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
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .build();
  }

  private void form(AuthorizeParameters request, String csrf) {
    List<Map<String, String>> hidden = request.hiddenFields();
    model.put("hidden", hidden);
    model.put("csrf", csrf);
  }
}
