import { type Caller } from '@dsp/common';
import { type CallerScope, openCallerScope, type ScopedContext } from '@dsp/subgraph-kit';
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
}

/** The request's context: its caller checked against the head terms the registry feed brings (see openCallerScope). */
export async function createMutualContext(
  dataSource: DataSource,
  settings: MutualSettings,
  identity: Caller,
): Promise<MutualContext> {
  const scope = await openCallerScope(dataSource, identity);
  return { ...scope, loaders: createLoaders(scope.db, scope.caller), settings };
}
