import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import { StartupError } from '@dsp/common';
import { envInteger } from '@dsp/common';
import { describeConnectionError } from './connection';

/**
 * How long one statement of a serving connection may run: below the gateway's
 * subgraph timeout (10 s by default), so a statement is never left running
 * for an answer nobody waits for, and no caller holds a connection for long.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/** DATABASE_STATEMENT_TIMEOUT_MS, 5 s by default; keep it below the gateway's SUBGRAPH_TIMEOUT_MS. */
export function statementTimeoutFromEnv(): number {
  return envInteger('DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, 100, 60_000);
}

export interface DataSourceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations?: MixedList<Function | string>;
  /** Largest number of pooled connections. */
  poolSize?: number;
  /** Receives every SQL statement; tests use it to count statements. */
  logger?: TypeOrmLogger;
  applicationName: string;
  /**
   * Serving connections only: the longest a statement may run, and twice that
   * for a transaction left idle. Migrations, seeds and backups run unbounded.
   */
  statementTimeoutMs?: number;
}

/**
 * A TypeORM data source over `pg`. `synchronize` is always off: the schema
 * only ever changes through migrations.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: options.logger ? 'all' : false,
    ...(options.logger ? { logger: options.logger } : {}),
    applicationName: options.applicationName,
    extra: {
      max: options.poolSize ?? 10,
      // Generous: a busy machine (a seed, a test run) must not look like an outage.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      ...(options.statementTimeoutMs
        ? {
            statement_timeout: options.statementTimeoutMs,
            idle_in_transaction_session_timeout: 2 * options.statementTimeoutMs,
          }
        : {}),
    },
  });
}

/** Opens a data source, turning connection failures into a one-line StartupError. */
export async function openDataSource(dataSource: DataSource, what: string, variable: string): Promise<DataSource> {
  try {
    return await dataSource.initialize();
  } catch (error) {
    throw new StartupError(describeConnectionError(error, what, variable));
  }
}

/** Runs pending migrations as the owner role, then closes the connection. */
export async function migrate(options: DataSourceOptions, what: string, variable: string): Promise<string[]> {
  const dataSource = await openDataSource(createDataSource({ ...options, poolSize: 1 }), what, variable);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
