import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { DocumentCipher, LocalFolderStore } from '@dsp/subgraph-kit';
import { samplePdf } from '@dsp/testing';
import {
  backupDatabase,
  backupDocuments,
  checkDocuments,
  newBackupKey,
  restoreDatabase,
  restoreDocuments,
  tableFingerprint,
} from '@dsp/tools';
import { randomBytes, randomUUID } from 'node:crypto';
import { migrateFoundation } from 'foundation-service';
import { migrateMutual } from 'mutual-service';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startPlatform, type Platform } from '../platform';
import { sql } from './sql';

async function fingerprints(
  url: string,
  tables: string[],
): Promise<Record<string, { rows: number; checksum: string }>> {
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

const ROOT = path.resolve(__dirname, '..', '..', '..');
const key = Buffer.from(newBackupKey(), 'base64');
const mode = (file: string): number => statSync(file).mode & 0o777;

describe('npm run backup / npm run restore', () => {
  let platform: Platform;
  let folder: string;
  const fresh: TestDatabase[] = [];

  async function migratedMutual(): Promise<TestDatabase> {
    const target = await createTestDatabase('mutual');
    fresh.push(target);
    await migrateMutual(target.ownerUrl);
    return target;
  }

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
  ] as const)(
    'restores the %s database, online, into a fresh one with the same rows in every table',
    async (service, migrate) => {
      const source = platform[service].db;
      // The backup runs while the service is up and serving.
      const serving = platform.query(
        await platform.tokenFor({ sub: 'a', role: 'NATIONAL_ADMIN', region: null }),
        '{ regions { code } }',
      );
      const manifest = await backupDatabase(source.ownerUrl, path.join(folder, service), { key });
      expect((await serving).errors).toBeUndefined();
      expect(manifest.tables.length).toBeGreaterThan(5);
      for (const table of manifest.tables.filter((t) =>
        ['officer', 'application', 'claim', 'claim_line', 'coverage'].includes(t.name),
      )) {
        expect(table.rows).toBeGreaterThan(0);
      }

      const target = await createTestDatabase(service);
      fresh.push(target);
      await migrate(target.ownerUrl);
      await restoreDatabase(target.ownerUrl, path.join(folder, service), { key });

      // The restore holds every row of the backup's snapshot. Compared with the snapshot, not the live source:
      // the mutual's registry feed reader writes its heartbeat (applied_at) on every poll, backup or not.
      const names = manifest.tables.map((table) => table.name);
      expect(await fingerprints(target.superuserUrl, names)).toEqual(
        Object.fromEntries(
          manifest.tables.map((table) => [table.name, { rows: table.rows, checksum: table.checksum }]),
        ),
      );
      expect(await forcedTables(target.superuserUrl)).toEqual(await forcedTables(source.superuserUrl));
    },
  );

  it('refuses to restore into a database at another migration version, and changes nothing', async () => {
    const empty = await createTestDatabase('foundation');
    fresh.push(empty);
    await expect(restoreDatabase(empty.ownerUrl, path.join(folder, 'foundation'), { key })).rejects.toThrow(
      /migrate it to the same version first/,
    );
  });

  it('writes only files of its owner (0600, folder 0700), encrypted: no diagnosis code in clear', async () => {
    const dir = path.join(folder, 'mutual');
    expect(mode(dir)).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toContain('claim.csv.enc');
    expect(files).toContain('manifest.json.enc');
    const client = new Client({ connectionString: platform.mutual.db.superuserUrl });
    await client.connect();
    // A claim's codes as COPY writes them ("{J06.9,R50.9}"): long enough never to turn up by chance in ciphertext.
    const { rows } = await client.query<{ code: string }>(
      'SELECT DISTINCT diagnosis_codes::text AS code FROM claim WHERE cardinality(diagnosis_codes) > 1 LIMIT 20',
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const file of files) {
      expect({ file, mode: mode(path.join(dir, file)) }).toEqual({ file, mode: 0o600 });
      const bytes = readFileSync(path.join(dir, file));
      for (const { code } of rows) expect(bytes.includes(code)).toBe(false);
    }
  });

  it('refuses a wrong key, a changed byte, a swapped file and a missing key, and changes nothing', async () => {
    const target = await migratedMutual();
    const names = ['claim', 'claim_line', 'coverage', 'beneficiary'];
    const before = await fingerprints(target.superuserUrl, names);
    const dir = path.join(folder, 'mutual');
    await expect(restoreDatabase(target.ownerUrl, dir, { key: Buffer.alloc(32, 7) })).rejects.toThrow(
      /does not open with this backup key/,
    );
    await expect(restoreDatabase(target.ownerUrl, dir)).rejects.toThrow(/this backup is encrypted/);

    const tampered = mkdtempSync(path.join(os.tmpdir(), 'dsp-tampered-'));
    try {
      const copy = path.join(tampered, 'mutual');
      spawnSync('cp', ['-r', dir, copy]);
      const claimFile = path.join(copy, 'claim.csv.enc');
      const bytes = readFileSync(claimFile);
      bytes[Math.floor(bytes.length / 2)] ^= 1;
      writeFileSync(claimFile, bytes);
      await expect(restoreDatabase(target.ownerUrl, copy, { key })).rejects.toThrow(/claim\.csv does not open/);
      spawnSync('cp', [path.join(dir, 'coverage.csv.enc'), claimFile]);
      await expect(restoreDatabase(target.ownerUrl, copy, { key })).rejects.toThrow(/claim\.csv does not open/);
    } finally {
      rmSync(tampered, { recursive: true, force: true });
    }
    expect(await fingerprints(target.superuserUrl, names)).toEqual(before);
  });

  it('includes the documents, still encrypted, and the restore reports a missing or unreadable one', async () => {
    const agent = await platform.tokenFor({ sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' });
    const [claim] = await sql<{ id: string }>(
      platform.mutual.db.superuserUrl,
      "SELECT id FROM claim WHERE handling_region_code = 'FES' ORDER BY reference LIMIT 1",
    );
    const pdf = samplePdf(6_000);
    const requested = await platform.query<{ requestHealthDocumentUpload: { id: string; uploadUrl: string } }>(
      agent,
      'mutation ($input: RequestHealthDocumentUploadInput!) { requestHealthDocumentUpload(input: $input) { id uploadUrl } }',
      {
        input: {
          record: { kind: 'CLAIM', id: claim.id },
          documentKind: 'INVOICE',
          fileName: 'facture.pdf',
          size: pdf.length,
          contentType: 'application/pdf',
          idempotencyKey: randomUUID(),
        },
      },
    );
    const ticket = requested.data!.requestHealthDocumentUpload;
    expect((await fetch(ticket.uploadUrl, { method: 'PUT', body: pdf })).status).toBe(201);
    const attached = await platform.query<{ attachHealthDocument: { id: string } }>(
      agent,
      'mutation ($t: ID!, $k: String!) { attachHealthDocument(ticketId: $t, idempotencyKey: $k) { id } }',
      { t: ticket.id, k: randomUUID() },
    );
    const id = attached.data!.attachHealthDocument.id;
    // And a certificate of the foundation's, in the same store under its own prefix.
    const foundationAgent = await platform.tokenFor({ sub: 'fagent-fes', role: 'FOUNDATION_AGENT', region: 'FES' });
    const [dependent] = await sql<{ id: string }>(
      platform.foundation.db.superuserUrl,
      "SELECT d.id FROM dependent d JOIN officer o ON o.matricule = d.officer_matricule WHERE o.region_code = 'FES' ORDER BY d.id LIMIT 1",
    );
    const certificate = samplePdf(3_000);
    const socialTicket = (
      await platform.query<{ requestSocialDocumentUpload: { id: string; uploadUrl: string } }>(
        foundationAgent,
        'mutation ($input: RequestSocialDocumentUploadInput!) { requestSocialDocumentUpload(input: $input) { id uploadUrl } }',
        {
          input: {
            record: { kind: 'DEPENDENT', id: dependent.id },
            documentKind: 'DISABILITY_CERTIFICATE',
            fileName: 'handicap.pdf',
            size: certificate.length,
            contentType: 'application/pdf',
            idempotencyKey: randomUUID(),
          },
        },
      )
    ).data!.requestSocialDocumentUpload;
    expect((await fetch(socialTicket.uploadUrl, { method: 'PUT', body: certificate })).status).toBe(201);
    const socialAttached = await platform.query<{ attachSocialDocument: { id: string } }>(
      foundationAgent,
      'mutation ($t: ID!, $k: String!) { attachSocialDocument(ticketId: $t, idempotencyKey: $k) { id } }',
      { t: socialTicket.id, k: randomUUID() },
    );
    expect(socialAttached.errors).toBeUndefined();

    const documentsDir = path.join(folder, 'documents');
    expect(await backupDocuments(platform.documentStore, 'mutual', documentsDir)).toBe(1);
    expect(await backupDocuments(platform.documentStore, 'foundation', documentsDir)).toBe(1);
    const [objectFolder] = readdirSync(path.join(documentsDir, 'mutual'));
    const objectFile = path.join(documentsDir, 'mutual', objectFolder);
    expect(mode(objectFile)).toBe(0o600);
    expect(readFileSync(objectFile).includes(Buffer.from('%PDF'))).toBe(false);

    const restoredRoot = mkdtempSync(path.join(os.tmpdir(), 'dsp-restored-documents-'));
    try {
      const restored = new LocalFolderStore(restoredRoot);
      expect(await restoreDocuments(restored, documentsDir)).toBe(2);
      const cipher = new DocumentCipher(platform.documentKey);
      expect(await checkDocuments(platform.foundation.db.ownerUrl, restored, cipher)).toEqual({
        checked: 1,
        missing: [],
        unreadable: [],
      });
      expect(await checkDocuments(platform.mutual.db.ownerUrl, restored, cipher)).toEqual({
        checked: 1,
        missing: [],
        unreadable: [],
      });
      expect(await checkDocuments(platform.mutual.db.ownerUrl, restored, new DocumentCipher(randomBytes(32)))).toEqual({
        checked: 1,
        missing: [],
        unreadable: [id],
      });
      rmSync(path.join(restoredRoot, 'mutual', objectFolder));
      expect(await checkDocuments(platform.mutual.db.ownerUrl, restored, cipher)).toEqual({
        checked: 1,
        missing: [id],
        unreadable: [],
      });
    } finally {
      rmSync(restoredRoot, { recursive: true, force: true });
    }
  });

  it('refuses to back up without a key unless told --plaintext, and npm run keys writes private files', () => {
    const refused = spawnSync(
      process.execPath,
      [path.join(ROOT, 'tools', 'dist', 'backup-cli.js'), path.join(folder, 'refused')],
      {
        env: { ...process.env, BACKUP_KEY: '', BACKUP_KEY_FILE: '' },
        encoding: 'utf8',
      },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/no backup key: set BACKUP_KEY_FILE .* or pass --plaintext/);

    const keys = path.join(folder, 'keys');
    const made = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'dist', 'keys.js'), keys], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    expect(mode(keys)).toBe(0o700);
    for (const file of ['gateway.private.pem', 'mutual-service.private.pem', 'backup.key'])
      expect({ file, mode: mode(path.join(keys, file)) }).toEqual({ file, mode: 0o600 });
    expect(Buffer.from(readFileSync(path.join(keys, 'backup.key'), 'utf8').trim(), 'base64')).toHaveLength(32);
  });
});
