import type { DataSource } from 'typeorm';
import { createDataSource, queryPrepared, RequestScope } from '../index';
import { createTestDatabase, type TestDatabase } from '@dsp/testing';

const FIGURES =
  'SELECT region_code, sum(amount)::int AS total FROM payment WHERE region_code = ANY($1) GROUP BY region_code ORDER BY region_code';

describe('prepared statements in a request scope', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('foundation');
    dataSource = await createDataSource({
      url: database.ownerUrl,
      entities: [],
      applicationName: 'request-scope-test',
      poolSize: 1,
    }).initialize();
    await dataSource.query('CREATE TABLE payment (region_code text NOT NULL, amount integer NOT NULL)');
    await dataSource.query("INSERT INTO payment VALUES ('FES', 10), ('FES', 5), ('RABAT', 7), ('OUJDA', 1)");
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

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

  it('are plain queries outside a request scope', async () => {
    expect(await queryPrepared(dataSource.manager, 'payment_totals', FIGURES, [['RABAT']])).toEqual([
      { region_code: 'RABAT', total: 7 },
    ]);
  });
});
