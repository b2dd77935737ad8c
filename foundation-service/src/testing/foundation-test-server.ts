import { type Caller, type RunningServer } from '@dsp/common';
import {
  createTestDatabase,
  createTestGatewayIdentity,
  type GraphQLResponse,
  postGraphQL,
  seededTemplate,
  TEST_NATIONAL_ADMIN,
  type TestDatabase,
  type TestGatewayIdentity,
} from '@dsp/testing';
import type { DocumentSettings } from '@dsp/subgraph-kit';
import type { KeyObject } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { migrateFoundation } from '../database';
import { seedFoundation } from '../seed/seed.service';
import { startFoundationService } from '../server';

export type { GraphQLResponse };

export interface FoundationUnderTest {
  database: TestDatabase;
  /** The gateway key pair the service trusts, for raw requests (`headersFor(caller, 'foundation')`). */
  gateway: TestGatewayIdentity;
  server: RunningServer & { dataSource: DataSource };
  /** POSTs a GraphQL operation to the running subgraph, as `caller` (a national administrator by default). */
  query<TData>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<TData>>;
  /** Runs SQL as the superuser, for assertions that must not go through the service. */
  sql<TRow>(text: string, values?: unknown[]): Promise<TRow[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  seed?: boolean;
  headTermYears?: number;
  headMinServiceYears?: number;
  queryLogger?: Logger;
  /** The service's connection pool size (the data source's default otherwise). */
  poolSize?: number;
  /** The mutual's service public key, for tests of the registry feed. */
  mutualServicePublicKey?: KeyObject;
  /** The longest a statement may run (the service's default otherwise). */
  statementTimeoutMs?: number;
  /** Where and how documents are kept (none: the service refuses uploads). */
  documents?: DocumentSettings;
}

/** The migrated and seeded database, built once per test run and copied for each test file. */
export function seededFoundationTemplate(): Promise<string> {
  return seededTemplate('foundation', async (ownerUrl) => {
    await migrateFoundation(ownerUrl);
    await seedFoundation(ownerUrl);
  });
}

/** A fresh database, migrated as the owner and seeded, served as the application role on a free port. */
export async function startFoundationUnderTest(options: StartOptions = {}): Promise<FoundationUnderTest> {
  const database =
    (options.seed ?? true)
      ? await createTestDatabase('foundation', await seededFoundationTemplate())
      : await createTestDatabase('foundation');
  if (!(options.seed ?? true)) await migrateFoundation(database.ownerUrl);
  const gateway = createTestGatewayIdentity();
  const server = await startFoundationService({
    gatewayPublicKey: gateway.publicKey,
    databaseUrl: database.appUrl,
    port: 0,
    host: '127.0.0.1',
    ...(options.headTermYears ? { headTermYears: options.headTermYears } : {}),
    ...(options.headMinServiceYears !== undefined ? { headMinServiceYears: options.headMinServiceYears } : {}),
    ...(options.queryLogger ? { queryLogger: options.queryLogger } : {}),
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    ...(options.mutualServicePublicKey ? { mutualServicePublicKey: options.mutualServicePublicKey } : {}),
    ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    ...(options.documents ? { documents: options.documents } : {}),
  });
  const admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  return {
    database,
    gateway,
    server,
    query: async <TData>(
      query: string,
      variables: Record<string, unknown> = {},
      caller: Caller = TEST_NATIONAL_ADMIN,
    ) => postGraphQL<TData>(server.url, await gateway.headersFor(caller, 'foundation'), query, variables),
    sql: async <TRow>(text: string, values: unknown[] = []) => (await admin.query(text, values)).rows as TRow[],
    stop: async () => {
      await admin.end();
      await server.stop();
      await database.drop();
    },
  };
}
