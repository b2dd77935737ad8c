import { type Caller } from '@dsp/common';
import {
  type CallerScope,
  type Documents,
  documentsBaseUrl,
  openCallerScope,
  type ScopedContext,
} from '@dsp/subgraph-kit';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { createLoaders, type MutualLoaders } from './loaders';

/** Settings that change what resolvers compute, fixed when the service starts. */
export interface MutualSettings {
  /** Days within which a claim should be decided (CLAIM_TARGET_DAYS). */
  claimTargetDays: number;
  /** Out-of-pocket amount from which a family is a solidarity candidate, in centimes (SOLIDARITY_THRESHOLD). */
  solidarityThreshold: bigint;
  /** The registry feed is behind past this many seconds without a successful apply (REGISTRY_FEED_MAX_LAG_SECONDS). */
  registryFeedMaxLagSeconds: number;
}

export interface MutualContext extends ScopedContext, CallerScope {
  loaders: MutualLoaders;
  settings: MutualSettings;
  /** The documents' store and keys; undefined when no document key is configured. */
  documents: Documents | undefined;
  /** Where browsers reach this subgraph, for upload and download links. */
  publicBaseUrl: string;
}

/** The request's context: its caller checked against the head terms the registry feed brings (see openCallerScope). */
export async function createMutualContext(
  dataSource: DataSource,
  settings: MutualSettings,
  identity: Caller,
  documents: Documents | undefined,
  request: IncomingMessage | undefined,
): Promise<MutualContext> {
  const scope = await openCallerScope(dataSource, identity);
  return {
    ...scope,
    loaders: createLoaders(scope.db, scope.caller),
    settings,
    documents,
    publicBaseUrl: documents ? documentsBaseUrl(documents.settings, request?.headers.host) : '',
  };
}
