import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { Caller } from '@dsp/common';
import { prepareValue } from 'pg/lib/utils';

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
 * The one way a request reaches the database, shared by every resolver and
 * loader of the request on one pooled connection, with the caller's
 * settings applied to every statement and ended when the response is sent.
 *
 * With settings (a caller's request), reads need no transaction of their
 * own: each statement goes out in one message with the settings before it
 * (`SELECT set_config(..., true), ...; EXECUTE ...`), which PostgreSQL runs
 * as one implicit transaction, so the settings hold for that statement and
 * end with it. One round trip per statement, where an opened transaction
 * costs two more (START with the settings, and COMMIT). Under READ COMMITTED
 * every statement of a transaction takes a new snapshot anyway, so the reads
 * see what they would have seen inside one. The first write opens the
 * transaction (START, the settings and its savepoint in one message) that
 * the rest of the request then runs
 * in; writes run in a savepoint inside it, so a failed mutation leaves
 * nothing behind while the rest of the request stands. Without settings
 * (the service's own work), the transaction is opened on first use.
 */
export class RequestScope {
  private runner: Promise<QueryRunner> | undefined;
  private transaction: Promise<void> | undefined;
  private savepoints = 0;
  private closed = false;
  /** Whether the guard confirmed the region: once known, later statements state the answer instead of asking again. */
  private regionConfirmed: boolean | undefined;
  private confirming: Promise<boolean> | undefined;
  /** The connection's statement queue, once connected. */
  private queue: StatementQueue | undefined;

  /**
   * `regionGuard` names a SQL function (sub, region) → boolean: when given,
   * app.region is set only if it answers true, asked in the statement that
   * applies the settings until it has answered once (confirmsRegion), so the
   * database grants nothing regional to a caller it does not confirm.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: ScopeSettings = {},
    private readonly regionGuard?: string,
  ) {}

  /** Whether `regionGuard` confirmed the caller's region (one round trip, the first time); true without a guard. */
  confirmsRegion(): Promise<boolean> {
    if (!this.guarded()) return Promise.resolve(true);
    this.confirming ??= this.confirm();
    return this.confirming;
  }

  /** The request's entity manager, on its connection. */
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
    const name = `${SAVEPOINT}${++this.savepoints}`;
    if (this.transaction) {
      await this.transaction;
      await runner.query(`SAVEPOINT ${name}`);
    } else {
      this.transaction = this.openTransaction(runner, name);
      await this.transaction;
    }
    try {
      return await work(runner.manager);
    } catch (error) {
      await runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /** Commits what was written and returns the connection to the pool. */
  async finish(): Promise<void> {
    await this.end((runner) => runner.commitTransaction());
  }

  /** Ends the transaction without keeping anything (the request failed). */
  async abort(): Promise<void> {
    await this.end((runner) => runner.rollbackTransaction());
  }

  private async end(close: (runner: QueryRunner) => Promise<void>): Promise<void> {
    if (this.closed) return;
    // GraphQL answers as soon as a non-null field fails, while other fields may still be running: nothing new
    // starts, the writes under way end (undone when refused a statement), and so does every statement already
    // queued, before the transaction ends and the connection goes to a request whose statements must never meet them.
    this.closed = true;
    if (!this.runner) return;
    const runner = await this.runner;
    try {
      await this.writes;
      await this.transaction?.catch(() => undefined);
      await this.queue?.idle();
      if (runner.isTransactionActive) {
        try {
          await close(runner);
        } catch (error) {
          await runner.rollbackTransaction().catch(() => undefined);
          throw error;
        }
      }
    } finally {
      const client = (await runner.connect()) as StatementsClient;
      client[SETTINGS] = undefined;
      await runner.release();
    }
  }

  private guarded(): boolean {
    return this.regionGuard !== undefined && this.settings['app.sub'] !== undefined && 'app.region' in this.settings;
  }

  private queryRunner(): Promise<QueryRunner> {
    if (this.closed) return Promise.reject(new Error(FINISHED));
    this.runner ??= this.connect();
    return this.runner;
  }

  private async connect(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as StatementsClient;
    this.queue = serialiseQueries(runner, () => this.closed);
    keepStatementsPrepared(client);
    if (Object.keys(this.settings).length === 0) {
      try {
        await runner.startTransaction();
      } catch (error) {
        await runner.release();
        throw error;
      }
      this.transaction = Promise.resolve();
    } else {
      client[SETTINGS] = () => `SELECT ${this.settingsList((value) => client.escapeLiteral(value))}`;
    }
    return runner;
  }

  /** Asks the guard alone, in the statement that applies the settings, outside any transaction. */
  private async confirm(): Promise<boolean> {
    const runner = await this.queryRunner();
    const client = (await runner.connect()) as StatementsClient;
    const text = `SELECT ${this.settingsList((value) => client.escapeLiteral(value))}`;
    const rows = (await runner.query(text)) as Array<{ region?: string }>;
    this.regionConfirmed ??= rows[0]?.region !== '';
    return this.regionConfirmed;
  }

  /**
   * Opens the request's transaction for its first write: START, the settings
   * and the write's savepoint in one simple-protocol message (that protocol
   * takes no parameters, hence the quoted literals), after the statements
   * already queued on the connection. TypeORM opens the transaction itself
   * (its state and its subscribers' events stay its own); only the statement
   * it sends is replaced.
   */
  private async openTransaction(runner: QueryRunner, savepoint: string): Promise<void> {
    const client = (await runner.connect()) as StatementsClient;
    const text = `START TRANSACTION; SELECT ${this.settingsList((value) => client.escapeLiteral(value))}; SAVEPOINT ${savepoint}`;
    const query = runner.query.bind(runner);
    const queue = this.queue;
    if (!queue) throw new Error('The request connection has no statement queue.');
    let opened = false;
    // Only TypeORM's START is replaced: any other statement sent meanwhile (a loader's read) goes out as it came,
    // with every argument (a query builder asks for a structured result).
    const passOn = query as (...args: unknown[]) => Promise<unknown>;
    runner.query = (async (statement: string, ...rest: unknown[]) => {
      if (statement !== 'START TRANSACTION') return await passOn(statement, ...rest);
      await queue.inTurn(async () => {
        // From here on the transaction carries the settings: statements go out as they are.
        client[SETTINGS] = undefined;
        runner.connection.logger.logQuery(text, [], runner);
        await client.query(text).catch((error: unknown) => {
          runner.connection.logger.logQueryError(error instanceof Error ? error : String(error), text, [], runner);
          throw new QueryFailedError(text, [], error as Error);
        });
      });
      opened = true;
      return undefined;
    }) as QueryRunner['query'];
    try {
      await runner.startTransaction();
    } catch (error) {
      // START may have been run and the settings refused: hand the connection back out of the failed transaction.
      if (client[SETTINGS] === undefined) await Promise.resolve(client.query('ROLLBACK')).catch(() => undefined);
      throw error;
    } finally {
      runner.query = query;
    }
    if (!opened) throw new Error('TypeORM opened the transaction without START TRANSACTION');
  }

  /**
   * The set_config calls of the caller's settings, values given by `literal`.
   * With a region guard, app.region is set only when the guard confirms it
   * (column `region`: '' when refused); once it has answered, its answer.
   */
  private settingsList(literal: (value: string) => string): string {
    const sub = this.settings['app.sub'];
    return Object.entries(this.settings)
      .map(([key, value]) => {
        if (key !== 'app.region' || !this.regionGuard || sub === undefined)
          return `set_config(${literal(key)}, ${literal(value)}, true)`;
        const region =
          this.regionConfirmed === undefined
            ? `CASE WHEN ${this.regionGuard}(${literal(sub)}::text, ${literal(value)}::text) THEN ${literal(value)} ELSE '' END`
            : literal(this.regionConfirmed ? value : '');
        return `set_config(${literal(key)}, ${region}, true) AS region`;
      })
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

/**
 * Where a request scope that has no transaction open puts the statement of
 * its caller's settings, which goes out with each of its statements (see
 * RequestScope); unset once the transaction carries them, and when the
 * connection goes back to the pool.
 */
const SETTINGS = Symbol('settings');

type StatementsClient = PgClient & {
  [STATEMENTS]?: ConnectionStatements;
  [SETTINGS]?: () => string;
  /** node-postgres's record of the statements it has prepared on the connection, by name. */
  connection: { parsedStatements: Record<string, string> };
};

/** A transaction's own statements, refused where the settings go with each statement (RequestScope.write opens it). */
const TRANSACTION_CONTROL =
  /^\s*(START|BEGIN|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE|EXECUTE|DEALLOCATE)\b/i;

/** A statement's name while it runs once, prepared and deallocated in the same message. */
const RUN_ONCE = 'request_statement_once';

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
    const settings = client[SETTINGS];
    if (
      settings &&
      typeof config === 'string' &&
      rest.length === 0 &&
      (values === undefined || Array.isArray(values))
    ) {
      return withSettings(client, query, statements, settings(), config, (values ?? []) as unknown[]);
    }
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

/** The prefix of a write's savepoint, numbered in the request. */
const SAVEPOINT = 'write_';

/** What a request that has answered is told when it sends another statement. */
const FINISHED = 'The request has already finished with the database.';

/** What a request may still send once it has answered: the end of its transaction, and a write undoing its savepoint. */
const ENDING = new RegExp(`^(COMMIT|ROLLBACK(?: TO SAVEPOINT ${SAVEPOINT}\\d+)?)$`);

interface StatementQueue {
  /** Runs `work` once the statements queued before it have ended. */
  inTurn<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once every statement queued so far has ended. */
  idle(): Promise<void>;
}

/**
 * A request's resolvers and loaders run concurrently but share one
 * connection, and a PostgreSQL connection runs one statement at a time: queue
 * them here, in order, rather than rely on pg's implicit queue (deprecated).
 * Once `finished` answers true, every statement but the ENDING ones is refused.
 */
function serialiseQueries(runner: QueryRunner, finished: () => boolean): StatementQueue {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  const queue: StatementQueue = {
    inTurn: <T>(work: () => Promise<T>): Promise<T> => {
      const result = tail.then(work);
      tail = result.catch(() => undefined);
      return result;
    },
    idle: async () => void (await tail),
  };
  runner.query = ((...args: Parameters<QueryRunner['query']>) =>
    finished() && !ENDING.test(args[0])
      ? Promise.reject(new Error(FINISHED))
      : queue.inTurn(() => query(...args))) as QueryRunner['query'];
  return queue;
}

/**
 * Runs `text` with `values` after `settings`, in one simple-protocol message
 * that PostgreSQL runs as one implicit transaction, and answers with the
 * statement's own result. A statement kept prepared on the connection runs
 * as `EXECUTE name(values)`; the values are written as quoted literals of
 * what node-postgres would have sent as text parameters (its prepareValue),
 * which PostgreSQL converts with the same input functions. A statement run
 * the second time is prepared (`PREPARE name AS text`) and kept, as
 * keepStatementsPrepared keeps it on the extended protocol, whose prepared
 * statements share these names: in a message of its own, once per text and
 * connection, so that PostgreSQL keeps the text alone, never a caller's
 * settings or values. The first time, it is prepared and deallocated in the
 * same message as it runs.
 */
async function withSettings(
  client: StatementsClient,
  query: (...args: unknown[]) => unknown,
  { prepared, seenOnce }: ConnectionStatements,
  settings: string,
  text: string,
  values: readonly unknown[],
): Promise<unknown> {
  if (text === settings) return query(text);
  if (TRANSACTION_CONTROL.test(text)) {
    throw new Error(`"${text.slice(0, 40)}" outside a transaction: writes go through RequestScope.write.`);
  }
  const send = async (message: string): Promise<Array<{ rows: unknown[] }>> =>
    (await query(message)) as Array<{ rows: unknown[] }>;
  if (values.length === 0) return (await send(`${settings}; ${text}`)).at(-1);

  const parsed = client.connection.parsedStatements;
  let name = prepared.get(text);
  let keep = false;
  if (name === undefined && prepared.size < STATEMENTS_PER_CONNECTION && seenOnce.delete(text)) {
    name = `request_statement_${prepared.size}`;
    keep = true;
  } else if (name === undefined) {
    if (seenOnce.size >= TEXTS_SEEN_ONCE) seenOnce.clear();
    seenOnce.add(text);
  } else {
    keep = parsed[name] !== text;
  }
  const once = name === undefined;
  const statement = name ?? RUN_ONCE;
  if (keep) {
    // Alone, so that PostgreSQL keeps the statement's own text, not the caller's settings and values it ran with.
    await query(`PREPARE ${statement} AS ${text}`);
    prepared.set(text, statement);
    parsed[statement] = text;
  }
  const literals = values.map((value) => {
    const sent = prepareValue(value);
    if (sent === null) return 'NULL';
    return Buffer.isBuffer(sent) ? `'\\x${sent.toString('hex')}'` : client.escapeLiteral(sent);
  });
  const message = [
    settings,
    ...(once ? [`PREPARE ${statement} AS ${text}`] : []),
    `EXECUTE ${statement}(${literals.join(', ')})`,
    ...(once ? [`DEALLOCATE ${statement}`] : []),
  ].join('; ');
  try {
    return (await send(message))[once ? 2 : 1];
  } catch (error) {
    // A failed message is rolled back, but a statement it prepared stays prepared.
    if (once) await Promise.resolve(query(`DEALLOCATE ${statement}`)).catch(() => undefined);
    throw error;
  }
}
