package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;

/** Lets an owner authorize the IFTTT client: checks authorize requests and issues codes. */
public interface AuthorizeClientUseCase {

  /**
   * Checks that the client id is ours and the redirect URI registered, before anything is shown.
   *
   * @throws InvalidAuthorizationRequestException when either is not
   */
  void check(AuthorizationRequest request);

  /**
   * Issues a one-time authorization code of the owner for the request's client.
   *
   * @throws InvalidAuthorizationRequestException when the request does not {@link #check pass}
   */
  String issueCode(OwnerId owner, AuthorizationRequest request);
}
