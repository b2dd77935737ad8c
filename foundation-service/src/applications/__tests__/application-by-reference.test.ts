import { testRegionalHead } from '@dsp/testing';
import {
  activeOfficers,
  agent,
  expectNoErrors,
  officer,
  openCampaign,
  submit,
  type ApplicationResult,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

const BY_REFERENCE =
  'query ($reference: String!) { applicationByReference(reference: $reference) { id reference officer { matricule } } }';

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});
afterAll(async () => {
  await foundation.stop();
});

describe('application references', () => {
  it("gives each application submitted a reference of the year's serial, distinct from every other", async () => {
    const campaign = await openCampaign(foundation);
    const [first, second] = await activeOfficers(foundation, 'FES', 2);
    const one = await submit(foundation, agent('FES'), campaign, first);
    const two = await submit(foundation, agent('FES'), campaign, second);
    const year = new Date().getUTCFullYear();
    expect(one.reference).toMatch(new RegExp(`^DS-${year}-1\\d{5}$`));
    const serial = (application: ApplicationResult): number => Number(application.reference.split('-')[2]);
    expect(serial(two)).toBe(serial(one) + 1);
  });

  it('gives the seeded applications one each, numbered per year in the order they were submitted', async () => {
    const rows = await foundation.sql<{ reference: string; year: number; previous: string | null }>(
      `SELECT reference, extract(year FROM submitted_at AT TIME ZONE 'UTC')::int AS year,
              lag(reference) OVER (PARTITION BY extract(year FROM submitted_at AT TIME ZONE 'UTC') ORDER BY submitted_at, reference) AS previous
         FROM application WHERE reference NOT LIKE 'DS-____-1%'`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.reference).toMatch(new RegExp(`^DS-${row.year}-0\\d{6}$`));
      if (row.previous !== null) expect(row.reference > row.previous).toBe(true);
    }
    const [{ distinct, all }] = await foundation.sql<{ distinct: number; all: number }>(
      'SELECT count(DISTINCT reference)::int AS distinct, count(*)::int AS all FROM application',
    );
    expect(distinct).toBe(all);
  });

  it('finds the application of a reference for whoever may read it, written in any case with spaces around', async () => {
    const campaign = await openCampaign(foundation);
    const [matricule] = await activeOfficers(foundation, 'FES', 1, 2);
    const application = await submit(foundation, agent('FES'), campaign, matricule);
    const expected = { id: application.id, reference: application.reference, officer: { matricule } };
    for (const [reference, caller] of [
      [application.reference, agent('FES')],
      [`  ${application.reference.toLowerCase()} `, agent('FES')],
      [application.reference, testRegionalHead('FES')],
      [application.reference, officer(matricule)],
    ] as const) {
      const found = expectNoErrors(
        await foundation.query<{ applicationByReference: unknown }>(BY_REFERENCE, { reference }, caller),
      );
      expect([reference, caller.role, found.applicationByReference]).toEqual([reference, caller.role, expected]);
    }
  });

  it('answers null for a reference no application has, FORBIDDEN for one the caller may not read, and names a bad reference', async () => {
    const [{ reference, id }] = await foundation.sql<{ reference: string; id: string }>(
      "SELECT reference, id FROM application WHERE region_code = 'FES' ORDER BY reference LIMIT 1",
    );
    const unknown = await foundation.query(BY_REFERENCE, { reference: 'DS-1999-000001' }, agent('FES'));
    expect([unknown.errors, unknown.data]).toEqual([undefined, { applicationByReference: null }]);
    const elsewhere = await foundation.query(BY_REFERENCE, { reference }, agent('RABAT'));
    expect([elsewhere.errors?.[0]?.extensions?.code, elsewhere.data]).toEqual([
      'FORBIDDEN',
      { applicationByReference: null },
    ]);
    expect(JSON.stringify(elsewhere)).not.toContain(id);
    for (const written of ['', '   ', 'D'.repeat(41)]) {
      const refused = await foundation.query(BY_REFERENCE, { reference: written }, agent('FES'));
      expect([written, refused.errors?.[0]?.extensions]).toEqual([
        written,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reference' }),
      ]);
    }
  });
});
