import { type Caller } from '@dsp/common';
import { type DocumentSettings, StatementCounter } from '@dsp/subgraph-kit';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  createTestGatewayIdentity,
  type GraphQLResponse,
  postGraphQL,
  seededTemplate,
  TEST_NATIONAL_ADMIN,
  type TestDatabase,
} from '@dsp/testing';
import { Client } from 'pg';
import { migrateMutual } from '../database';
import { seedMutual } from '../seed/seed-mutual';
import { startMutualService } from '../server';

export type { GraphQLResponse };

/** A migrated (and by default seeded) test database with the service running on it, as the application role. */
export interface MutualHarness {
  database: TestDatabase;
  statements: StatementCounter;
  /** POSTs an operation as `caller` (a national administrator by default), signed as the gateway would. */
  query<T>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
  /** Reads as the superuser, for expectations computed apart from the service. */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** The service's own address (http://127.0.0.1:port), where its document routes are. */
  baseUrl: string;
  /** The service's serving data source (application role). */
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** The migrated and seeded database, built once per test run and copied for each test file. */
export function seededMutualTemplate(): Promise<string> {
  return seededTemplate('mutual', async (ownerUrl) => {
    await migrateMutual(ownerUrl);
    await seedMutual(ownerUrl);
  });
}

export async function startHarness({
  seed = true,
  documents,
}: { seed?: boolean; documents?: DocumentSettings } = {}): Promise<MutualHarness> {
  const database = seed
    ? await createTestDatabase('mutual', await seededMutualTemplate())
    : await createTestDatabase('mutual');
  if (!seed) await migrateMutual(database.ownerUrl);
  const statements = new StatementCounter();
  const gateway = createTestGatewayIdentity();
  const service = await startMutualService({
    gatewayPublicKey: gateway.publicKey,
    databaseUrl: database.appUrl,
    port: 0,
    host: '127.0.0.1',
    queryLogger: statements,
    ...(documents ? { documents } : {}),
  });
  const admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  return {
    database,
    statements,
    query: async <T>(
      query: string,
      variables: Record<string, unknown> = {},
      caller: Caller = TEST_NATIONAL_ADMIN,
    ): Promise<GraphQLResponse<T>> =>
      postGraphQL<T>(service.url, await gateway.headersFor(caller, 'mutual'), query, variables),
    sql: async <T>(text: string, params: unknown[] = []): Promise<T[]> => (await admin.query(text, params)).rows as T[],
    baseUrl: service.url.replace(/\/graphql$/, ''),
    dataSource: service.dataSource,
    stop: async () => {
      await admin.end();
      await service.stop();
      await database.drop();
    },
  };
}

/** submitClaim's input for one consultation (act CS, 150.00 MAD; diagnosis J06.9) of `day` at `providerId`. */
export function consultationInput(
  beneficiaryId: string,
  providerId: string,
  day: string,
  idempotencyKey: string,
): Record<string, unknown> {
  return {
    beneficiaryId,
    providerId,
    careType: 'CONSULTATION',
    careStartDate: day,
    careEndDate: day,
    diagnosisCodes: ['J06.9'],
    lines: [{ actCode: 'CS', quantity: 1, unitPrice: '150.00' }],
    idempotencyKey,
  };
}
