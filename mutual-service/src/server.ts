import type { RunningServer } from '@dsp/common';
import {
  type DocumentSettings,
  openDocuments,
  serviceDocuments,
  startService,
  type ServiceOptions,
} from '@dsp/subgraph-kit';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_CLAIM_TARGET_DAYS,
  DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS,
  DEFAULT_SOLIDARITY_THRESHOLD_MAD,
} from './config';
import { createMutualContext, type MutualSettings } from './context';
import { MUTUAL_OBJECT_PREFIX, openHealthDocument } from './documents/documents.service';
import { createMutualDataSource } from './database';
import { RegistryFeedConsumer, type RegistryFeedOptions } from './registry-feed/consumer';
import { buildMutualSchema } from './schema';

export interface MutualServiceOptions extends ServiceOptions {
  /** Where and how to read the foundation's registry feed; without it the beneficiary file is not kept in step. */
  registryFeed?: RegistryFeedOptions;
  /** Days within which a claim should be decided; 15 by default. */
  claimTargetDays?: number;
  /** Out-of-pocket amount (centimes) from which a family is a solidarity candidate; 5,000 MAD by default. */
  solidarityThreshold?: bigint;
  /** Seconds without a successful apply of the registry feed before it is reported behind; 900 by default. */
  registryFeedMaxLagSeconds?: number;
  /** Where and how documents are kept; without it the service refuses uploads. */
  documents?: DocumentSettings;
}

/** Starts the mutual subgraph and, when configured, its reader of the registry feed; `stop()` stops the reader, drains requests, then closes the pools. */
export function startMutualService(options: MutualServiceOptions): Promise<RunningServer & { dataSource: DataSource }> {
  const settings: MutualSettings = {
    claimTargetDays: options.claimTargetDays ?? DEFAULT_CLAIM_TARGET_DAYS,
    solidarityThreshold: options.solidarityThreshold ?? BigInt(DEFAULT_SOLIDARITY_THRESHOLD_MAD) * 100n,
    registryFeedMaxLagSeconds: options.registryFeedMaxLagSeconds ?? DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS,
  };
  const documents = options.documents ? openDocuments(options.documents) : undefined;
  return startService(
    {
      name: 'mutual',
      variablePrefix: 'MUTUAL',
      schema: buildMutualSchema(),
      createDataSource: createMutualDataSource,
      context: (dataSource, caller, request) => createMutualContext(dataSource, settings, caller, documents, request),
      // The consumer has its own two connections: it never takes one from requests, nor they from it.
      companion: async (open, logger, dataSource) => {
        const consumer = options.registryFeed
          ? new RegistryFeedConsumer(await open(2), options.registryFeed, logger, options.metrics)
          : null;
        const documentService = documents
          ? serviceDocuments({
              dataSource,
              documents,
              objectPrefix: MUTUAL_OBJECT_PREFIX,
              logger,
              createContext: (caller, request) => createMutualContext(dataSource, settings, caller, documents, request),
              openDocument: openHealthDocument,
            })
          : undefined;
        return {
          ...(documentService ? { routes: documentService.routes } : {}),
          // Never fails: a lagging file is reported, and the mutual keeps serving.
          readiness: [
            {
              name: 'registry-feed',
              check: () => Promise.resolve(consumer ? { ...consumer.status() } : { enabled: false }),
            },
          ],
          start: () => {
            consumer?.start();
            documentService?.startSweep();
          },
          stop: async () => {
            documentService?.stopSweep();
            await consumer?.stop();
          },
        };
      },
    },
    options,
  );
}
