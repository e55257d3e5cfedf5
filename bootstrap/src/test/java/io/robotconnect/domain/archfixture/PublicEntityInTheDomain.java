package io.robotconnect.domain.archfixture;

/** Violates the entity rule on purpose: a public JPA entity outside the persistence adapter. */
@jakarta.persistence.Entity
public class PublicEntityInTheDomain {
  @jakarta.persistence.Id Long id;
}
