import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An upload ticket's id is its credential (the user's gateway token is not
 * valid on a subgraph): 256 bits, base64url, stored only as its hash. It is
 * an HMAC of the caller and their idempotency key under a key derived from
 * the document key, so unguessable, and a retry of the request gets the same
 * ticket again without the id ever being stored.
 */
export function ticketIdFor(ticketSecret: Buffer, callerSub: string, idempotencyKey: string): string {
  return createHmac('sha256', ticketSecret).update(`${callerSub}\n${idempotencyKey}`).digest('base64url');
}

const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isTicketId(value: string): boolean {
  return TICKET_PATTERN.test(value);
}

/** What the database keeps of a ticket id: a reader of the table cannot upload with it. */
export function hashTicket(ticketId: string): string {
  return createHash('sha256').update(ticketId).digest('hex');
}

/** A new random object key under `prefix`. */
export function newObjectKey(prefix: string): string {
  return `${prefix}/${randomBytes(24).toString('base64url')}`;
}

/** Who a download URL was issued to: the reader the access check allowed, logged when they download. */
export interface DownloadReader {
  sub: string;
  role: string;
  region: string | null;
}

/** The signing secret of download URLs, derived from the document key so that one secret is configured. */
export function downloadSigningSecret(documentKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', documentKey, Buffer.alloc(0), 'dsp document download url', 32));
}

/** The key upload ticket ids are derived with (ticketIdFor). */
export function ticketSecret(documentKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', documentKey, Buffer.alloc(0), 'dsp document upload ticket', 32));
}

function signature(secret: Buffer, documentId: string, reader: DownloadReader, expires: number): string {
  return createHmac('sha256', secret)
    .update([documentId, reader.sub, reader.role, reader.region ?? '', String(expires)].join('\n'))
    .digest('base64url');
}

/** The query string of a download URL for `documentId`, valid until `expires` (seconds since 1970). */
export function signDownload(secret: Buffer, documentId: string, reader: DownloadReader, expires: number): string {
  const query = new URLSearchParams({
    reader: reader.sub,
    role: reader.role,
    region: reader.region ?? '',
    expires: String(expires),
    signature: signature(secret, documentId, reader, expires),
  });
  return query.toString();
}

/** The reader a download URL names, when its signature is right and it has not expired; null otherwise. */
export function verifyDownload(
  secret: Buffer,
  documentId: string,
  query: Record<string, unknown>,
  nowSeconds: number,
): DownloadReader | null {
  const { reader, role, region, expires, signature: given } = query;
  if (typeof reader !== 'string' || typeof role !== 'string' || typeof region !== 'string') return null;
  if (typeof expires !== 'string' || typeof given !== 'string' || !/^[0-9]{1,12}$/.test(expires)) return null;
  const expiry = Number(expires);
  if (expiry < nowSeconds) return null;
  const named = { sub: reader, role, region: region === '' ? null : region };
  const expected = Buffer.from(signature(secret, documentId, named, expiry));
  const received = Buffer.from(given);
  return received.length === expected.length && timingSafeEqual(received, expected) ? named : null;
}

const MAX_FILE_NAME = 120;

/**
 * A file name safe to store, show and send back in Content-Disposition: the
 * last part of any path, without control or bidirectional-override
 * characters, quotes or separators, at most 120 characters, "document" when
 * nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"*:<>?|]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  return [...cleaned].slice(0, MAX_FILE_NAME).join('') || 'document';
}
