import { once } from 'node:events';
import { Client, type ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { serviceDatabaseUrls } from '@dsp/common';
import { StartupError } from '@dsp/common';
import { createLogger } from '@dsp/common';
import { runTask } from '@dsp/common';

/**
 * Bulk loading for the national-scale seed: PostgreSQL COPY in text format,
 * with secondary indexes, unique and foreign-key constraints dropped during
 * the load and rebuilt after it (one sort per index instead of a million
 * insertions), forced row-level security and user triggers lifted for the
 * owner for the load's duration only. Everything runs in the caller's
 * transaction: a failed load leaves the database as it was.
 */

export type CopyValue = string | number | boolean | bigint | null;

/** One field in COPY's text format: \N for null, backslash escapes for the characters COPY gives a meaning to. */
function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;
}

/** A PostgreSQL array literal of plain words (codes), for an array column. */
export function copyArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

const CHUNK_CHARS = 1 << 18;

/**
 * A row for COPY: its values, or the row already written in COPY's text
 * format without its newline (fields joined by tabs, \N for null, every
 * value escaped), which a generator of a million rows whose values never
 * need escaping (codes, numbers, dates, serial identifiers) writes itself
 * rather than pay for checking each field.
 */
export type CopyRow = readonly CopyValue[] | string;

/** One row as a line of COPY's text format. */
function copyLine(row: CopyRow): string {
  if (typeof row === 'string') return `${row}\n`;
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : '\t') + field(row[i]);
  return `${line}\n`;
}

/**
 * Rows already formatted for COPY, held in memory until their table's turn:
 * for rows drawn together with another table's (a claim and its lines) that
 * must go into the database one table after the other.
 */
export class CopyBuffer {
  private readonly chunks: Array<{ data: Buffer; rows: number }> = [];
  private pending = '';
  private pendingRows = 0;
  private total = 0;

  push(row: CopyRow): void {
    this.pending += copyLine(row);
    this.pendingRows++;
    this.total++;
    if (this.pending.length >= CHUNK_CHARS) this.seal();
  }

  get rows(): number {
    return this.total;
  }

  /** The text in chunks of about CHUNK_CHARS with the rows each holds; the buffer is empty after. */
  *drain(): Generator<{ data: Buffer; rows: number }> {
    this.seal();
    this.total = 0;
    for (let chunk = this.chunks.shift(); chunk; chunk = this.chunks.shift()) yield chunk;
  }

  /**
   * Each chunk is kept as bytes, outside the JavaScript heap: a string built
   * by appending is a tree of its pieces, and holding a few hundred of those
   * made garbage collection take longer than drawing the rows.
   */
  private seal(): void {
    if (this.pendingRows > 0) this.chunks.push({ data: Buffer.from(this.pending), rows: this.pendingRows });
    this.pending = '';
    this.pendingRows = 0;
  }
}

/**
 * Streams rows into `table` (its columns named explicitly, so columns added
 * later with defaults keep their defaults) and returns how many went in.
 * `onProgress` hears the running count after every chunk. `freeze` writes
 * the rows frozen, as if vacuumed (the table must have been created or
 * truncated in this transaction; see `loadDeferred`).
 */
async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyRow> | CopyBuffer,
  onProgress?: (rows: number) => void,
  options: { freeze?: boolean } = {},
): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN${options.freeze ? ' WITH (FREEZE)' : ''}`),
  );
  const finished = new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
  });
  let count = 0;
  const flush = async (data: string | Buffer): Promise<void> => {
    const ok = stream.write(data);
    onProgress?.(count);
    if (!ok) await once(stream, 'drain');
  };
  if (rows instanceof CopyBuffer) {
    for (const chunk of rows.drain()) {
      count += chunk.rows;
      await flush(chunk.data);
    }
  } else {
    let buffer = '';
    for (const row of rows) {
      buffer += copyLine(row);
      count++;
      if (buffer.length >= CHUNK_CHARS) {
        await flush(buffer);
        buffer = '';
      }
    }
    if (buffer.length > 0) await flush(buffer);
  }
  stream.end();
  await finished;
  onProgress?.(count);
  return count;
}

interface Deferred {
  table: string;
  name: string;
  definition: string;
  kind: 'index' | 'constraint';
}

/** A step of `loadDeferred` that takes time after the rows are in, for progress reports. */
type LoadStep = 'indexes' | 'constraints';

/**
 * Runs `load` with the secondary indexes, unique and foreign-key constraints
 * of `tables` (and foreign keys of other tables pointing at them) out of the
 * way, then rebuilds them from their own definitions, whatever later
 * migrations added. Primary keys stay: the loaded keys arrive in order.
 * The tables must be empty; they are truncated in the caller's transaction,
 * so `load` may COPY with `freeze`.
 */
async function loadDeferred(
  client: ClientBase,
  tables: readonly string[],
  load: () => Promise<void>,
  onStep?: (step: LoadStep) => void,
): Promise<void> {
  const constraints = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype IN ('f', 'u')
        AND (c.conrelid = ANY($1::regclass[]) OR (c.contype = 'f' AND c.confrelid = ANY($1::regclass[])))
      ORDER BY c.contype, c.conname`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT i.indrelid::regclass::text AS table, x.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  const forced = await client.query<{ table: string }>(
    `SELECT oid::regclass::text AS table FROM pg_class WHERE oid = ANY($1::regclass[]) AND relforcerowsecurity`,
    [tables],
  );
  // Foreign keys first ('f' sorts before 'u'): a unique constraint cannot go while a foreign key uses it.
  const deferred: Deferred[] = [
    ...constraints.rows.map((row) => ({ ...row, kind: 'constraint' as const })),
    ...indexes.rows.map((row) => ({ ...row, kind: 'index' as const })),
  ];
  for (const item of deferred) {
    await client.query(
      item.kind === 'constraint'
        ? `ALTER TABLE ${item.table} DROP CONSTRAINT "${item.name}"`
        : `DROP INDEX "${item.name}"`,
    );
  }
  for (const { table } of forced.rows) await client.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
  for (const table of tables) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  // Empty already; truncated in this transaction so that COPY can write the rows frozen.
  await client.query(`TRUNCATE ${tables.join(', ')}`);

  await load();

  for (const table of tables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  for (const { table } of forced.rows) await client.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  onStep?.('indexes');
  for (const item of deferred.filter((entry) => entry.kind === 'index')) await client.query(item.definition);
  onStep?.('constraints');
  // Unique constraints first: foreign keys may reference them.
  for (const item of deferred
    .filter((entry) => entry.kind === 'constraint')
    .sort((a, b) => Number(a.definition.startsWith('FOREIGN')) - Number(b.definition.startsWith('FOREIGN')))) {
    await client.query(`ALTER TABLE ${item.table} ADD CONSTRAINT "${item.name}" ${item.definition}`);
  }
}

/** Progress of a bulk load, one line of JSON per event on stdout, for the `npm run seed` tool to draw. */
export type SeedProgress =
  | { event: 'table'; table: string; total: number }
  | { event: 'rows'; table: string; rows: number }
  | { event: 'step'; step: string }
  | { event: 'done'; rows: number; seconds: number };

export function reportProgress(progress: SeedProgress): void {
  process.stdout.write(`${JSON.stringify({ seedProgress: progress })}\n`);
}

export type SeedScale = 'demo' | 'national';

/** A seed command's arguments: `--scale demo|national` (demo by default) and `--replace`. */
export function seedArguments(argv: readonly string[]): { scale: SeedScale; replace: boolean } {
  let scale: SeedScale = 'demo';
  let replace = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--replace') replace = true;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg === '--scale' ? argv[++i] : arg.slice('--scale='.length);
      if (value !== 'demo' && value !== 'national')
        throw new StartupError(`--scale must be demo or national; got ${value ?? 'nothing'}.`);
      scale = value;
    } else throw new StartupError(`unknown argument ${arg}; use --scale demo|national and --replace.`);
  }
  return { scale, replace };
}

/** Options of each service's national seed. */
export interface NationalSeedOptions<Scale> {
  /** Empty a database that has data instead of refusing. */
  replace?: boolean;
  /** Smaller figures than the national ones, for tests. */
  scale?: Scale;
  report?: (progress: SeedProgress) => void;
}

/** Streams rows into one table of a `bulkLoad`: its columns, how many rows to expect (for the progress bar) and the rows. */
export type CopyInto = (
  table: string,
  columns: readonly string[],
  total: number,
  rows: Iterable<CopyRow> | CopyBuffer,
) => Promise<void>;

/** What one service's national seed loads, and how it finishes. */
export interface BulkLoadPlan {
  /** The service's name, in progress steps and errors ("foundation", "mutual"). */
  service: string;
  /** The table whose rows say the database already has data; locked against writers for the load. */
  guardTable: string;
  /** The tables `load` fills, with their indexes and constraints deferred (`loadDeferred`). */
  loadedTables: readonly string[];
  /** The tables `--replace` empties (with CASCADE); the loaded ones when omitted. */
  replacedTables?: readonly string[];
  /** The statement that rebuilds the service's summary rows from the loaded rows, and those summary tables. */
  summaries: { sql: string; tables: readonly string[] };
}

/**
 * A national seed's whole run, in one transaction as the owner: refuses a
 * database that has data unless `replace`, loads with indexes and
 * constraints deferred, rebuilds the summaries, commits, then analyses every
 * table it wrote. `load` receives the COPY function that counts and reports
 * rows. A failure rolls everything back.
 */
export async function bulkLoad(
  ownerUrl: string,
  plan: BulkLoadPlan,
  { replace, report }: { replace: boolean; report: (progress: SeedProgress) => void },
  load: (copy: CopyInto) => Promise<void>,
): Promise<{ rows: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  let rows = 0;
  const copy: CopyInto = async (table, columns, total, data) => {
    report({ event: 'table', table, total });
    rows += await copyRows(client, table, columns, data, (count) => report({ event: 'rows', table, rows: count }), {
      freeze: true,
    });
  };
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`LOCK TABLE ${plan.guardTable} IN SHARE ROW EXCLUSIVE MODE`);
    const present = await client.query<{ present: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${plan.guardTable}) AS present`,
    );
    if (present.rows[0]?.present) {
      if (!replace)
        throw new Error(
          `the ${plan.service} database already has data; pass --replace to empty it and load the national data.`,
        );
      await client.query(`TRUNCATE ${(plan.replacedTables ?? plan.loadedTables).join(', ')} CASCADE`);
    }
    await loadDeferred(
      client,
      plan.loadedTables,
      () => load(copy),
      (step) => report({ event: 'step', step: `${plan.service} ${step}` }),
    );
    report({ event: 'step', step: `${plan.service} summaries` });
    await client.query(plan.summaries.sql);
    await client.query('COMMIT');
    report({ event: 'step', step: `${plan.service} analyse` });
    await client.query(`ANALYZE ${[...plan.loadedTables, ...plan.summaries.tables].join(', ')}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  report({ event: 'done', rows, seconds });
  return { rows, seconds };
}

/**
 * A service's seed command (`npm run seed -w <service>`), which then exits:
 * the demonstration data into an empty database (a no-op when data is
 * present), or with `--scale national` the national data set (`--replace`
 * empties a database that has data). It runs as the owner role.
 */
export function runSeedTask(
  service: 'foundation' | 'mutual',
  seeds: {
    demo: (ownerUrl: string) => Promise<{ seeded: boolean }>;
    national: (ownerUrl: string, options: { replace: boolean }) => Promise<{ rows: number; seconds: number }>;
  },
): void {
  runTask(`${service} seed`, createLogger(`${service}-seed`), async () => {
    const { scale, replace } = seedArguments(process.argv.slice(2));
    const url = serviceDatabaseUrls(service.toUpperCase()).migrationUrl;
    if (scale === 'national') {
      const { rows, seconds } = await seeds.national(url, { replace });
      return `national data loaded: ${rows} rows in ${seconds.toFixed(1)} s`;
    }
    const { seeded } = await seeds.demo(url);
    return seeded ? 'demonstration data loaded' : 'data already present; nothing seeded';
  });
}
