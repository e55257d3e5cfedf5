package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.EncodingFilter;

/**
 * The REST adapter's one entry point: from the platform's JSON mapper, the adapter's settings and
 * every use case its resources call, {@link #resourceConfig()} makes the Jersey application with
 * each resource, filter and mapper of the adapter registered.
 */
public record RestApi(ObjectMapper json, RestSettings settings, RestPorts ports) {
  public RestApi {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ports, "ports");
  }

  /** A new Jersey application serving the adapter's resources with these instances. */
  public ResourceConfig resourceConfig() {
    ResourceConfig config = new ResourceConfig();
    config.packages(true, RestApi.class.getPackageName());
    config.register(JacksonFeature.withoutExceptionMappers());
    config.register(new ObjectMapperProvider(json));
    config.register(new RestBinder(json, settings, ports));
    EncodingFilter.enableFor(config, GZipEncoder.class);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    return config;
  }
}
