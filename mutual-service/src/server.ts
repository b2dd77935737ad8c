import { createLogger, type RunningServer, type ServiceMetrics } from '@dsp/common';
import { assertApplicationRole, DEFAULT_STATEMENT_TIMEOUT_MS, openDataSource, poolStats, startSubgraphServer } from '@dsp/subgraph-kit';
import type { KeyObject } from 'node:crypto';
import type { DataSource, Logger } from 'typeorm';
import { createMutualContext, type MutualContext } from './context';
import { createMutualDataSource } from './database';
import { RegistryFeedConsumer, type RegistryFeedOptions } from './registry-feed/consumer';
import { buildMutualSchema } from './schema';

export interface MutualServiceOptions {
  /** The application role's connection string (not the owner's). */
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Receives every SQL statement; tests count them. */
  queryLogger?: Logger;
  poolSize?: number;
  /** The gateway's public key: only identities it signed are served. */
  gatewayPublicKey: KeyObject;
  /** Request and pool metrics, served on `metricsPort` (apart from the public port). */
  metrics?: ServiceMetrics;
  metricsPort?: number;
  /** Where and how to read the foundation's registry feed; without it the beneficiary file is not kept in step. */
  registryFeed?: RegistryFeedOptions;
  /** The longest a statement may run on the service's connections; 5 s by default. */
  statementTimeoutMs?: number;
}

export async function startMutualService(
  options: MutualServiceOptions,
): Promise<RunningServer & { dataSource: DataSource; registryFeed: RegistryFeedConsumer | null }> {
  const logger = createLogger('mutual');
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const dataSource = await openDataSource(
    createMutualDataSource({
      url: options.databaseUrl,
      statementTimeoutMs,
      ...(options.queryLogger ? { logger: options.queryLogger } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    }),
    'the mutual database',
    'MUTUAL_DATABASE_URL',
  );
  // The consumer has its own two connections: it never takes one from requests, nor they from it.
  const feedDataSource = options.registryFeed
    ? await openDataSource(createMutualDataSource({ url: options.databaseUrl, poolSize: 2, statementTimeoutMs }), 'the mutual database', 'MUTUAL_DATABASE_URL')
    : null;
  const registryFeed = feedDataSource && options.registryFeed ? new RegistryFeedConsumer(feedDataSource, options.registryFeed, logger, options.metrics) : null;
  try {
    await assertApplicationRole(dataSource, 'MUTUAL_DATABASE_URL');
    const server = await startSubgraphServer<MutualContext>({
      name: 'mutual',
      schema: buildMutualSchema(),
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      gatewayPublicKey: options.gatewayPublicKey,
      context: (_request, caller) => createMutualContext(dataSource, caller),
      readiness: [
        {
          name: 'database',
          check: async () => {
            await dataSource.query('SELECT 1');
          },
        },
        {
          // Never fails: a lagging file is reported, and the mutual keeps serving.
          name: 'registry-feed',
          check: () => Promise.resolve(registryFeed ? { ...registryFeed.status() } : { enabled: false }),
        },
      ],
      portVariable: 'MUTUAL_PORT',
      ...(options.metrics ? { metrics: options.metrics, metricsPort: options.metricsPort ?? 0, poolStats: poolStats(dataSource) } : {}),
    });
    registryFeed?.start();
    return {
      url: server.url,
      port: server.port,
      dataSource,
      registryFeed,
      stop: async () => {
        try {
          await registryFeed?.stop();
          await server.stop();
        } finally {
          await feedDataSource?.destroy();
          await dataSource.destroy();
        }
      },
    };
  } catch (error) {
    await feedDataSource?.destroy();
    await dataSource.destroy();
    throw error;
  }
}
