import type { KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/**
 * Service identities: a token one service signs with its own Ed25519 private
 * key to read another's internal endpoint (today, the mutual reading the
 * foundation's registry feed). The reader trusts that one public key for that
 * one endpoint: a user's token, or the gateway's identity tokens, are signed
 * by other keys and never verify here.
 */
export const REGISTRY_FEED_AUDIENCE = 'foundation-registry-feed';
export const MUTUAL_SERVICE_ISSUER = 'mutual-service';
const SERVICE_TOKEN_TTL_SECONDS = 60;

export function signServiceToken(privateKey: KeyObject, issuer: string, audience: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(issuer)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${SERVICE_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

/** True when `token` is a current service token of `issuer` for `audience`, signed by `publicKey` (EdDSA only). */
export async function isValidServiceToken(
  publicKey: KeyObject,
  token: string,
  issuer: string,
  audience: string,
): Promise<boolean> {
  try {
    await jwtVerify(token, publicKey, {
      algorithms: ['EdDSA'],
      issuer,
      audience,
      subject: issuer,
      clockTolerance: 5,
      maxTokenAge: `${SERVICE_TOKEN_TTL_SECONDS + 5}s`,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    return true;
  } catch {
    return false;
  }
}
