package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;

/**
 * Factories of the owner-credential repositories, for {@link Database#repository}, e.g. {@code
 * database.repository(OwnerCredentialRepositories::sessions)}.
 */
public final class OwnerCredentialRepositories {
  private OwnerCredentialRepositories() {}

  public static OwnerSessionRepository sessions(SessionContext context) {
    return new HibernateOwnerSessionRepository(context);
  }

  public static AuthorizationCodeRepository authorizationCodes(SessionContext context) {
    return new HibernateAuthorizationCodeRepository(context);
  }

  public static OAuthTokenRepository tokens(SessionContext context) {
    return new HibernateOAuthTokenRepository(context);
  }
}
