import { DEFAULT_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, keyFromEnv, StartupError } from '@dsp/common';
import { demoUsers } from '@dsp/demo';
import type { DevTokenSettings } from '../dev-tokens';
import type { KeyObject } from 'node:crypto';
import type { UserTokenSettings } from './user-token-verifier';

const SAFE_ALGORITHMS = new Set([
  'EdDSA',
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
]);

export interface AuthConfig {
  userTokens: UserTokenSettings;
  /** The gateway's own private key, which signs identities for the subgraphs. */
  signingKey: KeyObject;
}

/**
 * Authentication settings from the environment. Production names the
 * identity provider (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL or
 * AUTH_PUBLIC_KEY[_FILE]); the local setup (`npm start`) passes the key it
 * generated under .data/keys for its development identity provider.
 */
export function authConfig(): AuthConfig {
  const production = process.env.NODE_ENV === 'production';
  const issuer = process.env.AUTH_ISSUER ?? (production ? undefined : DEV_TOKEN_ISSUER);
  if (!issuer) throw new StartupError("set AUTH_ISSUER to the issuer of your identity provider's tokens.");
  const algorithms = (process.env.AUTH_ALGORITHMS ?? 'EdDSA,ES256,RS256').split(',').map((name) => name.trim());
  const unsafe = algorithms.filter((name) => !SAFE_ALGORITHMS.has(name));
  if (unsafe.length > 0) {
    throw new StartupError(
      `AUTH_ALGORITHMS may list only asymmetric algorithms (${[...SAFE_ALGORITHMS].join(', ')}); refused: ${unsafe.join(', ')}.`,
    );
  }
  const jwksUrl = process.env.AUTH_JWKS_URL;
  let key: UserTokenSettings['key'];
  if (jwksUrl) {
    try {
      key = { jwksUrl: new URL(jwksUrl) };
    } catch {
      throw new StartupError(`AUTH_JWKS_URL must be a URL; got "${jwksUrl}".`);
    }
  } else {
    key = { publicKey: keyFromEnv('AUTH_PUBLIC_KEY', 'public') };
  }
  return {
    userTokens: {
      issuer,
      audience: process.env.AUTH_AUDIENCE ?? DEFAULT_TOKEN_AUDIENCE,
      algorithms,
      key,
      clockToleranceSeconds: 30,
    },
    signingKey: keyFromEnv('GATEWAY_SIGNING_KEY', 'private'),
  };
}

export interface ClientSignIn {
  devTokens?: DevTokenSettings;
  oidc?: { issuer: string; clientId: string; scope: string };
}

/**
 * How the admin client signs users in. Production: the organisation's
 * OpenID Connect provider (OIDC_ISSUER, OIDC_CLIENT_ID). Local setup:
 * DEV_TOKENS=1 mounts a token endpoint for the demonstration users, signed
 * with DEV_TOKENS_SIGNING_KEY[_FILE]; it is refused outright in production.
 */
export function clientSignIn(auth: AuthConfig): ClientSignIn {
  const production = process.env.NODE_ENV === 'production';
  const sign: ClientSignIn = {};
  if (process.env.DEV_TOKENS === '1') {
    if (production)
      throw new StartupError(
        'DEV_TOKENS=1 is refused when NODE_ENV=production: demonstration sign-in must never reach a real deployment.',
      );
    sign.devTokens = {
      privateKey: keyFromEnv('DEV_TOKENS_SIGNING_KEY', 'private'),
      issuer: auth.userTokens.issuer,
      audience: auth.userTokens.audience,
      users: demoUsers(),
      ttlSeconds: 8 * 3600,
    };
  }
  const issuer = process.env.OIDC_ISSUER?.trim();
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  if (issuer && clientId) sign.oidc = { issuer, clientId, scope: process.env.OIDC_SCOPE?.trim() || 'openid profile' };
  return sign;
}
