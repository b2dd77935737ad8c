import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { Caller } from '@dsp/common';

/**
 * Settings that row-level security policies read with current_setting(); set
 * with set_config(..., true) so they last only for the current transaction
 * and never leak to the next user of a pooled connection.
 */
export type ScopeSettings = Record<string, string>;

/**
 * The settings row-level security policies read: the caller's role, region
 * ('' for national roles) and subject. An unset or empty value gives no
 * access.
 */
export function callerSettings(caller: Caller): ScopeSettings {
  return { 'app.role': caller.role, 'app.region': caller.region ?? '', 'app.sub': caller.sub };
}

/**
 * The one way a request reaches the database: a transaction opened on first
 * use, with the caller's settings applied, shared by every resolver and
 * loader of the request, and ended when the response is sent. Writes run in a
 * savepoint inside it, so a failed mutation leaves nothing behind while the
 * rest of the request stands.
 */
export class RequestScope {
  private runner: Promise<QueryRunner> | undefined;
  private savepoints = 0;
  private closed = false;

  private regionConfirmed: boolean | undefined;

  /**
   * `regionGuard` names a SQL function (sub, region) → boolean: when given,
   * app.region is set only if it answers true, in the statement that applies
   * the settings (no extra round trip), so the database grants nothing
   * regional to a caller it does not confirm.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: ScopeSettings = {},
    private readonly regionGuard?: string,
  ) {}

  /** Whether `regionGuard` confirmed the caller's region (opens the transaction); true without a guard. */
  async confirmsRegion(): Promise<boolean> {
    await this.queryRunner();
    return this.regionConfirmed ?? true;
  }

  /** The request's entity manager, bound to its transaction. */
  async manager(): Promise<EntityManager> {
    return (await this.queryRunner()).manager;
  }

  /**
   * Runs `work` in a savepoint: all of it is kept, or none of it. The
   * savepoint is not released when the work succeeds: COMMIT keeps it with
   * the rest of the transaction, as RELEASE would have, and the request is
   * spared a round trip per write. Writes of one request take turns: a
   * write's ROLLBACK TO its savepoint also undoes the savepoints opened
   * after it.
   */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = this.writes.then(() => this.writeAlone(work));
    this.writes = result.catch(() => undefined);
    return result;
  }

  private writes: Promise<unknown> = Promise.resolve();

  private async writeAlone<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = await this.queryRunner();
    const name = `write_${++this.savepoints}`;
    await runner.query(`SAVEPOINT ${name}`);
    try {
      return await work(runner.manager);
    } catch (error) {
      await runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /** Commits what was written and returns the connection to the pool. */
  async finish(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.runner) return;
    const runner = await this.runner;
    try {
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Ends the transaction without keeping anything (the request failed). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.runner) return;
    const runner = await this.runner;
    try {
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  }

  private queryRunner(): Promise<QueryRunner> {
    if (this.closed) return Promise.reject(new Error('The request has already finished with the database.'));
    this.runner ??= this.open();
    return this.runner;
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    serialiseQueries(runner);
    const client = (await runner.connect()) as PgClient;
    keepStatementsPrepared(client);
    try {
      if (Object.keys(this.settings).length === 0) {
        await runner.startTransaction();
        return runner;
      }
      // One round trip: a simple-protocol message of two statements opens the
      // transaction and applies the settings (transaction-local, so they end
      // with it). That protocol takes no parameters, hence the quoted literals.
      // TypeORM opens the transaction itself (its state and its subscribers'
      // events stay its own); only the statement it sends is replaced.
      const text = `START TRANSACTION; SELECT ${this.settingsList((value) => client.escapeLiteral(value))}`;
      const query = runner.query.bind(runner);
      let results: Awaited<ReturnType<PgClient['query']>> | undefined;
      runner.query = (async (statement: string, parameters?: unknown[]) => {
        if (statement !== 'START TRANSACTION') return (await query(statement, parameters)) as unknown;
        runner.connection.logger.logQuery(text, [], runner);
        results = await client.query(text).catch((error: unknown) => {
          runner.connection.logger.logQueryError(error instanceof Error ? error : String(error), text, [], runner);
          throw new QueryFailedError(text, [], error as Error);
        });
        return undefined;
      }) as QueryRunner['query'];
      try {
        await runner.startTransaction();
      } finally {
        runner.query = query;
      }
      if (results === undefined) throw new Error('TypeORM opened the transaction without START TRANSACTION');
      const [row] = (Array.isArray(results) ? (results[1]?.rows ?? []) : []) as { region?: string }[];
      if (row?.region !== undefined) this.regionConfirmed = row.region !== '';
      return runner;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  /**
   * The set_config calls of the caller's settings, values given by `literal`.
   * With a region guard, app.region is set only when the guard confirms it
   * (column `region`: '' when refused).
   */
  private settingsList(literal: (value: string) => string): string {
    const sub = this.settings['app.sub'];
    return Object.entries(this.settings)
      .map(([key, value]) =>
        key === 'app.region' && this.regionGuard && sub !== undefined
          ? `set_config(${literal(key)}, CASE WHEN ${this.regionGuard}(${literal(sub)}::text, ${literal(value)}::text) THEN ${literal(value)} ELSE '' END, true) AS region`
          : `set_config(${literal(key)}, ${literal(value)}, true)`,
      )
      .join(', ');
  }
}

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  /** A simple-protocol message: one result per statement when it holds several. */
  query(text: string): Promise<Array<{ rows: unknown[] }> | { rows: unknown[] }>;
  escapeLiteral(value: string): string;
}

/**
 * Runs `text` as a statement PostgreSQL keeps prepared under `name` on the
 * request's connection from its first run (keepStatementsPrepared prepares
 * other statements from their second), for a statement that should keep its
 * generic plan with its keys hidden by `opaqueParameter`. `name` must stand
 * for this one text everywhere. Outside a request's scope (a plain manager)
 * it is an ordinary query. It goes through the request's queue and its query
 * logger like any other statement.
 */
export async function queryPrepared<Row>(
  manager: EntityManager,
  name: string,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const runner = manager.queryRunner;
  const statements = runner ? ((await runner.connect()) as StatementsClient)[STATEMENTS] : undefined;
  if (statements && !statements.prepared.has(text)) statements.prepared.set(text, name);
  return manager.query(text, [...values]);
}

/**
 * `parameter` as a value the planner cannot see:
 * `code = ANY(${opaqueParameter('$1', 'text[]')})`. While
 * a plan made for the values at hand looks cheaper than the generic one,
 * PostgreSQL plans a prepared statement afresh on every run; with the values
 * hidden both plans cost the same, and it keeps the generic plan after five
 * runs. For lookups by key, where the values do not change the best plan.
 */
export function opaqueParameter(parameter: string, type: string): string {
  return `(SELECT ${parameter}::${type})::${type}`;
}

/**
 * `values`, each one of `allowed` (an enum's values, never a caller's text),
 * written into a statement as a list of quoted literals: `status IN
 * (${enumLiterals(statuses, STATUSES)})`. The planner then knows them in
 * every plan, generic ones included, as it knows a constant, and proves the
 * partial indexes that name them; a statement with the values as a parameter
 * is planned afresh on every run, or falls to a generic plan made for no
 * value in particular (over every status, 15 ms for a queue page that takes
 * 0.5 ms). One text per set of values: use it where the sets are few, as a
 * queue's statuses. An empty list matches nothing. Throws on a value outside
 * `allowed`.
 */
export function enumLiterals(values: readonly string[], allowed: readonly string[]): string {
  const unknown = values.find((value) => !allowed.includes(value));
  if (unknown !== undefined) throw new Error(`"${unknown}" is not one of ${allowed.join(', ')}.`);
  return values.length === 0 ? 'NULL' : values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

/** Where a connection keeps the statement texts it has seen and prepared (see keepStatementsPrepared). */
const STATEMENTS = Symbol('statements');

/**
 * Most statement texts one connection keeps prepared: about 30 kB each in
 * PostgreSQL's memory with their plan (measured on the mixed load's
 * statements), so at most 3 MB per connection. Past it, a new text is
 * planned on every run, as without the cache; the pool closes idle
 * connections after 30 s, and their successors start afresh.
 */
export const STATEMENTS_PER_CONNECTION = 100;

/** Most texts a connection remembers having seen once; the list starts again when full. */
const TEXTS_SEEN_ONCE = 1_000;

interface ConnectionStatements {
  /** Prepared texts and their names (queryPrepared's among them). */
  prepared: Map<string, string>;
  /** Texts run once, not prepared yet. */
  seenOnce: Set<string>;
}

type StatementsClient = PgClient & { [STATEMENTS]?: ConnectionStatements };

/**
 * Makes a connection keep the statements with parameters that requests send
 * again (TypeORM's among them) prepared under names of their own, as pgx
 * and postgres.js do by default: PostgreSQL parses such a statement once per
 * connection, plans it on its first runs, then runs it from a generic plan
 * when that costs no more than planning afresh. Under row-level security
 * planning is most of a short statement's cost, the policies' subqueries
 * and functions being expanded each time (over the bench's mixed load at
 * national scale: 3.1 s of planning for 5.9 s of execution; zeroing a
 * rejected claim's lines took 5.8 ms to plan and 0.2 ms to run). A text is
 * prepared on its second run, so texts made once (a list of a given length)
 * take no place. node-postgres prepares a statement when given a name and
 * recognises one it has prepared by that name, so this only names texts.
 * Settings and policies are read when a statement runs, never when it is
 * planned, so a generic plan serves every caller alike; PostgreSQL replans
 * when a table or function it uses changes. Once a request has used a
 * pooled connection, the statements sent on it outside requests (the
 * mutual's registry feed consumer, for one) are kept prepared alike.
 */
function keepStatementsPrepared(client: StatementsClient): void {
  if (client[STATEMENTS]) return;
  const statements: ConnectionStatements = { prepared: new Map(), seenOnce: new Set() };
  client[STATEMENTS] = statements;
  const { prepared, seenOnce } = statements;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0 || rest.length > 0) {
      return query(config, values, ...rest);
    }
    let name = prepared.get(config);
    if (name === undefined && prepared.size < STATEMENTS_PER_CONNECTION) {
      if (seenOnce.delete(config)) {
        name = `request_statement_${prepared.size}`;
        prepared.set(config, name);
      } else {
        if (seenOnce.size >= TEXTS_SEEN_ONCE) seenOnce.clear();
        seenOnce.add(config);
      }
    }
    return name === undefined ? query(config, values) : query({ name, text: config, values });
  }) as PgClient['query'];
}

/**
 * A request's resolvers and loaders run concurrently but share one
 * connection, and a PostgreSQL connection runs one statement at a time: queue
 * them here, in order, rather than rely on pg's implicit queue (deprecated).
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const result = tail.then(() => query(...args));
    tail = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}
