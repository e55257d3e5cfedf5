package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.connection.ConnectErrorBody;
import io.robotconnect.adapter.in.rest.oauth.OAuthResponses;

/**
 * The error body a path answers with, told by the path alone: the same rule for errors Jersey makes
 * and for those refused at the HTTP edge before Jersey runs.
 */
public enum ErrorFamily {
  /** IFTTT's {@code {"errors":[{"message"}]}}: IFTTT-facing paths, webhooks, health, the rest. */
  IFTTT,
  /** The Connect API's {@code {"type":"error","code","message","details"}}: {@code /api/v1/}. */
  PLATFORM,
  /** RFC 6749's {@code {"error","error_description"}}: {@code POST {prefix}/ifttt/v1/tokens}. */
  OAUTH;

  private static final String PLATFORM_ROOT = "api/v1/";
  private static final String TOKENS = "/ifttt/v1/tokens";

  /** Whether a path (with or without its leading slash) is one of the platform's own APIs. */
  public static boolean isPlatformApi(String path) {
    return (path.startsWith("/") ? path.substring(1) : path).startsWith(PLATFORM_ROOT);
  }

  /** The family of a request as it arrives, before the prefix is mapped onto the default one. */
  public static ErrorFamily of(String method, String rawPath, ApiPrefix prefix) {
    if (isPlatformApi(rawPath)) {
      return PLATFORM;
    }
    if ("POST".equals(method) && rawPath.equals(prefix.value() + TOKENS)) {
      return OAUTH;
    }
    return IFTTT;
  }

  /** The family's error body, to be written as JSON. */
  public Object body(int status, String message) {
    return switch (this) {
      case IFTTT -> ErrorBody.of(message);
      case PLATFORM -> ConnectErrorBody.of(status, message);
      case OAUTH -> OAuthResponses.refused(status, message);
    };
  }

  /** The family's error body as JSON text, written by {@code json}. */
  public String json(ObjectMapper json, int status, String message) {
    try {
      return json.writeValueAsString(body(status, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body always serialises", e);
    }
  }
}
