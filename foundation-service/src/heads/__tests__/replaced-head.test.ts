import type { Caller } from '@dsp/common';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * A REGIONAL_HEAD token gives regional rights only while the appointments
 * name its subject head of its region (issue 15): the previous head's token,
 * still valid, is refused from the next request on, by the service and by
 * the database's row-level security alike.
 */

const APPOINT = `mutation ($input: AppointHeadInput!) { appointHead(input: $input) { id } }`;
const FES_OFFICERS = `query { officers(region: "FES", first: 1) { totalCount } }`;
const REGIONS = `query { regions { code currentHead { officer { matricule } } } }`;
const ME = `query { me { sub role region { code } } }`;

interface Officers {
  officers: { totalCount: number };
}

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

async function currentFesHead(): Promise<string> {
  const [row] = await foundation.sql<{ matricule: string }>(
    `SELECT officer_matricule AS matricule FROM head_appointment WHERE region_code = 'FES' AND end_date IS NULL`,
  );
  return row.matricule;
}

async function eligibleFesOfficer(): Promise<string> {
  const [row] = await foundation.sql<{ matricule: string }>(
    `SELECT o.matricule FROM officer o
      WHERE o.region_code = 'FES' AND o.status = 'ACTIVE' AND o.service_start_date <= DATE '2006-01-01'
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
      ORDER BY o.matricule LIMIT 1`,
  );
  await foundation.sql(
    `INSERT INTO training (officer_matricule, code, title, completed_on) VALUES ($1, 'SOCIAL_CASE_MANAGEMENT', 'Social case management', DATE '2020-01-01') ON CONFLICT DO NOTHING`,
    [row.matricule],
  );
  return row.matricule;
}

const head = (sub: string): Caller => ({ sub, role: 'REGIONAL_HEAD', region: 'FES' });

describe('a replaced regional head', () => {
  it('loses regional rights on the next request, while the new head gets them and public data stays readable', async () => {
    const oldHead = head(await currentFesHead());
    const before = await foundation.query<Officers>(FES_OFFICERS, {}, oldHead);
    expect(before.errors).toBeUndefined();
    expect(before.data?.officers.totalCount).toBeGreaterThan(0);

    const successor = await eligibleFesOfficer();
    const appointed = await foundation.query(APPOINT, {
      input: {
        regionCode: 'FES',
        matricule: successor,
        startDate: '2026-01-15',
        decisionReference: 'DGSN/DRH/2026/FES-15',
        idempotencyKey: 'replaced-head-0001',
      },
    });
    expect(appointed.errors).toBeUndefined();
    // The same transaction tells the mutual, through the registry feed, whom its head checks must name.
    const events = await foundation.sql<{ type: string; entity_id: string; term: unknown }>(
      `SELECT type, entity_id, data->'term' AS term FROM registry_event WHERE entity = 'head_term' AND entity_id LIKE 'FES:%' ORDER BY sequence DESC LIMIT 2`,
    );
    const [{ start }] = await foundation.sql<{ start: string }>(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS start FROM head_appointment WHERE officer_matricule = $1`,
      [oldHead.sub],
    );
    expect(events.reverse()).toEqual([
      {
        type: 'HEAD_TERM_ENDED',
        entity_id: `FES:${start}`,
        term: { regionCode: 'FES', officerMatricule: oldHead.sub, startDate: start, endDate: '2026-01-14' },
      },
      {
        type: 'HEAD_APPOINTED',
        entity_id: 'FES:2026-01-15',
        term: { regionCode: 'FES', officerMatricule: successor, startDate: '2026-01-15', endDate: null },
      },
    ]);

    const after = await foundation.query<Officers>(FES_OFFICERS, {}, oldHead);
    expect(after.data).toBeNull();
    expect(after.errors?.[0]).toMatchObject({
      message: expect.stringContaining('not (or no longer) the head of region FES') as unknown,
      extensions: { code: 'FORBIDDEN' },
    });

    const regions = await foundation.query<{ regions: Array<{ code: string }> }>(REGIONS, {}, oldHead);
    expect(regions.errors).toBeUndefined();
    expect(regions.data?.regions.length).toBeGreaterThan(0);
    const me = await foundation.query(ME, {}, oldHead);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { sub: oldHead.sub, role: 'REGIONAL_HEAD', region: { code: 'FES' } } });

    const fresh = await foundation.query<Officers>(FES_OFFICERS, {}, head(successor));
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data?.officers.totalCount).toBe(before.data?.officers.totalCount);
  });

  it('gets nothing regional from the database either: the scope sets no region for a head the appointments do not name', async () => {
    const rows = await foundation.sql<{ region: string }>(
      `SELECT set_config('app.region', CASE WHEN is_current_head('not-a-head', 'FES') THEN 'FES' ELSE '' END, false) AS region`,
    );
    expect(rows).toEqual([{ region: '' }]);
  });
});
