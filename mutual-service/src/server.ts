import type { RunningServer } from '@dsp/common';
import { startService, type ServiceOptions } from '@dsp/subgraph-kit';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_CLAIM_TARGET_DAYS,
  DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS,
  DEFAULT_SOLIDARITY_THRESHOLD_MAD,
} from './config';
import { createMutualContext, type MutualSettings } from './context';
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
}

/** Starts the mutual subgraph and, when configured, its reader of the registry feed; `stop()` stops the reader, drains requests, then closes the pools. */
export function startMutualService(options: MutualServiceOptions): Promise<RunningServer & { dataSource: DataSource }> {
  const settings: MutualSettings = {
    claimTargetDays: options.claimTargetDays ?? DEFAULT_CLAIM_TARGET_DAYS,
    solidarityThreshold: options.solidarityThreshold ?? BigInt(DEFAULT_SOLIDARITY_THRESHOLD_MAD) * 100n,
    registryFeedMaxLagSeconds: options.registryFeedMaxLagSeconds ?? DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS,
  };
  return startService(
    {
      name: 'mutual',
      variablePrefix: 'MUTUAL',
      schema: buildMutualSchema(),
      createDataSource: createMutualDataSource,
      context: (dataSource, caller) => createMutualContext(dataSource, settings, caller),
      // The consumer has its own two connections: it never takes one from requests, nor they from it.
      companion: async (open, logger) => {
        const consumer = options.registryFeed
          ? new RegistryFeedConsumer(await open(2), options.registryFeed, logger, options.metrics)
          : null;
        return {
          // Never fails: a lagging file is reported, and the mutual keeps serving.
          readiness: [
            {
              name: 'registry-feed',
              check: () => Promise.resolve(consumer ? { ...consumer.status() } : { enabled: false }),
            },
          ],
          start: () => consumer?.start(),
          stop: async () => {
            await consumer?.stop();
          },
        };
      },
    },
    options,
  );
}
