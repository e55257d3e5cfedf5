package io.robotconnect.adapter.in.rest;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/** Registers every resource, filter and mapper of the REST adapter on a Jersey application. */
public final class RestApi {
  private RestApi() {}

  public static ResourceConfig configure(ResourceConfig config) {
    config.packages(true, RestApi.class.getPackageName());
    config.register(io.robotconnect.adapter.in.rest.docs.OpenApiResource.class);
    config.register(JacksonFeature.withoutExceptionMappers());
    config.register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(new AuthenticatedOwnerParamProvider()).to(ValueParamProvider.class);
          }
        });
    EncodingFilter.enableFor(config, GZipEncoder.class);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    return config;
  }
}
