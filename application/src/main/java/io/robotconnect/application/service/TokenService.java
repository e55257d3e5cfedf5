package io.robotconnect.application.service;

import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.GrantTokensUseCase;
import io.robotconnect.application.port.in.IssueAccessTokenUseCase;
import io.robotconnect.application.port.in.IssuedTokens;
import io.robotconnect.application.port.in.OAuthError;
import io.robotconnect.application.port.in.OAuthGrantException;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.application.port.in.TokenGrant.AuthorizationCodeGrant;
import io.robotconnect.application.port.in.TokenGrant.ClientCredentials;
import io.robotconnect.application.port.in.TokenGrant.RefreshTokenGrant;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The token endpoint's logic, and recognising the access tokens it issued. */
public class TokenService
    implements GrantTokensUseCase, IssueAccessTokenUseCase, AuthenticateAccessTokenUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

  private final OAuthSettings settings;
  private final AuthorizationCodeRepository codes;
  private final OAuthTokenRepository tokens;
  private final OwnerRepository owners;
  private final ClockPort clock;
  private final UnitOfWork unitOfWork;

  public TokenService(
      OAuthSettings settings,
      AuthorizationCodeRepository codes,
      OAuthTokenRepository tokens,
      OwnerRepository owners,
      ClockPort clock,
      UnitOfWork unitOfWork) {
    this.settings = settings;
    this.codes = codes;
    this.tokens = tokens;
    this.owners = owners;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public IssuedTokens grant(TokenGrant grant) {
    authenticateClient(grant.client());
    if (grant instanceof AuthorizationCodeGrant codeGrant) {
      return unitOfWork.inTransaction(() -> redeemCode(codeGrant));
    }
    return unitOfWork.inTransaction(() -> refresh((RefreshTokenGrant) grant));
  }

  @Override
  public IssuedTokens issue(OwnerId owner) {
    if (owners.findById(owner).isEmpty()) {
      throw new UnknownOwnerException(owner);
    }
    return issuePair(owner, settings.clientId(), clock.now());
  }

  @Override
  public Optional<OwnerId> authenticate(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      return Optional.empty();
    }
    String tokenHash = SecretTokens.hash(bearerToken);
    Instant now = clock.now();
    return tokens
        .findByAccessTokenHash(tokenHash)
        .filter(pair -> SecretTokens.equalInConstantTime(pair.accessTokenHash(), tokenHash))
        .filter(pair -> pair.accessUsableAt(now, settings.refreshGrace()))
        .map(TokenPair::owner);
  }

  private void authenticateClient(ClientCredentials client) {
    boolean idMatches = settings.clientId().equals(client.clientId());
    boolean secretMatches =
        SecretTokens.equalInConstantTime(client.clientSecret(), settings.clientSecret());
    if (!idMatches || !secretMatches) {
      LOG.info("token request refused: client authentication failed");
      throw new OAuthGrantException(OAuthError.INVALID_CLIENT, "client authentication failed");
    }
  }

  private IssuedTokens redeemCode(AuthorizationCodeGrant grant) {
    Instant now = clock.now();
    AuthorizationCode code =
        codes
            .take(SecretTokens.hash(grant.code()))
            .orElseThrow(
                () -> invalidGrant("authorization code is invalid, expired or already used"));
    if (code.isExpiredAt(now)) {
      throw invalidGrant("authorization code is invalid, expired or already used");
    }
    if (!code.clientId().equals(grant.client().clientId())) {
      throw invalidGrant("authorization code was issued to another client");
    }
    if (!code.acceptsRedirectUri(grant.redirectUri())) {
      throw invalidGrant("redirect_uri does not match the authorization request");
    }
    if (grant.redirectUri() != null && !settings.redirectUris().contains(grant.redirectUri())) {
      throw invalidGrant("redirect_uri is not registered");
    }
    return issuePair(code.owner(), code.clientId(), now);
  }

  private IssuedTokens refresh(RefreshTokenGrant grant) {
    Instant now = clock.now();
    String refreshHash = SecretTokens.hash(grant.refreshToken());
    TokenPair old =
        tokens
            .findByRefreshTokenHash(refreshHash)
            .filter(pair -> SecretTokens.equalInConstantTime(pair.refreshTokenHash(), refreshHash))
            .filter(pair -> pair.refreshUsableAt(now, settings.refreshGrace()))
            .filter(pair -> pair.clientId().equals(grant.client().clientId()))
            .orElseThrow(() -> invalidGrant("refresh token is invalid or revoked"));
    tokens.supersede(old.refreshTokenHash(), now);
    return issuePair(old.owner(), old.clientId(), now);
  }

  private IssuedTokens issuePair(OwnerId owner, String clientId, Instant now) {
    String accessToken = SecretTokens.generate();
    String refreshToken = SecretTokens.generate();
    Instant accessExpiresAt =
        settings.accessTokenLifetime() == null ? null : now.plus(settings.accessTokenLifetime());
    tokens.save(
        new TokenPair(
            SecretTokens.hash(accessToken),
            SecretTokens.hash(refreshToken),
            owner,
            clientId,
            now,
            accessExpiresAt,
            null));
    LOG.info("issued IFTTT tokens to owner {}", owner);
    return new IssuedTokens(owner, accessToken, refreshToken, settings.accessTokenLifetime());
  }

  private static OAuthGrantException invalidGrant(String description) {
    return new OAuthGrantException(OAuthError.INVALID_GRANT, description);
  }
}
