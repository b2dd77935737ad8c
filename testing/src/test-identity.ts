import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { demoHeadOf } from '@dsp/demo';
import type { Caller } from '@dsp/common';
import { GATEWAY_ISSUER, signIdentityToken } from '@dsp/common';
import type { RegionCode } from '@dsp/common';

/** A gateway key pair for tests that call a subgraph directly, as the gateway would. */
export interface TestGatewayIdentity {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** Headers carrying `caller`'s identity, signed for `subgraph`. */
  headersFor(caller: Caller, subgraph: string): Promise<Record<string, string>>;
}

export function createTestGatewayIdentity(): TestGatewayIdentity {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey,
    privateKey,
    headersFor: async (caller, subgraph) => ({
      authorization: `Bearer ${await signIdentityToken(privateKey, caller, subgraph)}`,
    }),
  };
}

/** A national administrator: the caller that sees every region (but no diagnosis). */
export const TEST_NATIONAL_ADMIN: Caller = { sub: 'test-national-admin', role: 'NATIONAL_ADMIN', region: null };

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT put together by hand, to say exactly what is wrong with it (`key` null: no signature). */
export function handMadeToken(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: KeyObject | null,
): string {
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = key ? sign(null, Buffer.from(signingInput), key).toString('base64url') : '';
  return `${signingInput}.${signature}`;
}

/** The claims of a gateway identity for `caller` and `audience` (a subgraph), issued at `issuedAt` (seconds) for 60 s. */
export function identityClaims(caller: Caller, audience: string, issuedAt: number): Record<string, unknown> {
  return {
    sub: caller.sub,
    role: caller.role,
    ...(caller.region ? { region: caller.region } : {}),
    iss: GATEWAY_ISSUER,
    aud: audience,
    iat: issuedAt,
    exp: issuedAt + 60,
  };
}

/**
 * The REGIONAL_HEAD of `region` the seeded appointments name (the demo
 * population's head): a head token has regional rights only while its
 * subject is the region's current head.
 */
export function testRegionalHead(region: RegionCode): Caller {
  const sub = demoHeadOf(region);
  if (sub === undefined) throw new Error(`The demo population has no head of ${region}.`);
  return { sub, role: 'REGIONAL_HEAD', region };
}
