import { createLogger, type RunningServer, type ServiceMetrics } from '@dsp/common';
import { assertApplicationRole, DEFAULT_STATEMENT_TIMEOUT_MS, openDataSource, poolStats, startSubgraphServer } from '@dsp/subgraph-kit';
import type { KeyObject } from 'node:crypto';
import type { DataSource, Logger } from 'typeorm';
import { DEFAULT_HEAD_MIN_SERVICE_YEARS, DEFAULT_HEAD_REQUIRED_TRAINING, DEFAULT_HEAD_TERM_YEARS } from './config';
import { createFoundationContext } from './context';
import { createFoundationDataSource } from './database';
import { registryFeedRoute, type RegistryFeed } from './registry/feed.route';
import { buildFoundationSchema } from './schema';

export interface FoundationServiceOptions {
  /** Connection string of the application role (not the owner). */
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Receives every SQL statement (tests count them). */
  queryLogger?: Logger;
  poolSize?: number;
  /** A head's term in years before `rotationDue` turns true; 4 by default. */
  headTermYears?: number;
  /** Whole years of service a head needs at the start of the term; 15 by default. */
  headMinServiceYears?: number;
  /** The training a head must have completed; SOCIAL_CASE_MANAGEMENT by default. */
  headRequiredTraining?: string;
  /** The gateway's public key: only identities it signed are served. */
  gatewayPublicKey: KeyObject;
  /** Request and pool metrics, served on `metricsPort` (apart from the public port). */
  metrics?: ServiceMetrics;
  metricsPort?: number;
  /** The mutual's service public key: the only identity that reads the registry feed (absent: the feed answers 503). */
  mutualServicePublicKey?: KeyObject;
  /** The longest a statement may run on the service's connections; 5 s by default. */
  statementTimeoutMs?: number;
}

/** Starts the foundation subgraph; `stop()` drains requests, then closes the database pool. */
export async function startFoundationService(options: FoundationServiceOptions): Promise<RunningServer & { dataSource: DataSource }> {
  const logger = createLogger('foundation');
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const dataSource = await openDataSource(
    createFoundationDataSource({
      url: options.databaseUrl,
      statementTimeoutMs,
      ...(options.queryLogger ? { logger: options.queryLogger } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    }),
    'the foundation database',
    'FOUNDATION_DATABASE_URL',
  );
  const settings = {
    headTermYears: options.headTermYears ?? DEFAULT_HEAD_TERM_YEARS,
    headMinServiceYears: options.headMinServiceYears ?? DEFAULT_HEAD_MIN_SERVICE_YEARS,
    headRequiredTraining: options.headRequiredTraining ?? DEFAULT_HEAD_REQUIRED_TRAINING,
  };
  let feed: RegistryFeed | undefined;
  try {
    await assertApplicationRole(dataSource, 'FOUNDATION_DATABASE_URL');
    // The registry feed, once the mutual's key is configured, reads on its own two connections, apart from the requests' pool.
    if (options.mutualServicePublicKey) {
      const feedDataSource = await openDataSource(
        createFoundationDataSource({ url: options.databaseUrl, poolSize: 2, statementTimeoutMs }),
        'the foundation database',
        'FOUNDATION_DATABASE_URL',
      );
      feed = { dataSource: feedDataSource, mutualPublicKey: options.mutualServicePublicKey };
    }
    const server = await startSubgraphServer({
      name: 'foundation',
      schema: buildFoundationSchema(),
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      portVariable: 'FOUNDATION_PORT',
      ...(options.metrics ? { metrics: options.metrics, metricsPort: options.metricsPort ?? 0, poolStats: poolStats(dataSource) } : {}),
      gatewayPublicKey: options.gatewayPublicKey,
      routes: registryFeedRoute(feed, logger),
      context: (_request, caller) => createFoundationContext(dataSource, settings, caller),
      readiness: [
        {
          name: 'database',
          check: async () => {
            await dataSource.query('SELECT 1');
          },
        },
      ],
    });
    return {
      ...server,
      dataSource,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          await feed?.dataSource.destroy();
          await dataSource.destroy();
        }
      },
    };
  } catch (error) {
    await feed?.dataSource.destroy();
    await dataSource.destroy();
    throw error;
  }
}
