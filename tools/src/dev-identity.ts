import { createPrivateKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Caller, ensureKeyPair, type KeyFiles, newSecretKey, signUserToken } from '@dsp/common';

/**
 * The local setup's keys, generated on first use under <data>/keys: the
 * development identity provider's (signs user tokens), the gateway's
 * (signs identities for the subgraphs) and the mutual's service key (signs
 * its reads of the foundation's registry feed), and the document key
 * (encrypts supporting documents at rest). Production supplies its own.
 */
export interface LocalKeys {
  devIdentityProvider: KeyFiles;
  gateway: KeyFiles;
  mutualService: KeyFiles;
  documentKeyFile: string;
}

/** `dir`/document.key, written (0600) unless it is there. */
export function ensureDocumentKey(dir: string): string {
  const file = path.join(dir, 'document.key');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) writeFileSync(file, newSecretKey(), { mode: 0o600 });
  return file;
}

export function localKeys(dataDir: string): LocalKeys {
  const dir = path.join(dataDir, 'keys');
  return {
    devIdentityProvider: ensureKeyPair(dir, 'dev-identity-provider'),
    gateway: ensureKeyPair(dir, 'gateway'),
    mutualService: ensureKeyPair(dir, 'mutual-service'),
    documentKeyFile: ensureDocumentKey(dir),
  };
}

/**
 * The object store's credentials for docker-compose: s3-access-key-id and
 * s3-secret-access-key (the mutual's) and s3.json, SeaweedFS's identities
 * file naming the same pair; written once. Returns the s3.json path
 * (docker-compose and the Kubernetes example secrets read them).
 */
export function ensureS3Credentials(dir: string): string {
  const config = path.join(dir, 's3.json');
  if (existsSync(config)) return config;
  const accessKey = `dsp${randomBytes(9).toString('hex')}`;
  const secretKey = randomBytes(30).toString('base64url');
  writeFileSync(path.join(dir, 's3-access-key-id'), `${accessKey}\n`, { mode: 0o600 });
  writeFileSync(path.join(dir, 's3-secret-access-key'), `${secretKey}\n`, { mode: 0o600 });
  const identities = {
    identities: [
      { name: 'mutual', credentials: [{ accessKey, secretKey }], actions: ['Read', 'Write', 'List', 'Admin'] },
    ],
  };
  writeFileSync(config, `${JSON.stringify(identities, null, 2)}\n`, { mode: 0o600 });
  return config;
}

export function signDevToken(keys: LocalKeys, caller: Caller, ttlSeconds?: number): Promise<string> {
  const privateKey = createPrivateKey(readFileSync(keys.devIdentityProvider.privateKeyFile, 'utf8'));
  return signUserToken(privateKey, caller, ttlSeconds === undefined ? {} : { ttlSeconds });
}
