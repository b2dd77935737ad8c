import { chmodSync, createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { decryptStream, encryptStream } from './backup-crypto';

/**
 * Online backup and restore of one service database, with what PostgreSQL's
 * own protocol offers (the embedded server ships no pg_dump, and Debian's is
 * older than it): every table is exported with COPY inside ONE read-only
 * REPEATABLE READ transaction, so the files are a consistent snapshot taken
 * while the service keeps running. The schema itself is not exported: it is
 * the service's migrations, which restore applies first; the manifest records
 * which migrations the data belongs to, and restore refuses another version.
 * Run as the owner role (it reads every row; row-level security lets the
 * owner through).
 *
 * The files hold health data: the folder is 0700, each file 0600, and with a
 * key (the default of `npm run backup`) every file is encrypted and
 * authenticated (backup-crypto.ts), the manifest included.
 */
export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
  checksum: string;
}

export interface BackupManifest {
  database: string;
  takenAt: string;
  migrations: string[];
  /** In dependency order: a table comes after the tables it references. */
  tables: TableManifest[];
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

export interface BackupOptions {
  /** The backup key (32 bytes); without it the files are written in clear. */
  key?: Buffer;
  progress?: (line: string) => void;
  /** Restore: the manifest checkBackup already returned for this folder, so the files are not read whole a second time. */
  checked?: BackupManifest;
}

const MANIFEST = 'manifest.json';
const ENCRYPTED = '.enc';

/** A backup file's name on disk, and the name its encryption is bound to (folder and file: files cannot be swapped). */
function backupFile(dir: string, file: string, key: Buffer | undefined): { path: string; name: string } {
  return { path: path.join(dir, key ? `${file}${ENCRYPTED}` : file), name: `${path.basename(dir)}/${file}` };
}

/** Reads a backup file as it was written: decrypted with the key when it was encrypted. */
function openBackupFile(dir: string, file: string, key: Buffer | undefined): Readable {
  const { path: filePath, name } = backupFile(dir, file, key);
  const raw = createReadStream(filePath);
  return key ? raw.pipe(decryptStream(key, name)).once('error', (error) => raw.destroy(error)) : raw;
}

async function readWhole(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Row count and a checksum of a table's rows, independent of physical order. */
export async function tableFingerprint(client: Client, table: string): Promise<{ rows: number; checksum: string }> {
  const result = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::text AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS checksum FROM (SELECT t::text AS r FROM ${quote(table)} t) s`,
  );
  const row = result.rows[0];
  return { rows: Number(row?.rows ?? 0), checksum: row?.checksum ?? '' };
}

/** The public tables (but the migrations log), parents before children. */
async function tablesInDependencyOrder(client: Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; parents: string[] | null; columns: string[] }>(`
    SELECT c.relname::text AS name,
           array_agg(DISTINCT p.relname::text) FILTER (WHERE p.relname IS NOT NULL AND p.relname <> c.relname) AS parents,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
      LEFT JOIN pg_class p ON p.oid = k.confrelid
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
     GROUP BY c.oid, c.relname
     ORDER BY c.relname`);
  const ordered: { name: string; columns: string[] }[] = [];
  const placed = new Set<string>();
  const pending = [...rows];
  while (pending.length > 0) {
    const ready = pending.findIndex((table) => (table.parents ?? []).every((parent) => placed.has(parent)));
    if (ready < 0)
      throw new Error(`cannot order tables with circular references: ${pending.map((table) => table.name).join(', ')}`);
    const [table] = pending.splice(ready, 1);
    if (!table) break;
    placed.add(table.name);
    ordered.push({ name: table.name, columns: table.columns });
  }
  return ordered;
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'migrations'");
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY "timestamp", name');
  return rows.map((row) => row.name);
}

/** Exports every table of the database at `ownerUrl` into `dir` (one CSV file each, and manifest.json), encrypted when given a key. */
export async function backupDatabase(
  ownerUrl: string,
  dir: string,
  options: BackupOptions = {},
): Promise<BackupManifest> {
  const { key, progress = () => undefined } = options;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const write = async (file: string, source: Readable): Promise<void> => {
    const target = backupFile(dir, file, key);
    const output = createWriteStream(target.path, { mode: 0o600 });
    await (key ? pipeline(source, encryptStream(key, target.name), output) : pipeline(source, output));
  };
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    const tables: TableManifest[] = [];
    for (const { name, columns } of await tablesInDependencyOrder(client)) {
      const list = columns.map(quote).join(', ');
      await write(
        `${name}.csv`,
        client.query(copyTo(`COPY ${quote(name)} (${list}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
      );
      const fingerprint = await tableFingerprint(client, name);
      tables.push({ name, columns, ...fingerprint });
      progress(`${name}: ${fingerprint.rows} rows`);
    }
    await client.query('COMMIT');
    const manifest: BackupManifest = {
      database: client.database ?? '',
      takenAt: new Date().toISOString(),
      migrations,
      tables,
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    if (key) {
      await write(MANIFEST, Readable.from([Buffer.from(manifestText)]));
    } else {
      writeFileSync(path.join(dir, MANIFEST), manifestText, { mode: 0o600 });
    }
    return manifest;
  } finally {
    await client.end();
  }
}

/** Whether the backup in `dir` was written encrypted. */
export function isEncryptedBackup(dir: string): boolean {
  return existsSync(path.join(dir, `${MANIFEST}${ENCRYPTED}`));
}

/**
 * Reads the manifest and checks every file of the backup whole (with a key,
 * each file's authentication tag) before anything is written: a wrong key,
 * a changed or cut file, a missing table is refused here.
 */
export async function checkBackup(dir: string, key: Buffer | undefined): Promise<BackupManifest> {
  const encrypted = isEncryptedBackup(dir);
  if (!encrypted && !existsSync(path.join(dir, MANIFEST))) {
    throw new Error(
      `${dir} holds no backup (no ${MANIFEST} nor ${MANIFEST}${ENCRYPTED}): give a folder written by npm run backup.`,
    );
  }
  if (encrypted && !key)
    throw new Error('this backup is encrypted: set BACKUP_KEY_FILE (or BACKUP_KEY) to the key it was written with.');
  const used = encrypted ? key : undefined;
  const manifest = JSON.parse(
    (await readWhole(openBackupFile(dir, MANIFEST, used))).toString('utf8'),
  ) as BackupManifest;
  for (const table of manifest.tables) {
    await pipeline(
      openBackupFile(dir, `${table.name}.csv`, used),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
  }
  return manifest;
}

/**
 * Replaces the data of the (migrated) database at `ownerUrl` with the backup
 * in `dir`, in one transaction. Every file is checked whole first, then every
 * table's row count and checksum against the manifest before committing: a
 * restore that would not reproduce the backup exactly changes nothing.
 */
export async function restoreDatabase(ownerUrl: string, dir: string, options: BackupOptions = {}): Promise<void> {
  const { progress = () => undefined } = options;
  const manifest = options.checked ?? (await checkBackup(dir, options.key));
  const key = isEncryptedBackup(dir) ? options.key : undefined;
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const migrations = await appliedMigrations(client);
    if (migrations.join(',') !== manifest.migrations.join(',')) {
      throw new Error(
        `the backup was taken at migrations [${manifest.migrations.join(', ')}] but the database is at [${migrations.join(', ')}]; migrate it to the same version first.`,
      );
    }
    await client.query('BEGIN');
    // COPY FROM cannot run under row-level security, which binds even the
    // owner on FORCE'd tables: lift FORCE for this transaction only (the
    // owner still sees everything through its own policy).
    const forced = await client.query<{ name: string }>(
      `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relforcerowsecurity AND c.relname = ANY($1)`,
      [manifest.tables.map((table) => table.name)],
    );
    for (const { name } of forced.rows) await client.query(`ALTER TABLE ${quote(name)} NO FORCE ROW LEVEL SECURITY`);
    // The backup holds the summary tables as they were, consistent with the
    // rows they count: the triggers that keep them (and any other user
    // trigger) stay off while the rows go back, for this transaction only.
    // Foreign-key checks are not user triggers and still run.
    for (const table of manifest.tables) await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${manifest.tables.map((table) => quote(table.name)).join(', ')}`);
    for (const table of manifest.tables) {
      const list = table.columns.map(quote).join(', ');
      await pipeline(
        openBackupFile(dir, `${table.name}.csv`, key),
        client.query(copyFrom(`COPY ${quote(table.name)} (${list}) FROM STDIN WITH (FORMAT csv, HEADER)`)),
      );
      const fingerprint = await tableFingerprint(client, table.name);
      if (fingerprint.rows !== table.rows || fingerprint.checksum !== table.checksum) {
        throw new Error(
          `${table.name} restored as ${fingerprint.rows} rows (checksum ${fingerprint.checksum}), expected ${table.rows} (${table.checksum}); nothing was changed.`,
        );
      }
      progress(`${table.name}: ${fingerprint.rows} rows`);
    }
    for (const table of manifest.tables) await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
    for (const { name } of forced.rows) await client.query(`ALTER TABLE ${quote(name)} FORCE ROW LEVEL SECURITY`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
