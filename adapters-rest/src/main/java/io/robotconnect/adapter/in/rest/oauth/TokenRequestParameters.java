package io.robotconnect.adapter.in.rest.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.JsonProblems;
import io.robotconnect.application.port.in.OAuthError;
import io.robotconnect.application.port.in.OAuthGrantException;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.application.port.in.TokenGrant.AuthorizationCodeGrant;
import io.robotconnect.application.port.in.TokenGrant.ClientCredentials;
import io.robotconnect.application.port.in.TokenGrant.RefreshTokenGrant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Reads a token request from a form-encoded or JSON body and an optional HTTP Basic header. */
final class TokenRequestParameters {
  private static final String BASIC = "basic ";

  private TokenRequestParameters() {}

  /** The parameters of a body; a JSON one is read by {@code json}. */
  static Map<String, String> parse(String body, String contentType, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return Map.of();
    }
    boolean isJson =
        contentType != null && contentType.toLowerCase(Locale.ROOT).contains("application/json");
    return isJson ? parseJson(body, json) : parseForm(body);
  }

  static TokenGrant toGrant(Map<String, String> parameters, String authorization) {
    ClientCredentials client = clientCredentials(parameters, authorization);
    String grantType = parameters.get("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      throw invalidRequest("grant_type is required");
    }
    return switch (grantType) {
      case "authorization_code" ->
          new AuthorizationCodeGrant(
              client, parameters.get("code"), emptyToNull(parameters.get("redirect_uri")));
      case "refresh_token" -> new RefreshTokenGrant(client, parameters.get("refresh_token"));
      default ->
          throw new OAuthGrantException(
              OAuthError.UNSUPPORTED_GRANT_TYPE,
              "grant_type must be authorization_code or refresh_token");
    };
  }

  private static ClientCredentials clientCredentials(
      Map<String, String> parameters, String authorization) {
    if (authorization != null
        && authorization.length() > BASIC.length()
        && authorization.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
      ClientCredentials basic = basic(authorization.substring(BASIC.length()).strip());
      String bodyId = parameters.get("client_id");
      if (bodyId != null && !bodyId.equals(basic.clientId())) {
        throw new OAuthGrantException(
            OAuthError.INVALID_CLIENT, "client_id differs from the Basic credentials");
      }
      return basic;
    }
    return new ClientCredentials(parameters.get("client_id"), parameters.get("client_secret"));
  }

  /** RFC 6749 §2.3.1: base64 of form-encoded id, a colon, and form-encoded secret. */
  private static ClientCredentials basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthGrantException(OAuthError.INVALID_CLIENT, "malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new OAuthGrantException(OAuthError.INVALID_CLIENT, "malformed Basic credentials");
    }
    return new ClientCredentials(
        formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)));
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
      if (parameters.put(name, value) != null) {
        throw invalidRequest("parameter " + name + " is repeated");
      }
    }
    return parameters;
  }

  private static Map<String, String> parseJson(String body, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw invalidRequest(JsonProblems.describe(e, json));
    }
    if (root == null || !root.isObject()) {
      throw invalidRequest("the request body must be a JSON object");
    }
    Map<String, String> parameters = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        parameters.put(field.getKey(), field.getValue().asText());
      }
    }
    return parameters;
  }

  private static String formDecode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidRequest("the request body is not valid form encoding");
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static OAuthGrantException invalidRequest(String description) {
    return new OAuthGrantException(OAuthError.INVALID_REQUEST, description);
  }
}
