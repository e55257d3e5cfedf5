package io.robotconnect.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON answer says {@link Responses#JSON_UTF8}, as IFTTT expects: however a resource, mapper
 * or Jersey itself typed it ({@code application/json}, or a parsed media type, which Jersey writes
 * as {@code application/json;charset=utf-8}). Runs after the other response filters, which may
 * replace the entity.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class JsonCharsetFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8);
    }
  }
}
