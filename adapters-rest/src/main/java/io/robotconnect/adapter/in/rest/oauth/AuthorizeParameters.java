package io.robotconnect.adapter.in.rest.oauth;

import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.InvalidAuthorizationRequestException;
import io.robotconnect.domain.TextRules;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of an OAuth2 authorize request, carried through the page's forms. Client id and
 * redirect URI are checked by {@link AuthorizationRequest}; the rest here, since they are echoed
 * into the page and the redirect.
 *
 * @throws InvalidAuthorizationRequestException when a value is too long or holds control characters
 */
record AuthorizeParameters(
    String clientId, String redirectUri, String responseType, String state, String scope) {
  /** IFTTT's state is a short random token. */
  static final int MAX_STATE_LENGTH = 1000;

  static final int MAX_SCOPE_LENGTH = 200;

  static final int MAX_RESPONSE_TYPE_LENGTH = 50;

  AuthorizeParameters {
    check("response_type", responseType, MAX_RESPONSE_TYPE_LENGTH);
    check("state", state, MAX_STATE_LENGTH);
    check("scope", scope, MAX_SCOPE_LENGTH);
  }

  private static void check(String name, String value, int max) {
    if (value != null && (value.length() > max || TextRules.hasControlCharacters(value))) {
      throw new InvalidAuthorizationRequestException(
          name + " must be at most " + max + " characters, none a control character");
    }
  }

  AuthorizationRequest toRequest() {
    if (redirectUri == null || redirectUri.isBlank()) {
      throw new InvalidAuthorizationRequestException("redirect_uri is required");
    }
    return new AuthorizationRequest(clientId, redirectUri);
  }

  /** What the CSRF field is bound to: this very request. */
  String csrfBinding() {
    return String.join("\n", nonNull(clientId), nonNull(redirectUri), nonNull(state));
  }

  /** The hidden form fields that carry the request to the next step. */
  List<Map<String, String>> hiddenFields() {
    List<Map<String, String>> fields = new ArrayList<>();
    add(fields, "client_id", clientId);
    add(fields, "redirect_uri", redirectUri);
    add(fields, "response_type", responseType);
    add(fields, "state", state);
    add(fields, "scope", scope);
    return fields;
  }

  /** The (registered) redirect URI with the given query parameters and the state appended. */
  URI redirect(String name, String value) {
    StringBuilder uri = new StringBuilder(redirectUri);
    uri.append(redirectUri.contains("?") ? '&' : '?')
        .append(name)
        .append('=')
        .append(encode(value));
    if (state != null) {
      uri.append("&state=").append(encode(state));
    }
    return URI.create(uri.toString());
  }

  private static void add(List<Map<String, String>> fields, String name, String value) {
    if (value != null) {
      fields.add(Map.of("name", name, "value", value));
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
