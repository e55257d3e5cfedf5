package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;

/** Issues IFTTT tokens for an owner without the OAuth2 dance (IFTTT test setup). */
public interface IssueAccessTokenUseCase {

  /**
   * Issues a new access/refresh token pair for the configured IFTTT client.
   *
   * @throws UnknownOwnerException when the owner does not exist
   */
  IssuedTokens issue(OwnerId owner);
}
