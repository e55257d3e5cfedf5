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
import io.robotconnect.application.port.out.CodeRedemption;
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

/**
 * The token endpoint's logic, and recognising the access tokens it issued. An authorization code
 * presented a second time is refused and revokes every token issued from it.
 */
public class TokenService
    implements GrantTokensUseCase, IssueAccessTokenUseCase, AuthenticateAccessTokenUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
  private static final String CODE_UNUSABLE =
      "authorization code is invalid, expired or already used";

  private final OAuthSettings settings;
  private final AuthorizationCodeRepository codes;
  private final OAuthTokenRepository tokens;
  private final OwnerRepository owners;
  private final ClockPort clock;
  private final UnitOfWork unitOfWork;
  private final Runnable afterRevocation;

  /**
   * @param afterRevocation run once tokens it revoked are gone, e.g. to empty a cache of
   *     authenticated tokens
   */
  public TokenService(
      OAuthSettings settings,
      AuthorizationCodeRepository codes,
      OAuthTokenRepository tokens,
      OwnerRepository owners,
      ClockPort clock,
      UnitOfWork unitOfWork,
      Runnable afterRevocation) {
    this.settings = settings;
    this.codes = codes;
    this.tokens = tokens;
    this.owners = owners;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.afterRevocation = afterRevocation;
  }

  @Override
  public IssuedTokens grant(TokenGrant grant) {
    authenticateClient(grant.client());
    if (grant instanceof AuthorizationCodeGrant codeGrant) {
      CodeOutcome outcome = unitOfWork.inTransaction(() -> redeemCode(codeGrant));
      if (outcome.refusal() != null) {
        afterRevocation.run();
        throw outcome.refusal(); // after the commit, so that the revocation stands
      }
      return outcome.tokens();
    }
    return unitOfWork.inTransaction(() -> refresh((RefreshTokenGrant) grant));
  }

  @Override
  public IssuedTokens issue(OwnerId owner) {
    if (owners.findById(owner).isEmpty()) {
      throw new UnknownOwnerException(owner);
    }
    return issuePair(owner, settings.clientId(), null, clock.now());
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

  /** Tokens for a code redeemed the first time, or the refusal of a code presented again. */
  private record CodeOutcome(IssuedTokens tokens, OAuthGrantException refusal) {}

  private CodeOutcome redeemCode(AuthorizationCodeGrant grant) {
    Instant now = clock.now();
    CodeRedemption redemption =
        codes
            .redeem(SecretTokens.hash(grant.code()), now)
            .orElseThrow(() -> invalidGrant(CODE_UNUSABLE));
    AuthorizationCode code = redemption.code();
    if (!redemption.first()) {
      // RFC 6749 §4.1.2: someone else may hold the code, so what it granted is withdrawn
      tokens.deleteByGrant(code.codeHash());
      LOG.warn(
          "an authorization code of owner {} was presented again; the tokens issued from it are"
              + " revoked",
          code.owner());
      return new CodeOutcome(null, invalidGrant(CODE_UNUSABLE));
    }
    if (code.isExpiredAt(now)) {
      throw invalidGrant(CODE_UNUSABLE);
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
    return new CodeOutcome(issuePair(code.owner(), code.clientId(), code.codeHash(), now), null);
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
    // pairs whose grace period is over no longer work; each refresh clears its owner's
    tokens.deleteSupersededBefore(old.owner(), now.minus(settings.refreshGrace()));
    return issuePair(old.owner(), old.clientId(), old.grantId(), now);
  }

  private IssuedTokens issuePair(OwnerId owner, String clientId, String grantId, Instant now) {
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
            null,
            grantId));
    LOG.info("issued IFTTT tokens to owner {}", owner);
    return new IssuedTokens(owner, accessToken, refreshToken, settings.accessTokenLifetime());
  }

  private static OAuthGrantException invalidGrant(String description) {
    return new OAuthGrantException(OAuthError.INVALID_GRANT, description);
  }
}
