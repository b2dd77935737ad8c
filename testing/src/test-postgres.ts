import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { provisionDatabase, type ProvisionedDatabase, provisionRoles, serviceDatabase } from './provision';

/** Set by the jest global setup: the superuser URL of the test server. */
export const TEST_POSTGRES_URL_VARIABLE = 'DSP_TEST_POSTGRES_URL';

/** The services whose roles the test server provides. */
const SERVICES = ['foundation', 'mutual'];

/** Ports this process has handed out: a port is given once, even if its process has not bound it yet. */
const handedOut = new Set<number>();

/**
 * A port nobody listens on right now, for a process started after this
 * returns. Taken below the kernel's ephemeral range (32768 and up on Linux),
 * where a port given back is not handed out again as the source port of an
 * outgoing connection or to a listen on port 0, as it could be otherwise
 * before the process binds it (a test run opens many connections at once).
 * jest runs test files in several processes at once: each takes its ports
 * from its own slice of the range (by JEST_WORKER_ID), so that one never
 * hands out, or probes, a port another's process is about to bind. A
 * process outside jest's workers takes from the whole range.
 */
export async function freePort(): Promise<number> {
  const LOW = 20_000;
  const SPAN = 12_000;
  const SLICES = 8;
  const worker = Number(process.env.JEST_WORKER_ID);
  const [low, span] =
    Number.isInteger(worker) && worker > 0
      ? [LOW + ((worker - 1) % SLICES) * (SPAN / SLICES), SPAN / SLICES]
      : [LOW, SPAN];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = low + (randomBytes(2).readUInt16BE(0) % span);
    if (handedOut.has(candidate)) continue;
    const taken = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(true));
      probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(false)));
    });
    if (!taken) {
      handedOut.add(candidate);
      return candidate;
    }
  }
  throw new Error(`no free port found between ${low} and ${low + span}`);
}

/**
 * Starts one embedded PostgreSQL for a whole test run, in its own temporary
 * folder on a free port (never the user's .data/), with both services' roles.
 */
export async function startTestPostgres(): Promise<RunningPostgres> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-test-'));
  // mkdtemp makes a 0700 folder; the server's user must be able to enter it.
  chmodSync(folder, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port: await freePort() });
  for (const service of SERVICES) await provisionRoles(postgres.url('postgres'), serviceDatabase(service));
  return {
    ...postgres,
    stop: async () => {
      await postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface TestDatabase extends ProvisionedDatabase {
  /** Superuser connection string, for assertions that must see every row. */
  superuserUrl: string;
  drop(): Promise<void>;
}

function testServerUrl(): string {
  const serverUrl = process.env[TEST_POSTGRES_URL_VARIABLE];
  if (!serverUrl)
    throw new Error(
      `${TEST_POSTGRES_URL_VARIABLE} is not set: run the tests through jest, whose global setup starts PostgreSQL.`,
    );
  return serverUrl;
}

/**
 * A fresh database for one test file, with the service's two roles: empty,
 * or a copy of `template` (see seededTemplate).
 */
export async function createTestDatabase(service: string, template?: string): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const spec = serviceDatabase(service, `${service}_test_${randomBytes(5).toString('hex')}`);
  const provisioned = await provisionDatabase(serverUrl, spec, template);
  const superuserUrl = new URL(serverUrl);
  superuserUrl.pathname = `/${spec.database}`;
  return {
    ...provisioned,
    superuserUrl: superuserUrl.toString(),
    drop: async () => {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(spec.database)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * The name of a database that `prepare` migrated and seeded once for the
 * whole test run, whatever the number of test files and workers (an advisory
 * lock makes the others wait): copying it is much faster than seeding again.
 * Pass it to createTestDatabase; never connect to it directly, or it can no
 * longer be copied.
 */
export async function seededTemplate(service: string, prepare: (ownerUrl: string) => Promise<void>): Promise<string> {
  const serverUrl = testServerUrl();
  const spec = serviceDatabase(service, `${service}_seeded_template`);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [spec.database]);
    const ready = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate', [spec.database]);
    if (!ready.rowCount) {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(spec.database)} WITH (FORCE)`);
      const { ownerUrl } = await provisionDatabase(serverUrl, spec);
      await prepare(ownerUrl);
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(spec.database)} IS_TEMPLATE true`);
    }
    return spec.database;
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [spec.database]).catch(() => undefined);
    await admin.end();
  }
}

/**
 * Runs `work` connected as a database's application role with the request
 * settings given (app.role, app.region, app.sub, as RequestScope sets them),
 * in a transaction that is rolled back: what row-level security lets that
 * caller read or write, with nothing kept.
 */
export async function asApplicationRole<T>(
  appUrl: string,
  settings: Record<string, string>,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [name, value] of Object.entries(settings))
      await client.query('SELECT set_config($1, $2, true)', [name, value]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}
