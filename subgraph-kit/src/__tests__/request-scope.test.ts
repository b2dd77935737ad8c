import type { DataSource } from 'typeorm';
import {
  enumLiterals,
  opaqueParameter,
  queryPrepared,
  RequestScope,
  StatementCounter,
  STATEMENTS_PER_CONNECTION,
} from '../index';
import { openTestDataSource } from './test-data-source';

const FIGURES =
  'SELECT region_code, sum(amount)::int AS total FROM payment WHERE region_code = ANY($1) GROUP BY region_code ORDER BY region_code';

describe('prepared statements in a request scope', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDataSource('request-scope-test', {
      poolSize: 1,
      setup: [
        'CREATE TABLE payment (region_code text NOT NULL, amount integer NOT NULL)',
        "INSERT INTO payment VALUES ('FES', 10), ('FES', 5), ('RABAT', 7), ('OUJDA', 1)",
      ],
    }));
  });
  afterAll(() => close());

  const preparedOnConnection = async (scope: RequestScope): Promise<string[]> =>
    (
      await (
        await scope.manager()
      ).query<Array<{ name: string }>>('SELECT name FROM pg_prepared_statements ORDER BY name')
    ).map((row) => row.name);

  it('answer as the plain statement does, and stay prepared on the connection for the next request', async () => {
    const plain: unknown = await dataSource.query(FIGURES, [['FES', 'RABAT']]);
    const first = new RequestScope(dataSource);
    const rows = await queryPrepared(await first.manager(), 'payment_totals', FIGURES, [['FES', 'RABAT']]);
    expect(rows).toEqual(plain);
    expect(rows).toEqual([
      { region_code: 'FES', total: 15 },
      { region_code: 'RABAT', total: 7 },
    ]);
    expect(await preparedOnConnection(first)).toEqual(['payment_totals']);
    await first.finish();

    // The pool has one connection, so the next request gets the same one: the statement is already prepared there.
    const second = new RequestScope(dataSource);
    expect(await queryPrepared(await second.manager(), 'payment_totals', FIGURES, [['OUJDA']])).toEqual([
      { region_code: 'OUJDA', total: 1 },
    ]);
    expect(await preparedOnConnection(second)).toEqual(['payment_totals']);
    await second.finish();
  });

  it('run in the request transaction, in turn with its other statements', async () => {
    const scope = new RequestScope(dataSource);
    const manager = await scope.manager();
    const [inserted, totals] = await Promise.all([
      manager.query<unknown[]>("INSERT INTO payment VALUES ('TANGER', 3)"),
      queryPrepared(manager, 'payment_totals', FIGURES, [['TANGER']]),
    ]);
    expect(inserted).toEqual([]);
    expect(totals).toEqual([{ region_code: 'TANGER', total: 3 }]);
    await scope.abort();
    expect(await dataSource.query(FIGURES, [['TANGER']])).toEqual([]);
  });

  it('fail as a query does, naming the statement, and leave the request usable after a savepoint', async () => {
    const scope = new RequestScope(dataSource);
    const manager = await scope.manager();
    await expect(
      scope.write((writer) => queryPrepared(writer, 'payment_broken', 'SELECT nothing FROM payment', [])),
    ).rejects.toThrow(/column "nothing" does not exist/);
    expect(await queryPrepared(manager, 'payment_totals', FIGURES, [['FES']])).toEqual([
      { region_code: 'FES', total: 15 },
    ]);
    await scope.finish();
  });

  it('lets writes started together take turns, each kept or undone alone', async () => {
    const scope = new RequestScope(dataSource);
    const results = await Promise.allSettled([
      scope.write((manager) => manager.query("INSERT INTO payment VALUES ('AGADIR', 1)")),
      scope.write((manager) => manager.query('INSERT INTO payment VALUES (NULL, 2)')),
      scope.write((manager) => manager.query("INSERT INTO payment VALUES ('AGADIR', 4)")),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await scope.finish();
    expect(await dataSource.query(FIGURES, [['AGADIR']])).toEqual([{ region_code: 'AGADIR', total: 5 }]);
  });

  it('keep their generic plan when the values are hidden from the planner, and answer the same', async () => {
    const opaque = FIGURES.replace('ANY($1)', `ANY(${opaqueParameter('$1', 'text[]')})`);
    const both: unknown = await dataSource.query(FIGURES, [['FES', 'RABAT']]);
    const one: unknown = await dataSource.query(FIGURES, [['OUJDA']]);
    const scope = new RequestScope(dataSource);
    const manager = await scope.manager();
    for (let run = 0; run < 8; run++) {
      const codes = run % 2 === 0 ? ['FES', 'RABAT'] : ['OUJDA'];
      expect(await queryPrepared(manager, 'payment_totals_opaque', opaque, [codes])).toEqual(
        run % 2 === 0 ? both : one,
      );
    }
    const [plans] = await manager.query<Array<{ generic_plans: string }>>(
      "SELECT generic_plans FROM pg_prepared_statements WHERE name = 'payment_totals_opaque'",
    );
    expect(Number(plans?.generic_plans)).toBeGreaterThan(0);
    await scope.finish();
  });

  it('take a set of enum values written in as literals, matching what the parameter matched, and refuse any other value', async () => {
    const REGIONS = ['FES', 'RABAT', 'OUJDA', "TAN'GER"];
    const written = (codes: string[]): string => FIGURES.replace('= ANY($1)', `IN (${enumLiterals(codes, REGIONS)})`);
    for (const codes of [['FES', 'RABAT'], ['OUJDA'], ["TAN'GER"], []]) {
      expect(await dataSource.query(written(codes))).toEqual(await dataSource.query(FIGURES, [codes]));
    }
    expect(written(["TAN'GER"])).toContain("IN ('TAN''GER')");
    expect(() => enumLiterals(['FES', "x') OR true --"], REGIONS)).toThrow(`"x') OR true --" is not one of`);
  });

  it('are plain queries outside a request scope', async () => {
    expect(await queryPrepared(dataSource.manager, 'payment_totals', FIGURES, [['RABAT']])).toEqual([
      { region_code: 'RABAT', total: 7 },
    ]);
  });
});

describe("a request's transaction and the caller's settings", () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  const statements = new StatementCounter();

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDataSource('request-scope-settings-test', {
      poolSize: 1,
      logger: statements,
      setup: [
        `CREATE FUNCTION guard_region(sub text, region text) RETURNS boolean LANGUAGE sql AS $$ SELECT sub = 'head-' || region $$`,
        'CREATE TABLE note (body text NOT NULL)',
      ],
    }));
  });
  afterAll(() => close());

  interface Seen {
    pid: number;
    role: string | null;
    region: string | null;
    sub: string | null;
  }
  // What a statement of the request reads: its connection and the settings.
  const seen = async (scope: RequestScope): Promise<Seen> => {
    const [row] = await (
      await scope.manager()
    ).query<Seen[]>(
      `SELECT pg_backend_pid() AS pid, current_setting('app.role', true) AS role, current_setting('app.region', true) AS region,
              current_setting('app.sub', true) AS sub`,
    );
    if (!row) throw new Error('no row');
    return row;
  };
  const sinceStart = async (scope: RequestScope): Promise<boolean> => {
    const manager = await scope.manager();
    const [first] = await manager.query<Array<{ at: string }>>('SELECT now()::text AS at');
    await manager.query('SELECT pg_sleep(0.01)');
    const [second] = await manager.query<Array<{ at: string }>>('SELECT now()::text AS at');
    // now() is the transaction's start: equal across statements only inside one transaction.
    return first?.at === second?.at;
  };

  it('sends each read with the settings, one round trip and no transaction, quoting any value', async () => {
    const awkward = 'O\'Brien \\ "x" ; SELECT 1 --';
    statements.reset();
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.sub': awkward });
    const settings = await seen(scope);
    expect(statements.count).toBe(1);
    expect(settings).toMatchObject({ role: 'AGENT', sub: awkward });
    expect(await sinceStart(scope)).toBe(false);
    await scope.finish();
    expect(statements.statements.filter((text) => /^\s*(START|COMMIT)/.test(text))).toEqual([]);
  });

  it('never shows the settings of one caller to the next caller on the same connection', async () => {
    const first = new RequestScope(dataSource, {
      'app.role': 'REGIONAL_HEAD',
      'app.region': 'FES',
      'app.sub': 'head-FES',
    });
    const firstSeen = await seen(first);
    expect(firstSeen).toMatchObject({ role: 'REGIONAL_HEAD', region: 'FES', sub: 'head-FES' });
    await first.finish();

    const second = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    const secondSeen = await seen(second);
    expect(secondSeen.pid).toBe(firstSeen.pid);
    expect(secondSeen).toMatchObject({ role: 'AGENT', region: '', sub: '' });
    await second.abort();

    const third = new RequestScope(dataSource);
    const thirdSeen = await seen(third);
    expect(thirdSeen.pid).toBe(firstSeen.pid);
    expect(thirdSeen).toMatchObject({ role: '', region: '', sub: '' });
    await third.finish();
  });

  it('sets the region only when the guard confirms it, asked once in one round trip, then its answer with every statement', async () => {
    const settings = (sub: string) => ({ 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': sub });
    statements.reset();
    const confirmed = new RequestScope(dataSource, settings('head-FES'), 'guard_region');
    expect(await confirmed.confirmsRegion()).toBe(true);
    expect(statements.count).toBe(1);
    expect((await seen(confirmed)).region).toBe('FES');
    await confirmed.finish();

    const refused = new RequestScope(dataSource, settings('head-RABAT'), 'guard_region');
    expect(await refused.confirmsRegion()).toBe(false);
    expect((await seen(refused)).region).toBe('');
    await refused.write((manager) => manager.query("INSERT INTO note VALUES ('refused head')"));
    expect((await seen(refused)).region).toBe('');
    await refused.abort();

    // Not asked first: every statement asks the guard itself.
    const unasked = new RequestScope(dataSource, settings('head-RABAT'), 'guard_region');
    expect((await seen(unasked)).region).toBe('');
    await unasked.finish();
  });

  it('opens the transaction with the settings at the first write, and runs the rest of the request in it', async () => {
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.sub': 'writer' });
    await seen(scope);
    statements.reset();
    await scope.write((manager) => manager.query("INSERT INTO note VALUES ('one statement')"));
    // START with the settings and the savepoint (which COMMIT keeps) in one message, then the write.
    expect(statements.count).toBe(2);
    expect(statements.statements[0]).toMatch(/^START TRANSACTION; SELECT set_config\(.*\); SAVEPOINT write_1$/);
    statements.reset();
    await scope.write((manager) => manager.query("INSERT INTO note VALUES ('two statements')"));
    expect(statements.count).toBe(2);
    expect(await seen(scope)).toMatchObject({ role: 'AGENT', sub: 'writer' });
    expect(await sinceStart(scope)).toBe(true);
    await scope.finish();
    expect(await dataSource.query("SELECT body FROM note WHERE body LIKE '% statement%' ORDER BY body")).toEqual([
      { body: 'one statement' },
      { body: 'two statements' },
    ]);
    await dataSource.query("DELETE FROM note WHERE body LIKE '% statement%'");
  });

  it('answers the reads a request makes while its first write opens the transaction, as they are answered alone', async () => {
    await dataSource.query("INSERT INTO note VALUES ('read beside a write')");
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.sub': 'reader' });
    const manager = await scope.manager();
    // A query builder's read, as a loader makes it: TypeORM asks the query runner for a structured result.
    const read = () =>
      manager
        .createQueryBuilder()
        .select('n.body', 'body')
        .from('note', 'n')
        .where("n.body = 'read beside a write'")
        .getRawMany<{ body: string }>();
    // A resolver logs what it shows (a write) while another field's loader reads, once the transaction is on its way.
    const write = scope.write((writer) => writer.query("INSERT INTO note VALUES ('the read log')"));
    await new Promise((resolve) => setImmediate(resolve));
    const [, rows] = await Promise.all([write, read()]);
    expect(rows).toEqual([{ body: 'read beside a write' }]);
    await scope.abort();
    await dataSource.query("DELETE FROM note WHERE body = 'read beside a write'");
  });

  it('refuses a transaction statement outside a write, and hands the connection back to the next request', async () => {
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    await expect((await scope.manager()).query('BEGIN')).rejects.toThrow(/writes go through RequestScope.write/);
    await scope.finish();
    const next = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    expect(await seen(next)).toMatchObject({ role: 'AGENT' });
    await next.finish();
  });

  it('commits writes with finish, undoes them with abort, and hands back a usable connection when the settings fail', async () => {
    const kept = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    await kept.write((manager) => manager.query("INSERT INTO note VALUES ('kept')"));
    await kept.finish();
    const undone = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    await undone.write((manager) => manager.query("INSERT INTO note VALUES ('undone')"));
    await undone.abort();
    expect(await dataSource.query('SELECT body FROM note')).toEqual([{ body: 'kept' }]);

    const broken = (): RequestScope =>
      new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.region': 'FES', 'app.sub': 'x' }, 'no_such_guard');
    const reading = broken();
    await expect(seen(reading)).rejects.toThrow(/no_such_guard/);
    await reading.finish();
    const writing = broken();
    await expect(writing.write((manager) => manager.query("INSERT INTO note VALUES ('never')"))).rejects.toThrow(
      /no_such_guard/,
    );
    await writing.abort();
    const after = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    expect(await seen(after)).toMatchObject({ role: 'AGENT', sub: '' });
    await after.write((manager) => manager.query("INSERT INTO note VALUES ('after')"));
    expect(await sinceStart(after)).toBe(true);
    await after.finish();
    expect(await dataSource.query('SELECT body FROM note ORDER BY body')).toEqual([
      { body: 'after' },
      { body: 'kept' },
    ]);
  });
});

describe("a request's statements with parameters", () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  const NOTES = 'SELECT body FROM region_note WHERE body LIKE $1 ORDER BY body';

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDataSource('request-scope-statements-test', {
      poolSize: 1,
      setup: [
        'CREATE TABLE region_note (region_code text NOT NULL, body text NOT NULL)',
        "INSERT INTO region_note VALUES ('FES', 'fes: first'), ('FES', 'fes: second'), ('RABAT', 'rabat: only')",
        'ALTER TABLE region_note ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY',
        "CREATE POLICY region_note_caller ON region_note USING (region_code = current_setting('app.region', true))",
      ],
    }));
  });
  afterAll(() => close());

  const requestStatements = async (scope: RequestScope) =>
    (await scope.manager()).query<Array<{ statement: string; generic_plans: string }>>(
      "SELECT statement, generic_plans FROM pg_prepared_statements WHERE name LIKE 'request\\_statement\\_%'",
    );

  it('are prepared once per connection, and a generic plan still answers each caller under their own settings', async () => {
    const notes = async (region: string): Promise<string[]> => {
      const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.region': region, 'app.sub': region });
      const rows = await (await scope.manager()).query<Array<{ body: string }>>(NOTES, ['%']);
      await scope.finish();
      return rows.map((row) => row.body);
    };
    // Ten requests on the pool's one connection, two callers in turn: past its first runs PostgreSQL plans it generically.
    for (let i = 0; i < 5; i++) {
      expect(await notes('FES')).toEqual(['fes: first', 'fes: second']);
      expect(await notes('RABAT')).toEqual(['rabat: only']);
    }
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT' });
    const prepared = await requestStatements(scope);
    await scope.finish();
    expect(prepared).toHaveLength(1);
    // The statement's text alone: none of the settings or values of the caller whose run prepared it.
    expect(prepared[0]?.statement).toBe(`PREPARE request_statement_0 AS ${NOTES}`);
    expect(Number(prepared[0]?.generic_plans)).toBeGreaterThan(0);
  });

  it('take every kind of value as the extended protocol takes it, on their first, second and later runs', async () => {
    const KINDS = `SELECT $1::text AS text, $2::int AS int, $3::boolean AS bool, $4::text[] AS list, $5::timestamptz AS at,
      $6::bytea AS bytes, $7::jsonb AS json, $8::numeric AS amount, $9::date AS day, $10::uuid[] AS ids`;
    const values = [
      'O\'Brien \\ "x" ; -- $1',
      -42,
      true,
      ['a', 'b"c', null, "d'e", '{f}'],
      new Date('2026-12-05T01:02:03.456Z'),
      Buffer.from([0, 1, 39, 92, 255]),
      { quote: "it's", nested: [1, null] },
      '12.50',
      '2026-12-05',
      ['6f1d8f0e-9a57-4d5b-8f3c-0a1b2c3d4e5f'],
    ];
    for (const set of [values, values.map(() => null)]) {
      const expected: unknown = await dataSource.query(KINDS, set);
      const scope = new RequestScope(dataSource, { 'app.role': 'AGENT' });
      const manager = await scope.manager();
      for (let run = 0; run < 3; run++) expect(await manager.query(KINDS, set)).toEqual(expected);
      await scope.finish();
    }
  });

  it('leave nothing prepared behind when a statement fails, and run it again once it can', async () => {
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.region': 'FES', 'app.sub': 'x' });
    const manager = await scope.manager();
    const failing = 'SELECT 1 / $1::int AS ratio';
    for (let run = 0; run < 3; run++) await expect(manager.query(failing, [0])).rejects.toThrow(/division by zero/);
    expect(await manager.query(failing, [1])).toEqual([{ ratio: 1 }]);
    expect(await manager.query(failing, [1])).toEqual([{ ratio: 1 }]);
    await scope.finish();
  });

  it('end before the connection goes to the next request, even when the answer was sent first; any sent after it is refused', async () => {
    const fes = { 'app.role': 'AGENT', 'app.region': 'FES', 'app.sub': 'x' };
    const FES_NOTES = 'SELECT body FROM region_note WHERE body LIKE $1 AND length(body) > $2 ORDER BY body';
    const COUNT = 'SELECT count(*)::int AS notes FROM region_note WHERE body LIKE $1';
    // Each text run once on the pool's one connection: its next run prepares it.
    const earlier = new RequestScope(dataSource, fes);
    await (await earlier.manager()).query(FES_NOTES, ['%', 0]);
    await (await earlier.manager()).query(COUNT, ['%']);
    await earlier.finish();

    // GraphQL answers as soon as a non-null field fails, while the request's other fields may still be reading: the answer ends the request.
    const answered = new RequestScope(dataSource, fes);
    const manager = await answered.manager();
    const stillReading = manager.query<Array<{ body: string }>>(FES_NOTES, ['%', 0]);
    const finished = answered.finish();
    await expect(manager.query(COUNT, ['%'])).rejects.toThrow('The request has already finished with the database.');
    const next = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.region': 'RABAT', 'app.sub': 'y' });
    const nextCount = (await next.manager()).query<Array<{ notes: number }>>(COUNT, ['%']);

    expect(await stillReading).toEqual([{ body: 'fes: first' }, { body: 'fes: second' }]);
    expect(await nextCount).toEqual([{ notes: 1 }]);
    await finished;
    await next.finish();
  });

  it(`are prepared on their second run, at most ${STATEMENTS_PER_CONNECTION} texts a connection, and every text past them still answers`, async () => {
    const scope = new RequestScope(dataSource, { 'app.role': 'AGENT', 'app.region': 'RABAT', 'app.sub': 'x' });
    const manager = await scope.manager();
    const run = async (i: number) => {
      const rows = await manager.query<Array<{ body: string; n: number }>>(
        `SELECT body, $2::int AS n FROM region_note WHERE body LIKE $1 /* ${i} */`,
        ['%', i],
      );
      expect(rows).toEqual([{ body: 'rabat: only', n: i }]);
    };
    // Run once, not prepared: only the previous tests' texts are, on the pool's one connection.
    const before = (await requestStatements(scope)).length;
    await run(-1);
    expect(await requestStatements(scope)).toHaveLength(before);
    for (let i = 0; i < STATEMENTS_PER_CONNECTION + 5; i++) {
      await run(i);
      await run(i);
    }
    expect(await requestStatements(scope)).toHaveLength(STATEMENTS_PER_CONNECTION);
    await scope.finish();
  });
});
