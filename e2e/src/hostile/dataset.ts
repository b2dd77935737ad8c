import { Client } from 'pg';

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * What is hashed of a table's rows, when not the whole row: the mutual's
 * reader of the registry feed writes its heartbeat (applied_at, failed_at,
 * last_error) on every poll, in the background, whatever the requests do;
 * the cursor itself still counts.
 */
const ROW_TEXT: Readonly<Record<string, string>> = { registry_feed_cursor: '(t.id, t.sequence, t.updated_at)::text' };

/** A whole database's state: per table, its row count and an order-independent hash of its rows. */
export type DatabaseFingerprint = Record<string, string>;

/**
 * Every table of a database (its `public` schema), read as superuser so
 * row-level security hides nothing: "rows:hash", where the hash sums a 64-bit
 * hash of each row's text, so it needs no sort and any changed, added or
 * removed row changes it.
 */
export class Fingerprinter {
  private sql = '';

  private constructor(private readonly client: Client) {}

  static async open(superuserUrl: string): Promise<Fingerprinter> {
    const client = new Client({ connectionString: superuserUrl });
    await client.connect();
    const fingerprinter = new Fingerprinter(client);
    const { rows } = await client.query<{ name: string }>(
      "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    fingerprinter.sql = rows
      .map(
        ({ name }) =>
          `SELECT ${client.escapeLiteral(name)} AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(${ROW_TEXT[name] ?? 't::text'}, 0)), 0)::text AS print FROM ${quote(name)} t`,
      )
      .join(' UNION ALL ');
    return fingerprinter;
  }

  async take(): Promise<DatabaseFingerprint> {
    const { rows } = await this.client.query<{ name: string; print: string }>(this.sql);
    return Object.fromEntries(rows.map((row) => [row.name, row.print]));
  }

  query<Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return this.client.query<Row & Record<string, unknown>>(sql, values).then((result) => result.rows);
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/**
 * Deletes, as superuser and with foreign keys and triggers off for the
 * session, every row that references (through any foreign key, followed
 * until nothing more goes) a row that `keep` deleted: what remains is a
 * consistent small copy of the demonstration data, whatever tables the
 * migrations add later.
 */
export async function shrinkDatabase(superuserUrl: string, keep: string[]): Promise<void> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    for (const statement of keep) await client.query(statement);
    const { rows: keys } = await client.query<{
      child: string;
      parent: string;
      child_columns: string[];
      parent_columns: string[];
    }>(`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS child_columns,
             (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS parent_columns
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`);
    for (let deleted = 1; deleted > 0;) {
      deleted = 0;
      for (const key of keys) {
        const matches = key.child_columns
          .map((column, i) => `p.${quote(key.parent_columns[i] ?? '')} = c.${quote(column)}`)
          .join(' AND ');
        const present = key.child_columns.map((column) => `c.${quote(column)} IS NOT NULL`).join(' AND ');
        const result = await client.query(
          `DELETE FROM ${key.child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${matches})`,
        );
        deleted += result.rowCount ?? 0;
      }
    }
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
