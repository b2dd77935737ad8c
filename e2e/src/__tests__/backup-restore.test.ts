import { createTestDatabase, type TestDatabase } from '@dsp/common';
import { backupDatabase, restoreDatabase, tableFingerprint } from '@dsp/tools';
import { migrateFoundation } from 'foundation-service';
import { migrateMutual } from 'mutual-service';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startPlatform, type Platform } from '../platform';

async function fingerprints(url: string, tables: string[]): Promise<Record<string, { rows: number; checksum: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, { rows: number; checksum: string }> = {};
    for (const table of tables) result[table] = await tableFingerprint(client, table);
    return result;
  } finally {
    await client.end();
  }
}

/** Tables whose row-level security binds even their owner: the restore must leave them so. */
async function forcedTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relforcerowsecurity ORDER BY 1",
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('npm run backup / npm run restore', () => {
  let platform: Platform;
  let folder: string;
  const fresh: TestDatabase[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-backup-'));
  });
  afterAll(async () => {
    await platform.stop();
    await Promise.all(fresh.map((database) => database.drop()));
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ['foundation', (url: string) => migrateFoundation(url)],
    ['mutual', (url: string) => migrateMutual(url)],
  ] as const)('restores the %s database, online, into a fresh one with the same rows in every table', async (service, migrate) => {
    const source = platform[service].db;
    // The backup runs while the service is up and serving.
    const serving = platform.query(await platform.tokenFor({ sub: 'a', role: 'NATIONAL_ADMIN', region: null }), '{ regions { code } }');
    const manifest = await backupDatabase(source.ownerUrl, path.join(folder, service));
    expect((await serving).errors).toBeUndefined();
    expect(manifest.tables.length).toBeGreaterThan(5);
    for (const table of manifest.tables.filter((t) => ['officer', 'application', 'claim', 'claim_line', 'coverage'].includes(t.name))) {
      expect(table.rows).toBeGreaterThan(0);
    }

    const target = await createTestDatabase(service);
    fresh.push(target);
    await migrate(target.ownerUrl);
    await restoreDatabase(target.ownerUrl, path.join(folder, service));

    const names = manifest.tables.map((table) => table.name);
    expect(await fingerprints(target.superuserUrl, names)).toEqual(await fingerprints(source.superuserUrl, names));
    expect(await forcedTables(target.superuserUrl)).toEqual(await forcedTables(source.superuserUrl));
  });

  it('refuses to restore into a database at another migration version, and changes nothing', async () => {
    const empty = await createTestDatabase('foundation');
    fresh.push(empty);
    await expect(restoreDatabase(empty.ownerUrl, path.join(folder, 'foundation'))).rejects.toThrow(/migrate it to the same version first/);
  });
});
