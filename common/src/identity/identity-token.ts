import type { KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { callerFromClaims, type Caller } from './caller';

/** The issuer of the identity tokens the gateway signs for subgraphs. */
export const GATEWAY_ISSUER = 'dsp-gateway';

/** Identity tokens live long enough for one request's subgraph calls. */
const IDENTITY_TOKEN_TTL_SECONDS = 60;

/**
 * Signs the caller's identity for one subgraph (the audience), with the
 * gateway's Ed25519 private key. Subgraphs hold only the public key, so no
 * team can forge an identity, and a token meant for one subgraph is refused
 * by the other.
 */
export async function signIdentityToken(privateKey: KeyObject, caller: Caller, audience: string, issuer = GATEWAY_ISSUER): Promise<string> {
  return new SignJWT({ role: caller.role, ...(caller.region ? { region: caller.region } : {}) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(caller.sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${IDENTITY_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

export class InvalidIdentityError extends Error {
  override readonly name = 'InvalidIdentityError';
}

/**
 * Verifies an identity token: EdDSA only (never `none`, never a shared
 * secret), the expected issuer and audience, not expired (5 s of clock skew).
 */
export async function verifyIdentityToken(publicKey: KeyObject, token: string, audience: string, issuer = GATEWAY_ISSUER): Promise<Caller> {
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      algorithms: ['EdDSA'],
      issuer,
      audience,
      clockTolerance: 5,
      maxTokenAge: `${IDENTITY_TOKEN_TTL_SECONDS + 5}s`,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    const caller = callerFromClaims(payload);
    if (typeof caller === 'string') throw new InvalidIdentityError(caller);
    return caller;
  } catch (error) {
    if (error instanceof InvalidIdentityError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidIdentityError('the identity token has expired');
    throw new InvalidIdentityError('the identity token is not valid');
  }
}
