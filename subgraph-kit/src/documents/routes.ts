import { isUuid } from '@dsp/common';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DocumentCipher } from './cipher';
import { checkDocumentContent } from './content';
import type { DocumentStore } from './store';
import { type DownloadReader, hashTicket, isTicketId, newObjectKey, verifyDownload } from './tokens';

/** What a ticket declared when it was issued. */
export interface DeclaredUpload {
  size: number;
  contentType: string;
}

/** A ticket taken for its one upload, or why it cannot be. */
export type TakenTicket =
  { ok: true; declared: DeclaredUpload } | { ok: false; status: 404 | 409 | 410; message: string };

/** A document as the download route sends it. */
export interface DownloadableDocument {
  objectKey: string;
  fileName: string;
  contentType: string;
}

/** The service's side of the document routes: its tables, its access rules, its read log. */
export interface DocumentRoutesOptions {
  store: DocumentStore;
  cipher: DocumentCipher;
  /** Derived from the document key (downloadSigningSecret). */
  signingSecret: Buffer;
  maxBytes: number;
  /** Origins whose pages may PUT uploads (the admin client's); others get no CORS headers. */
  allowedOrigins: readonly string[];
  /** Where this service's objects are kept in the store (its name). */
  objectPrefix: string;
  logger: Logger;
  /** Takes the ticket whose id hashes to `ticketHash` for its single upload, atomically. */
  takeTicket(ticketHash: string): Promise<TakenTicket>;
  /** Records on the ticket where its bytes are stored and what they are. */
  recordUpload(ticketHash: string, objectKey: string, contentType: string): Promise<void>;
  /** The document `reader` downloads, its download logged; null when there is none they may read. */
  openDownload(request: Request, documentId: string, reader: DownloadReader): Promise<DownloadableDocument | null>;
}

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}

function allowOrigin(options: DocumentRoutesOptions, request: Request, response: Response): void {
  const origin = request.headers.origin;
  if (origin && options.allowedOrigins.includes(origin)) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  }
}

/**
 * Reads the body up to `limit` bytes; null (and the connection closed) past
 * it, so an oversized upload is never held whole.
 */
function readBody(request: Request, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      length += chunk.length;
      if (length > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

/** Where every document route of a subgraph lives: the only paths its public host exposes (deploy/k8s's Ingress). */
export const DOCUMENT_ROUTE_PREFIX = '/documents/';
/** The upload endpoint of a ticket, under DOCUMENT_ROUTE_PREFIX. */
export const UPLOAD_ROUTE_PREFIX = `${DOCUMENT_ROUTE_PREFIX}uploads/`;

/**
 * The subgraph's document routes, added through startSubgraphServer's
 * `routes`: `PUT /documents/uploads/:ticketId` (the ticket is the credential)
 * and `GET /documents/:id` (a signed URL the access check issued).
 */
export function documentRoutes(options: DocumentRoutesOptions): (app: Express) => void {
  return (app) => {
    app.options(`${UPLOAD_ROUTE_PREFIX}:ticketId`, (request, response) => {
      allowOrigin(options, request, response);
      response.setHeader('Access-Control-Allow-Methods', 'PUT');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      response.setHeader('Access-Control-Max-Age', '600');
      response.status(204).end();
    });

    app.put(`${UPLOAD_ROUTE_PREFIX}:ticketId`, async (request, response) => {
      allowOrigin(options, request, response);
      try {
        const ticketId = String(request.params.ticketId);
        if (!isTicketId(ticketId)) return refuse(response, 404, 'NOT_FOUND', 'No such upload ticket.');
        const announced = Number(request.headers['content-length'] ?? 0);
        if (announced > options.maxBytes)
          return refuse(response, 413, 'TOO_LARGE', `A document is at most ${options.maxBytes} bytes.`);
        const ticketHash = hashTicket(ticketId);
        const taken = await options.takeTicket(ticketHash);
        if (!taken.ok) return refuse(response, taken.status, 'TICKET_REFUSED', taken.message);
        const { declared } = taken;
        const body = await readBody(request, Math.min(declared.size, options.maxBytes));
        if (body === null) {
          response.setHeader('Connection', 'close');
          return refuse(
            response,
            413,
            'TOO_LARGE',
            `The file is larger than the ${declared.size} bytes declared; ask for a new upload.`,
          );
        }
        if (body.length !== declared.size)
          return refuse(
            response,
            400,
            'SIZE_MISMATCH',
            `The file has ${body.length} bytes, not the ${declared.size} declared; ask for a new upload.`,
          );
        const content = checkDocumentContent(body);
        if (!content.ok) return refuse(response, 415, 'UNSUPPORTED_CONTENT', content.reason);
        if (content.contentType !== declared.contentType)
          return refuse(
            response,
            415,
            'UNSUPPORTED_CONTENT',
            `The file is ${content.contentType}, not the ${declared.contentType} declared; ask for a new upload.`,
          );
        const objectKey = newObjectKey(options.objectPrefix);
        await options.store.put(objectKey, options.cipher.encrypt(objectKey, body));
        try {
          await options.recordUpload(ticketHash, objectKey, content.contentType);
        } catch (error) {
          // The sweep would find it later; deleting now keeps the store as the database says.
          await options.store.delete(objectKey).catch(() => undefined);
          throw error;
        }
        response.status(201).json({ status: 'uploaded', size: body.length, contentType: content.contentType });
      } catch (error) {
        options.logger.error({ err: error }, 'document upload failed');
        if (!response.headersSent) refuse(response, 500, 'INTERNAL_SERVER_ERROR', 'The upload failed; try again.');
      }
    });

    app.get(`${DOCUMENT_ROUTE_PREFIX}:id`, async (request, response) => {
      try {
        const id = String(request.params.id);
        const reader = isUuid(id)
          ? verifyDownload(options.signingSecret, id, request.query, Math.floor(Date.now() / 1000))
          : null;
        if (!reader)
          return refuse(
            response,
            403,
            'FORBIDDEN',
            'This download link is not valid or has expired; open the record again.',
          );
        const document = await options.openDownload(request, id, reader);
        if (!document) return refuse(response, 404, 'NOT_FOUND', 'No such document.');
        const stored = await options.store.get(document.objectKey);
        if (!stored) {
          options.logger.error({ documentId: id }, 'a document has no stored object');
          return refuse(response, 404, 'NOT_FOUND', 'This document is missing from the store.');
        }
        const plain = options.cipher.decrypt(document.objectKey, stored);
        response.setHeader('Content-Type', document.contentType);
        response.setHeader('Content-Length', String(plain.length));
        response.setHeader(
          'Content-Disposition',
          `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        );
        response.setHeader('Cache-Control', 'no-store');
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.end(plain);
      } catch (error) {
        options.logger.error({ err: error }, 'document download failed');
        if (!response.headersSent) refuse(response, 500, 'INTERNAL_SERVER_ERROR', 'The download failed; try again.');
      }
    });
  };
}
