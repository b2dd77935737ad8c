import { envInteger, optionalEnvUrl, secretKeyFromEnv, StartupError } from '@dsp/common';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentCipher } from './cipher';
import { S3Store } from './s3-store';
import { type DocumentStore, LocalFolderStore } from './store';
import { downloadSigningSecret, ticketSecret } from './tokens';

export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TICKET_MINUTES = 10;

/** What a service needs to hold documents. */
export interface DocumentSettings {
  store: DocumentStore;
  /** AES-256 key of the objects at rest (and, derived from it, of download URLs). */
  key: Buffer;
  maxBytes: number;
  ticketLifetimeMs: number;
  /** The subgraph's address as browsers reach it; the request's own host when unset (tests, `npm start`). */
  publicUrl?: string;
  /** Pages allowed to PUT uploads from a browser: the admin client's origin. */
  allowedOrigins: string[];
}

function secretFromEnv(name: string): string | undefined {
  const inline = process.env[name]?.trim();
  if (inline) return inline;
  const file = process.env[`${name}_FILE`]?.trim();
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new StartupError(`cannot read ${name}_FILE (${file}); check the path and its permissions.`);
  }
}

/** The store DOCUMENT_STORE names: `folder` (DOCUMENT_DIR) or `s3` (S3_ENDPOINT, S3_BUCKET and credentials). */
export function documentStoreFromEnv(service: string): DocumentStore {
  const kind = process.env.DOCUMENT_STORE?.trim() || 'folder';
  if (kind === 'folder') {
    const dir = process.env.DOCUMENT_DIR?.trim() || path.join(process.env.DATA_DIR?.trim() || '.data', 'documents');
    return new LocalFolderStore(path.resolve(dir, service));
  }
  if (kind !== 's3') throw new StartupError(`DOCUMENT_STORE must be folder or s3; got "${kind}".`);
  const endpoint = optionalEnvUrl('S3_ENDPOINT', 'http://seaweedfs:8333');
  const bucket = process.env.S3_BUCKET?.trim();
  const accessKeyId = secretFromEnv('S3_ACCESS_KEY_ID');
  const secretAccessKey = secretFromEnv('S3_SECRET_ACCESS_KEY');
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey)
    throw new StartupError(
      'DOCUMENT_STORE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or their _FILE forms).',
    );
  return new S3Store({ endpoint, bucket, accessKeyId, secretAccessKey, region: process.env.S3_REGION?.trim() });
}

/**
 * The documents' settings from the environment, or undefined when no
 * DOCUMENT_KEY is configured (the service then refuses uploads, saying why).
 * `prefix` names the public URL's variable: MUTUAL_PUBLIC_URL.
 */
export function documentSettingsFromEnv(service: string, prefix: string): DocumentSettings | undefined {
  const key = secretKeyFromEnv('DOCUMENT_KEY', 'npm run keys -- DIR writes one to DIR/document.key');
  if (!key) return undefined;
  const publicUrl = optionalEnvUrl(`${prefix}_PUBLIC_URL`, 'https://mutual.example.org');
  return {
    store: documentStoreFromEnv(service),
    key,
    maxBytes: envInteger('DOCUMENT_MAX_BYTES', DEFAULT_DOCUMENT_MAX_BYTES, 1024, 100 * 1024 * 1024),
    ticketLifetimeMs: envInteger('DOCUMENT_TICKET_MINUTES', DEFAULT_TICKET_MINUTES, 1, 24 * 60) * 60_000,
    ...(publicUrl ? { publicUrl: publicUrl.replace(/\/$/, '') } : {}),
    allowedOrigins: (process.env.DOCUMENT_ALLOWED_ORIGINS?.trim() || 'http://localhost:4000')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}

/** A service's documents at run time: its settings and the keys derived from the document key. */
export interface Documents {
  settings: DocumentSettings;
  cipher: DocumentCipher;
  signingSecret: Buffer;
  ticketSecret: Buffer;
}

export function openDocuments(settings: DocumentSettings): Documents {
  return {
    settings,
    cipher: new DocumentCipher(settings.key),
    signingSecret: downloadSigningSecret(settings.key),
    ticketSecret: ticketSecret(settings.key),
  };
}

/** Where browsers reach the subgraph: the configured public URL, else the host the request came to. */
export function documentsBaseUrl(settings: DocumentSettings, requestHost: string | undefined): string {
  return settings.publicUrl ?? `http://${requestHost ?? 'localhost'}`;
}
