import type { RunningServer } from '@dsp/common';
import {
  type DocumentSettings,
  openDocuments,
  serviceDocuments,
  startService,
  type ServiceOptions,
} from '@dsp/subgraph-kit';
import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_APPLICATION_TARGET_DAYS,
  DEFAULT_HEAD_MIN_SERVICE_YEARS,
  DEFAULT_HEAD_REQUIRED_TRAINING,
  DEFAULT_HEAD_TERM_YEARS,
} from './config';
import { createFoundationContext } from './context';
import { createFoundationDataSource } from './database';
import { FOUNDATION_OBJECT_PREFIX, openSocialDocument } from './documents/documents.service';
import { registryFeedRoute } from './registry/feed.route';
import { buildFoundationSchema } from './schema';

export interface FoundationServiceOptions extends ServiceOptions {
  /** A head's term in years before `rotationDue` turns true; 4 by default. */
  headTermYears?: number;
  /** Whole years of service a head needs at the start of the term; 15 by default. */
  headMinServiceYears?: number;
  /** The training a head must have completed; SOCIAL_CASE_MANAGEMENT by default. */
  headRequiredTraining?: string;
  /** Days within which an application should be decided; 30 by default. */
  applicationTargetDays?: number;
  /** The mutual's service public key: the only identity that reads the registry feed (absent: the feed answers 503). */
  mutualServicePublicKey?: KeyObject;
  /** Where and how documents are kept; without it the service refuses uploads. */
  documents?: DocumentSettings;
}

/** Starts the foundation subgraph; `stop()` drains requests, then closes the database pools. */
export function startFoundationService(
  options: FoundationServiceOptions,
): Promise<RunningServer & { dataSource: DataSource }> {
  const settings = {
    headTermYears: options.headTermYears ?? DEFAULT_HEAD_TERM_YEARS,
    headMinServiceYears: options.headMinServiceYears ?? DEFAULT_HEAD_MIN_SERVICE_YEARS,
    headRequiredTraining: options.headRequiredTraining ?? DEFAULT_HEAD_REQUIRED_TRAINING,
    applicationTargetDays: options.applicationTargetDays ?? DEFAULT_APPLICATION_TARGET_DAYS,
  };
  const documents = options.documents ? openDocuments(options.documents) : undefined;
  return startService(
    {
      name: 'foundation',
      variablePrefix: 'FOUNDATION',
      schema: buildFoundationSchema(),
      createDataSource: createFoundationDataSource,
      context: (dataSource, caller, request) =>
        createFoundationContext(dataSource, settings, caller, documents, request),
      // The registry feed, once the mutual's key is configured, reads on its own two connections, apart from the requests' pool.
      companion: async (open, logger, dataSource) => {
        const mutualPublicKey = options.mutualServicePublicKey;
        const feed = mutualPublicKey ? { dataSource: await open(2), mutualPublicKey } : undefined;
        const feedRoute = registryFeedRoute(feed, logger);
        const documentService = documents
          ? serviceDocuments({
              dataSource,
              documents,
              objectPrefix: FOUNDATION_OBJECT_PREFIX,
              logger,
              createContext: (caller, request) =>
                createFoundationContext(dataSource, settings, caller, documents, request),
              openDocument: openSocialDocument,
            })
          : undefined;
        return {
          routes: (app) => {
            feedRoute(app);
            documentService?.routes(app);
          },
          start: () => documentService?.startSweep(),
          stop: () => {
            documentService?.stopSweep();
            return Promise.resolve();
          },
        };
      },
    },
    options,
  );
}
