import type { KeyObject } from 'node:crypto';
import { createLogger, type Caller, type RunningServer, type ServiceMetrics } from '@dsp/common';
import type { Express } from 'express';
import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger as PinoLogger } from 'pino';
import type { DataSource, Logger } from 'typeorm';
import { assertApplicationRole } from '../database/application-role';
import { DEFAULT_STATEMENT_TIMEOUT_MS, openDataSource } from '../database/data-source';
import { poolStats } from '../database/pool-stats';
import { startSubgraphServer, type ReadinessCheck, type ScopedContext } from './subgraph-server';

/** What every subgraph service is started with (tests pass port 0 and their own database). */
export interface ServiceOptions {
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
  /** The longest a statement may run on the service's connections; 5 s by default. */
  statementTimeoutMs?: number;
}

/** The service's settings for one of its data sources. */
export interface DataSourceSettings {
  url: string;
  statementTimeoutMs: number;
  logger?: Logger;
  poolSize?: number;
}

/** Work a service runs beside its requests, on connections of its own (the registry feed, on either side). */
export interface Companion {
  routes?: (app: Express) => void;
  readiness?: ReadinessCheck[];
  /** Called once the server listens. */
  start?(): void;
  /** Called before the server stops (the data sources `open` gave are closed after it). */
  stop?(): Promise<void>;
}

export interface ServiceDefinition<TContext extends ScopedContext> {
  /** The subgraph's name: foundation, mutual. */
  name: string;
  /** The prefix of its variables: FOUNDATION_DATABASE_URL, FOUNDATION_PORT... */
  variablePrefix: string;
  schema: GraphQLSchema;
  createDataSource(settings: DataSourceSettings): DataSource;
  context(dataSource: DataSource, caller: Caller, request: IncomingMessage): Promise<TContext>;
  /** `open(poolSize)` opens another data source on the service's database, for the companion alone; `dataSource` is the serving one, for routes that answer requests. */
  companion?(
    open: (poolSize: number) => Promise<DataSource>,
    logger: PinoLogger,
    dataSource: DataSource,
  ): Promise<Companion>;
}

/**
 * Starts a subgraph service the one way both services start: its data
 * source (refusing a role that bypasses row-level security), its companion
 * work, the subgraph server with a database readiness check and metrics.
 * `stop()` stops the companion, drains requests, then closes every pool.
 */
export async function startService<TContext extends ScopedContext>(
  definition: ServiceDefinition<TContext>,
  options: ServiceOptions,
): Promise<RunningServer & { dataSource: DataSource }> {
  const logger = createLogger(definition.name);
  const variable = `${definition.variablePrefix}_DATABASE_URL`;
  const what = `the ${definition.name} database`;
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const dataSource = await openDataSource(
    definition.createDataSource({
      url: options.databaseUrl,
      statementTimeoutMs,
      ...(options.queryLogger ? { logger: options.queryLogger } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    }),
    what,
    variable,
  );
  const opened: DataSource[] = [];
  let companion: Companion | undefined;
  const closeAll = async (): Promise<void> => {
    for (const extra of opened) await extra.destroy();
    await dataSource.destroy();
  };
  try {
    await assertApplicationRole(dataSource, variable);
    companion = await definition.companion?.(
      async (poolSize) => {
        const extra = await openDataSource(
          definition.createDataSource({ url: options.databaseUrl, poolSize, statementTimeoutMs }),
          what,
          variable,
        );
        opened.push(extra);
        return extra;
      },
      logger,
      dataSource,
    );
    const server = await startSubgraphServer<TContext>({
      name: definition.name,
      schema: definition.schema,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      portVariable: `${definition.variablePrefix}_PORT`,
      ...(options.metrics
        ? { metrics: options.metrics, metricsPort: options.metricsPort ?? 0, poolStats: poolStats(dataSource) }
        : {}),
      gatewayPublicKey: options.gatewayPublicKey,
      ...(companion?.routes ? { routes: companion.routes } : {}),
      context: (request, caller) => definition.context(dataSource, caller, request),
      readiness: [
        {
          name: 'database',
          check: async () => {
            await dataSource.query('SELECT 1');
          },
        },
        ...(companion?.readiness ?? []),
      ],
    });
    companion?.start?.();
    return {
      ...server,
      dataSource,
      stop: async () => {
        try {
          await companion?.stop?.();
          await server.stop();
        } finally {
          await closeAll();
        }
      },
    };
  } catch (error) {
    await companion?.stop?.().catch(() => undefined);
    await closeAll();
    throw error;
  }
}
