import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { ROOT } from '../paths';

/** `npm run sql`, the README's way to run a statement without psql. */
let foundation: TestDatabase;
let mutual: TestDatabase;

beforeAll(async () => {
  [foundation, mutual] = await Promise.all([createTestDatabase('foundation'), createTestDatabase('mutual')]);
});
afterAll(() => Promise.all([foundation.drop(), mutual.drop()]));

function sql(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'dist', 'sql-cli.js'), ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      FOUNDATION_MIGRATION_DATABASE_URL: foundation.ownerUrl,
      MUTUAL_MIGRATION_DATABASE_URL: mutual.ownerUrl,
    },
    encoding: 'utf8',
    // A blocking call: jest's own timeout cannot stop it, so it stops itself.
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run sql', () => {
  it("runs a statement as the owner in the named service's database and prints its rows", async () => {
    const read = sql('mutual', "SELECT current_user AS role, current_database() AS database, 'فاس' AS name");
    expect(read).toMatchObject({ status: 0, stderr: '' });
    expect(read.stdout).toBe(
      `${JSON.stringify({ role: new URL(mutual.ownerUrl).username, database: new URL(mutual.ownerUrl).pathname.slice(1), name: 'فاس' })}\n`,
    );
    expect(sql('foundation', 'CREATE TABLE replay_check (n int)')).toMatchObject({ status: 0, stdout: 'CREATE 0\n' });
    expect(sql('foundation', 'INSERT INTO replay_check VALUES (1), (2)')).toMatchObject({
      status: 0,
      stdout: 'INSERT 2\n',
    });
    const check = new Client({ connectionString: foundation.superuserUrl });
    await check.connect();
    expect((await check.query('SELECT count(*)::int AS n FROM replay_check')).rows).toEqual([{ n: 2 }]);
    await check.end();
  });

  it('says what is wrong in one line: a bad statement, an unknown service', () => {
    const wrong = sql('mutual', 'SELECT * FROM no_such_table');
    expect(wrong).toMatchObject({ status: 1, stdout: '', stderr: 'sql: relation "no_such_table" does not exist\n' });
    expect(sql('registry', 'SELECT 1')).toMatchObject({
      status: 2,
      stderr: 'usage: npm run sql -- foundation|mutual "STATEMENT"\n',
    });
  });
});
