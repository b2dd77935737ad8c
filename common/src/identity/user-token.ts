import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Caller } from './caller';

/** Issuer and audience of the tokens of the local development identity provider. */
export const DEV_TOKEN_ISSUER = 'dsp-dev-idp';
export const DEFAULT_TOKEN_AUDIENCE = 'dual-supervision';

export interface UserTokenOptions {
  issuer?: string;
  audience?: string;
  /** Lifetime, in seconds (8 hours by default: a working day). */
  ttlSeconds?: number;
}

/**
 * Signs a user token as an identity provider would (EdDSA): what `npm run
 * token`, the demo sign-in and the tests use locally. In production, tokens
 * come from the organisation's identity provider instead.
 */
export async function signUserToken(
  privateKey: KeyObject,
  caller: Caller,
  options: UserTokenOptions = {},
): Promise<string> {
  return new SignJWT({ role: caller.role, ...(caller.region ? { region: caller.region } : {}) })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(caller.sub)
    .setIssuer(options.issuer ?? DEV_TOKEN_ISSUER)
    .setAudience(options.audience ?? DEFAULT_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? 8 * 3600}s`)
    .sign(privateKey);
}
