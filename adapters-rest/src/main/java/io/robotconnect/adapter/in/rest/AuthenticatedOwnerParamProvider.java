package io.robotconnect.adapter.in.rest;

import io.robotconnect.domain.owner.OwnerId;
import java.util.function.Function;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Supplies {@link Authenticated} parameters from the request itself: injecting the request context
 * into a resource method instead costs an injection-container lookup on every request.
 */
final class AuthenticatedOwnerParamProvider implements ValueParamProvider {

  @Override
  public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
    if (parameter.isAnnotationPresent(Authenticated.class)
        && parameter.getRawType() == OwnerId.class) {
      return AuthenticatedOwner::of;
    }
    return null;
  }

  @Override
  public PriorityType getPriority() {
    return Priority.HIGH;
  }
}
