package io.robotconnect.domain.archfixture;

/** Violates the domain rule on purpose: a domain class using a framework. */
public class DomainClassUsingJackson {
  public Object mapper() {
    return new com.fasterxml.jackson.databind.ObjectMapper();
  }
}
