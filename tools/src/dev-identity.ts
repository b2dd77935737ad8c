import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Caller, ensureKeyPair, type KeyFiles, signUserToken } from '@dsp/common';

/**
 * The local setup's keys, generated on first use under <data>/keys: the
 * development identity provider's (signs user tokens), the gateway's
 * (signs identities for the subgraphs) and the mutual's service key (signs
 * its reads of the foundation's registry feed). Production supplies its own.
 */
export interface LocalKeys {
  devIdentityProvider: KeyFiles;
  gateway: KeyFiles;
  mutualService: KeyFiles;
}

export function localKeys(dataDir: string): LocalKeys {
  const dir = path.join(dataDir, 'keys');
  return {
    devIdentityProvider: ensureKeyPair(dir, 'dev-identity-provider'),
    gateway: ensureKeyPair(dir, 'gateway'),
    mutualService: ensureKeyPair(dir, 'mutual-service'),
  };
}

export function signDevToken(keys: LocalKeys, caller: Caller, ttlSeconds?: number): Promise<string> {
  const privateKey = createPrivateKey(readFileSync(keys.devIdentityProvider.privateKeyFile, 'utf8'));
  return signUserToken(privateKey, caller, ttlSeconds === undefined ? {} : { ttlSeconds });
}
