import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Caller } from '../identity/caller';
import { signIdentityToken } from '../identity/identity-token';

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
    headersFor: async (caller, subgraph) => ({ authorization: `Bearer ${await signIdentityToken(privateKey, caller, subgraph)}` }),
  };
}

/** A national administrator: the caller that sees every region (but no diagnosis). */
export const TEST_NATIONAL_ADMIN: Caller = { sub: 'test-national-admin', role: 'NATIONAL_ADMIN', region: null };
