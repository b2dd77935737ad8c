import { type Caller, isRegionCode, isRole } from '@dsp/common';
import type { Express, Request } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RequestScope } from '../database/request-scope';
import type { Documents } from './config';
import { documentRoutes, type DownloadableDocument } from './routes';
import { inScope, recordTicketUpload, sweepDocuments, takeUploadTicket } from './tickets';

/** What a service adds to startService's companion for its documents: the routes and the periodic sweep. */
export interface ServiceDocuments {
  routes: (app: Express) => void;
  startSweep(): void;
  stopSweep(): void;
}

/**
 * The upload and download routes of a service keeping its objects under
 * `objectPrefix`, and its sweep of orphaned uploads. A download link's
 * reader becomes a caller again (`createContext`, checked against the
 * appointments); `openDocument` is the service's own: its access rule
 * against the record as it is now and its read log, in one transaction.
 */
export function serviceDocuments<Ctx extends { db: RequestScope }>(options: {
  dataSource: DataSource;
  documents: Documents;
  objectPrefix: string;
  logger: Logger;
  createContext: (caller: Caller, request: Request) => Promise<Ctx>;
  openDocument: (ctx: Ctx, documentId: string) => Promise<DownloadableDocument | null>;
}): ServiceDocuments {
  const { dataSource, documents, objectPrefix, logger } = options;
  let sweep: NodeJS.Timeout | undefined;
  const sweepOnce = (): void => {
    sweepDocuments(dataSource, documents, objectPrefix).then(
      (deleted) => {
        if (deleted.length > 0) logger.info({ deleted: deleted.length }, 'swept unattached document uploads');
      },
      (error: unknown) => logger.error({ err: error }, 'the document sweep failed; it runs again later'),
    );
  };
  return {
    routes: documentRoutes({
      store: documents.settings.store,
      cipher: documents.cipher,
      signingSecret: documents.signingSecret,
      maxBytes: documents.settings.maxBytes,
      allowedOrigins: documents.settings.allowedOrigins,
      objectPrefix,
      logger,
      takeTicket: (ticketHash) => takeUploadTicket(dataSource, ticketHash),
      recordUpload: (ticketHash, objectKey, contentType) =>
        recordTicketUpload(dataSource, ticketHash, objectKey, contentType),
      openDownload: async (request, documentId, reader) => {
        const { sub, role, region } = reader;
        // The link was signed by this service for a caller it served: anything else is not a reader.
        if (!isRole(role) || (region !== null && !isRegionCode(region))) return null;
        const ctx = await options.createContext({ sub, role, region }, request);
        return inScope(ctx.db, async () => {
          const document = await options.openDocument(ctx, documentId);
          return (
            document && {
              objectKey: document.objectKey,
              fileName: document.fileName,
              contentType: document.contentType,
            }
          );
        });
      },
    }),
    // Orphaned uploads are older than a ticket's lifetime before they go: one pass per lifetime is enough.
    startSweep: () => {
      sweep = setInterval(sweepOnce, documents.settings.ticketLifetimeMs).unref();
    },
    stopSweep: () => clearInterval(sweep),
  };
}
