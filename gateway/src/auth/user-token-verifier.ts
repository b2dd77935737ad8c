import { bearerToken, type Caller, callerFromClaims, rememberAcceptedTokens } from '@dsp/common';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyOptions, type JWTVerifyResult } from 'jose';
import type { KeyObject } from 'node:crypto';

export interface UserTokenSettings {
  issuer: string;
  audience: string;
  /** Accepted signature algorithms, explicitly: never `none`, never a shared secret. */
  algorithms: string[];
  /** The identity provider's key set, or its one public key. */
  key: { jwksUrl: URL } | { publicKey: KeyObject };
  /** Clock skew tolerated on `exp`/`nbf`, in seconds. */
  clockToleranceSeconds: number;
}

export type VerifyUser = (authorization: string | undefined) => Promise<Caller>;

function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}.`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * Verifies the bearer token a user sends to the gateway and reads the caller
 * from it. Any failure (missing, malformed, expired, forged, unknown role) is
 * UNAUTHENTICATED with HTTP 401, and no data. A token once accepted is
 * remembered until its expiry, with the clock tolerance (see
 * rememberAcceptedTokens): the same token sent again is not verified again,
 * and is refused as soon as it has expired. As with any bearer token, a key
 * withdrawn from the identity provider's key set stops new tokens, not the
 * ones already accepted before they expire.
 */
export function createUserTokenVerifier(settings: UserTokenSettings): VerifyUser {
  const options: JWTVerifyOptions = {
    algorithms: settings.algorithms,
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: settings.clockToleranceSeconds,
    requiredClaims: ['exp', 'sub'],
  };
  const verify: (token: string) => Promise<JWTVerifyResult> =
    'jwksUrl' in settings.key
      ? (() => {
          const jwks = createRemoteJWKSet(settings.key.jwksUrl);
          return (token: string) => jwtVerify(token, jwks, options);
        })()
      : (() => {
          const { publicKey } = settings.key;
          return (token: string) => jwtVerify(token, publicKey, options);
        })();
  const remembered = rememberAcceptedTokens(async (token) => {
    let claims: Record<string, unknown>;
    try {
      claims = (await verify(token)).payload;
    } catch (error) {
      throw unauthenticated(
        error instanceof joseErrors.JWTExpired ? 'your token has expired; sign in again' : 'your token is not valid',
      );
    }
    const caller = callerFromClaims(claims);
    if (typeof caller === 'string') throw unauthenticated(caller);
    // exp is a required claim, so a number here.
    return { caller, untilMs: (Number(claims.exp) + settings.clockToleranceSeconds) * 1000 };
  });
  return async (authorization) => {
    const token = bearerToken(authorization);
    if (!token) throw unauthenticated('sign in and send your token as "Authorization: Bearer <token>"');
    return remembered(token);
  };
}
