package io.robotconnect.application.archfixture;

/** Violates the application rule on purpose: a service using the web framework. */
public class ServiceUsingJersey {
  public Object notFound() {
    return new jakarta.ws.rs.NotFoundException();
  }
}
