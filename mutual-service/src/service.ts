import { createLogger, openDataSource, startSubgraphServer, StartupError, type RunningServer } from '@dsp/common';
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
}

/**
 * The service must query as a role that is not a superuser, cannot bypass
 * row-level security and owns no table, or the database's protections would
 * not apply to it; it refuses to start otherwise.
 */
async function assertApplicationRole(dataSource: DataSource): Promise<void> {
  const rows: Array<{ role: string; privileged: boolean; owns: boolean }> = await dataSource.query(
    `SELECT current_user AS role,
            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS privileged,
            EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns`,
  );
  const role = rows[0];
  if (role?.privileged || role?.owns) {
    throw new StartupError(
      `the mutual service must connect as its application role, but "${role.role}" is ${role.privileged ? 'a superuser or bypasses row-level security' : 'the owner of its tables'}; set MUTUAL_DATABASE_URL to the application role.`,
    );
  }
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
    await assertApplicationRole(dataSource);
    const server = await startSubgraphServer<MutualContext>({
      name: 'mutual',
      schema: buildMutualSchema(),
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      context: () => Promise.resolve(createMutualContext(dataSource)),
      readiness: [
        {
          name: 'database',
          check: async () => {
            await dataSource.query('SELECT 1');
          },
        },
      ],
      portVariable: 'MUTUAL_PORT',
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
