import type { Express, Request } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Documents } from './config';
import { documentRoutes, type DownloadableDocument } from './routes';
import { recordTicketUpload, sweepDocuments, takeUploadTicket } from './tickets';
import type { DownloadReader } from './tokens';

/** What a service adds to startService's companion for its documents: the routes and the periodic sweep. */
export interface ServiceDocuments {
  routes: (app: Express) => void;
  startSweep(): void;
  stopSweep(): void;
}

/**
 * The upload and download routes of a service keeping its objects under
 * `objectPrefix`, and its sweep of orphaned uploads; `openDownload` is the
 * service's own: its access rules and its read log.
 */
export function serviceDocuments(options: {
  dataSource: DataSource;
  documents: Documents;
  objectPrefix: string;
  logger: Logger;
  openDownload: (request: Request, documentId: string, reader: DownloadReader) => Promise<DownloadableDocument | null>;
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
      openDownload: options.openDownload,
    }),
    // Orphaned uploads are older than a ticket's lifetime before they go: one pass per lifetime is enough.
    startSweep: () => {
      sweep = setInterval(sweepOnce, documents.settings.ticketLifetimeMs).unref();
    },
    stopSweep: () => clearInterval(sweep),
  };
}
