package io.robotconnect.application.service;

import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.AuthorizeClientUseCase;
import io.robotconnect.application.port.in.CheckIftttConnectionUseCase;
import io.robotconnect.application.port.in.InvalidAuthorizationRequestException;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Issues authorization codes to the registered client, and connects/disconnects owners. */
public class ClientAuthorizationService
    implements AuthorizeClientUseCase, RevokeIftttAccessUseCase, CheckIftttConnectionUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ClientAuthorizationService.class);

  private final OAuthSettings settings;
  private final AuthorizationCodeRepository codes;
  private final OAuthTokenRepository tokens;
  private final ClockPort clock;
  private final UnitOfWork unitOfWork;

  public ClientAuthorizationService(
      OAuthSettings settings,
      AuthorizationCodeRepository codes,
      OAuthTokenRepository tokens,
      ClockPort clock,
      UnitOfWork unitOfWork) {
    this.settings = settings;
    this.codes = codes;
    this.tokens = tokens;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void check(AuthorizationRequest request) {
    if (!settings.clientId().equals(request.clientId())) {
      throw new InvalidAuthorizationRequestException("unknown client_id");
    }
    if (request.redirectUri() != null && !settings.redirectUris().contains(request.redirectUri())) {
      throw new InvalidAuthorizationRequestException("redirect_uri is not registered");
    }
  }

  @Override
  public String issueCode(OwnerId owner, AuthorizationRequest request) {
    check(request);
    Instant now = clock.now();
    String code = SecretTokens.generate();
    unitOfWork.run(
        () -> {
          codes.deleteExpired(now);
          codes.save(
              new AuthorizationCode(
                  SecretTokens.hash(code),
                  owner,
                  request.clientId(),
                  request.redirectUri(),
                  now.plus(settings.codeLifetime())));
        });
    LOG.info("issued an authorization code to owner {}", owner);
    return code;
  }

  @Override
  public void revokeAll(OwnerId owner) {
    unitOfWork.run(
        () -> {
          codes.deleteByOwner(owner);
          tokens.deleteByOwner(owner);
        });
    LOG.info("revoked every IFTTT token and code of owner {}", owner);
  }

  @Override
  public boolean isConnected(OwnerId owner) {
    return tokens.hasCurrentPair(owner);
  }
}
