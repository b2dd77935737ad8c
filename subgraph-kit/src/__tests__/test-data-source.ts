import type { DataSource, Logger } from 'typeorm';
import { createTestDatabase } from '@dsp/testing';
import { createDataSource } from '../index';

/**
 * A data source over a database of its own, with `setup` run in it as the
 * owner; `close` destroys both.
 */
export async function openTestDataSource(
  applicationName: string,
  options: { poolSize: number; logger?: Logger; setup: readonly string[] },
): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const database = await createTestDatabase('foundation');
  const dataSource = await createDataSource({
    url: database.ownerUrl,
    entities: [],
    applicationName,
    poolSize: options.poolSize,
    ...(options.logger ? { logger: options.logger } : {}),
  }).initialize();
  for (const statement of options.setup) await dataSource.query(statement);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
