import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors';

export interface KeyFiles {
  privateKeyFile: string;
  publicKeyFile: string;
}

/**
 * An Ed25519 key pair kept as PEM files in `dir` (private key readable by
 * its owner only), generated on first use: how the local setup gets its keys
 * without anything committed.
 */
export function ensureKeyPair(dir: string, name: string): KeyFiles {
  const privateKeyFile = path.join(dir, `${name}.private.pem`);
  const publicKeyFile = path.join(dir, `${name}.public.pem`);
  if (!existsSync(privateKeyFile) || !existsSync(publicKeyFile)) {
    mkdirSync(dir, { recursive: true });
    // Only the key folder is private: its parents (.data) must stay enterable
    // by the embedded PostgreSQL's user.
    chmodSync(dir, 0o700);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  return { privateKeyFile, publicKeyFile };
}

function pemFromEnv(variable: string): string | undefined {
  const inline = process.env[variable];
  if (inline) return inline.replace(/\\n/g, '\n');
  const file = process.env[`${variable}_FILE`];
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new StartupError(`cannot read ${variable}_FILE (${file}); check the path and its permissions.`);
  }
}

/** A PEM key from `VARIABLE` (the PEM itself) or `VARIABLE_FILE` (a path), or undefined when neither is set. */
export function optionalKeyFromEnv(variable: string, kind: 'public' | 'private'): KeyObject | undefined {
  const pem = pemFromEnv(variable);
  if (!pem) return undefined;
  try {
    return kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
  } catch {
    throw new StartupError(`${variable} is not a valid PEM ${kind} key.`);
  }
}

/** Like optionalKeyFromEnv, but a missing key stops the start with a one-line error. */
export function keyFromEnv(variable: string, kind: 'public' | 'private'): KeyObject {
  const key = optionalKeyFromEnv(variable, kind);
  if (!key) throw new StartupError(`set ${variable} (a PEM ${kind} key) or ${variable}_FILE (its path).`);
  return key;
}
