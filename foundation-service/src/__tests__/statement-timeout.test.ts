import { Client } from 'pg';
import { startFoundationUnderTest, type FoundationUnderTest } from '../testing/foundation-test-server';

const FES_AGENT = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' } as const;
const SEARCH = 'query { officers(region: "FES", search: "said") { totalCount } }';
const REGISTER = 'mutation ($input: RegisterOfficerInput!) { registerOfficer(input: $input) { matricule } }';

/**
 * A statement that runs past the service's statement_timeout (here a wait on
 * a lock someone else holds, as a runaway query or a stuck transaction would
 * make it) is stopped: the caller is told in words, nothing is written, and
 * the connection serves the next request.
 */
describe('a statement past its time', () => {
  let foundation: FoundationUnderTest;
  let blocker: Client;

  beforeAll(async () => {
    foundation = await startFoundationUnderTest({ statementTimeoutMs: 300, poolSize: 1 });
    blocker = new Client({ connectionString: foundation.database.superuserUrl });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker.end();
    await foundation.stop();
  });

  it('is stopped with TIMEOUT, writes nothing, and leaves the service answering', async () => {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE officer IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const search = await foundation.query<{ officers: unknown }>(SEARCH);
    const registration = await foundation.query<{ registerOfficer: unknown }>(
      REGISTER,
      {
        input: {
          matricule: '990001',
          firstNameAr: 'يوسف',
          lastNameAr: 'العلوي',
          firstNameLatin: 'Youssef',
          lastNameLatin: 'Alaoui',
          rank: 'INSPECTEUR',
          regionCode: 'FES',
          birthDate: '1995-03-14',
          serviceStartDate: '2020-09-01',
          idempotencyKey: 'timeout-registration',
        },
      },
      FES_AGENT,
    );
    await blocker.query('ROLLBACK');

    expect(Date.now() - started).toBeLessThan(5_000);
    for (const answer of [search, registration]) {
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['TIMEOUT']);
      expect(answer.errors?.[0]?.message).toMatch(/took too long.*nothing was changed/);
    }
    expect(await foundation.sql('SELECT 1 FROM officer WHERE matricule = $1', ['990001'])).toEqual([]);
    expect(await foundation.sql("SELECT 1 FROM idempotency_key WHERE key = 'timeout-registration'")).toEqual([]);

    const again = await foundation.query<{ officers: { totalCount: number } }>(SEARCH);
    expect(again.errors).toBeUndefined();
    expect(again.data?.officers.totalCount).toBeGreaterThan(0);
  });
});
