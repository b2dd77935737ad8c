import { assertApplicationRole, createLogger, openDataSource, poolStats, startSubgraphServer, type RunningServer, type ServiceMetrics } from '@dsp/common';
import type { KeyObject } from 'node:crypto';
import type { DataSource, Logger } from 'typeorm';
import { createMutualContext, type MutualContext } from './context';
import { createMutualDataSource } from './database';
import { buildMutualSchema } from './schema';

export interface MutualServiceOptions {
  /** The application role's connection string (not the owner's: see DESIGN.md §5). */
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
}

export async function startMutualService(options: MutualServiceOptions): Promise<RunningServer & { dataSource: DataSource }> {
  const logger = createLogger('mutual');
  const dataSource = await openDataSource(
    createMutualDataSource({
      url: options.databaseUrl,
      ...(options.queryLogger ? { logger: options.queryLogger } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    }),
    'the mutual database',
    'MUTUAL_DATABASE_URL',
  );
  try {
    await assertApplicationRole(dataSource, 'MUTUAL_DATABASE_URL');
    const server = await startSubgraphServer<MutualContext>({
      name: 'mutual',
      schema: buildMutualSchema(),
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      gatewayPublicKey: options.gatewayPublicKey,
      context: (_request, caller) => Promise.resolve(createMutualContext(dataSource, caller)),
      readiness: [
        {
          name: 'database',
          check: async () => {
            await dataSource.query('SELECT 1');
          },
        },
      ],
      portVariable: 'MUTUAL_PORT',
      ...(options.metrics ? { metrics: options.metrics, metricsPort: options.metricsPort ?? 0, poolStats: poolStats(dataSource) } : {}),
    });
    return {
      url: server.url,
      port: server.port,
      dataSource,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          await dataSource.destroy();
        }
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
