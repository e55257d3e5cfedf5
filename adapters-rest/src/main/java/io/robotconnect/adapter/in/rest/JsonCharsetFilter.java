package io.robotconnect.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/** IFTTT expects {@code application/json; charset=utf-8} on every JSON answer. */
@Provider
public class JsonCharsetFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type != null
        && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8);
    }
  }
}
