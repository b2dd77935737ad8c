import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

const APPOINT = `mutation ($input: AppointHeadInput!) {
  appointHead(input: $input) { id startDate endDate decisionReference approvedBy region { code } officer { matricule } }
}`;

interface Appointed {
  appointHead: {
    id: string;
    startDate: string;
    endDate: string | null;
    decisionReference: string;
    approvedBy: string;
    region: { code: string };
    officer: { matricule: string };
  };
}

interface RegionHeads {
  region: {
    currentHead: { id: string; officer: { matricule: string } } | null;
    headHistory: Array<{ id: string; startDate: string; endDate: string | null }>;
  };
}

const REGION_HEADS = `query ($code: ID!) { region(code: $code) { currentHead { id officer { matricule } } headHistory { id startDate endDate } } }`;
const AUDIT = `query ($id: ID!) { auditTrail(entity: "head_appointment", id: $id) { at actorSub actorRole action before after } }`;

let foundation: FoundationUnderTest;
let keys = 0;
const newKey = (): string => `test-key-${String(++keys).padStart(6, '0')}`;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

/** Active officers of the region with 20+ years of service who head nothing, given the required training (as the superuser). */
async function eligibleOfficers(count: number, region = 'CASABLANCA'): Promise<string[]> {
  const rows = await foundation.sql<{ matricule: string }>(
    `SELECT o.matricule FROM officer o
      WHERE o.region_code = $1 AND o.status = 'ACTIVE' AND o.service_start_date <= DATE '2006-01-01'
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
      ORDER BY o.matricule DESC LIMIT $2`,
    [region, count],
  );
  expect(rows).toHaveLength(count);
  await foundation.sql(
    `INSERT INTO training (officer_matricule, code, title, completed_on)
     SELECT unnest($1::text[]), 'SOCIAL_CASE_MANAGEMENT', 'Social case management', DATE '2020-01-01' ON CONFLICT DO NOTHING`,
    [rows.map((row) => row.matricule)],
  );
  return rows.map((row) => row.matricule);
}

/** The day `days` from today, as the API's clock (UTC) counts. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function counts(): Promise<{ heads: number; audit: number; keys: number }> {
  const [row] = await foundation.sql<{ heads: number; audit: number; keys: number }>(
    `SELECT (SELECT count(*)::int FROM head_appointment) AS heads, (SELECT count(*)::int FROM audit_record) AS audit,
            (SELECT count(*)::int FROM idempotency_key) AS keys`,
  );
  return row;
}

function input(
  regionCode: string,
  matricule: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    regionCode,
    matricule,
    startDate: '2026-01-15',
    decisionReference: `DGSN/DRH/2026/${regionCode}`,
    idempotencyKey: newKey(),
    ...overrides,
  };
}

describe('appointHead', () => {
  it('appoints a new FES head, ends the previous term the day before and keeps both in the history and the audit trail', async () => {
    const before = await foundation.query<RegionHeads>(REGION_HEADS, { code: 'FES' });
    const previous = before.data!.region.currentHead!;
    const [matricule] = await eligibleOfficers(1, 'FES');

    const { data, errors } = await foundation.query<Appointed>(APPOINT, { input: input('FES', matricule) });
    expect(errors).toBeUndefined();
    expect(data?.appointHead).toMatchObject({
      startDate: '2026-01-15',
      endDate: null,
      decisionReference: 'DGSN/DRH/2026/FES',
      approvedBy: 'Directeur Général de la Sûreté Nationale',
      region: { code: 'FES' },
      officer: { matricule },
    });

    const after = await foundation.query<RegionHeads>(REGION_HEADS, { code: 'FES' });
    expect(after.data?.region.currentHead).toEqual({ id: data?.appointHead.id, officer: { matricule } });
    expect(after.data?.region.headHistory.slice(0, 2)).toEqual([
      { id: data?.appointHead.id, startDate: '2026-01-15', endDate: null },
      { id: previous.id, startDate: '2025-09-09', endDate: '2026-01-14' },
    ]);

    const ended = await foundation.query<{
      auditTrail: Array<{ action: string; actorRole: string; actorSub: string; before: string; after: string }>;
    }>(AUDIT, { id: previous.id });
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.auditTrail).toHaveLength(1);
    expect(ended.data?.auditTrail[0]).toMatchObject({
      action: 'END_TERM',
      actorRole: 'NATIONAL_ADMIN',
      actorSub: 'test-national-admin',
    });
    expect(JSON.parse(ended.data!.auditTrail[0].before)).toMatchObject({ endDate: null });
    expect(JSON.parse(ended.data!.auditTrail[0].after)).toMatchObject({ endDate: '2026-01-14' });
    const created = await foundation.query<{
      auditTrail: Array<{ action: string; before: string | null; after: string }>;
    }>(AUDIT, { id: data?.appointHead.id });
    expect(created.data?.auditTrail.map((record) => [record.action, record.before])).toEqual([['APPOINT', null]]);
    expect(JSON.parse(created.data!.auditTrail[0].after)).toMatchObject({
      officerMatricule: matricule,
      regionCode: 'FES',
    });
  });

  it('returns the same appointment for a retry with the same key, and refuses the key for another payload', async () => {
    const [first, second] = await eligibleOfficers(2, 'SALE');
    const request = input('SALE', first, { startDate: '2026-02-01' });
    const once = await foundation.query<Appointed>(APPOINT, { input: request });
    expect(once.errors).toBeUndefined();
    const written = await counts();
    const again = await foundation.query<Appointed>(APPOINT, { input: request });
    expect(again.errors).toBeUndefined();
    expect(again.data?.appointHead.id).toBe(once.data?.appointHead.id);
    expect(await counts()).toEqual(written);
    const rows = await foundation.sql(
      `SELECT 1 FROM head_appointment WHERE region_code = 'SALE' AND officer_matricule = $1`,
      [first],
    );
    expect(rows).toHaveLength(1);

    const reused = await foundation.query(APPOINT, { input: { ...request, matricule: second } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(written);
  });

  it('refuses an ineligible officer naming the rule, and writes nothing', async () => {
    const [young] = await foundation.sql<{ matricule: string }>(
      `SELECT matricule FROM officer WHERE region_code = 'OUJDA' AND status = 'ACTIVE' AND service_start_date > DATE '2012-01-01' ORDER BY matricule LIMIT 1`,
    );
    await foundation.sql(
      `INSERT INTO training (officer_matricule, code, title, completed_on) VALUES ($1, 'SOCIAL_CASE_MANAGEMENT', 'Social case management', DATE '2020-01-01') ON CONFLICT DO NOTHING`,
      [young.matricule],
    );
    const [untrained] = await foundation.sql<{ matricule: string }>(
      `SELECT o.matricule FROM officer o WHERE o.region_code = 'OUJDA' AND o.status = 'ACTIVE' AND o.service_start_date <= DATE '2006-01-01'
          AND NOT EXISTS (SELECT 1 FROM training t WHERE t.officer_matricule = o.matricule AND t.code = 'SOCIAL_CASE_MANAGEMENT')
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        ORDER BY o.matricule LIMIT 1`,
    );
    const [retired] = await foundation.sql<{ matricule: string }>(
      `SELECT matricule FROM officer WHERE region_code = 'OUJDA' AND status = 'RETIRED' ORDER BY matricule LIMIT 1`,
    );
    const written = await counts();

    const tooYoung = await foundation.query(APPOINT, { input: input('OUJDA', young.matricule) });
    expect(tooYoung.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'MIN_SERVICE_YEARS' });
    expect(tooYoung.errors?.[0]?.message).toMatch(/15 years of service/);
    const noTraining = await foundation.query(APPOINT, { input: input('OUJDA', untrained.matricule) });
    expect(noTraining.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'REQUIRED_TRAINING' });
    expect(noTraining.errors?.[0]?.message).toMatch(/SOCIAL_CASE_MANAGEMENT/);
    const notActive = await foundation.query(APPOINT, { input: input('OUJDA', retired.matricule) });
    expect(notActive.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'ACTIVE_STATUS' });
    expect(await counts()).toEqual(written);
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const [matricule] = await eligibleOfficers(1, 'AGADIR');
    const written = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [input('MARRAKECH', matricule), 'regionCode'],
      [input('AGADIR', 'NO-SUCH-OFFICER'), 'matricule'],
      [input('AGADIR', matricule, { decisionReference: '   ' }), 'decisionReference'],
      [input('AGADIR', matricule, { decisionReference: 'x'.repeat(201) }), 'decisionReference'],
      [input('AGADIR', matricule, { startDate: '2025-09-01' }), 'startDate'],
      // A term that would start past next year: its end (start + the term's years) is past any date the API writes.
      [input('AGADIR', matricule, { startDate: '9999-12-31' }), 'startDate'],
      [input('AGADIR', matricule, { startDate: inDays(367) }), 'startDate'],
      [input('AGADIR', matricule, { idempotencyKey: 'short' }), 'idempotencyKey'],
    ];
    for (const [request, field] of cases) {
      const { data, errors } = await foundation.query(APPOINT, { input: request });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await counts()).toEqual(written);
  });

  it('refuses to appoint the head of RABAT to FES (CONFLICT)', async () => {
    const [rabat] = await foundation.sql<{ officer_matricule: string }>(
      `SELECT officer_matricule FROM head_appointment WHERE region_code = 'RABAT' AND end_date IS NULL`,
    );
    await foundation.sql(
      `INSERT INTO training (officer_matricule, code, title, completed_on) VALUES ($1, 'SOCIAL_CASE_MANAGEMENT', 'Social case management', DATE '2020-01-01') ON CONFLICT DO NOTHING`,
      [rabat.officer_matricule],
    );
    const written = await counts();
    const { errors } = await foundation.query(APPOINT, {
      input: input('FES', rabat.officer_matricule, { startDate: '2026-06-01' }),
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_HEADS_A_REGION' });
    expect(errors?.[0]?.message).toMatch(/already heads RABAT/);
    expect(await counts()).toEqual(written);
  });

  it('lets exactly one of 10 concurrent appointments to a region win', async () => {
    const candidates = await eligibleOfficers(10, 'CASABLANCA');
    const written = await counts();
    const results = await Promise.all(
      candidates.map((matricule) =>
        foundation.query<Appointed>(APPOINT, { input: input('TANGIER', matricule, { startDate: '2026-03-01' }) }),
      ),
    );
    const winners = results.filter((result) => result.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    const open = await foundation.sql<{ officer_matricule: string }>(
      `SELECT officer_matricule FROM head_appointment WHERE region_code = 'TANGIER' AND end_date IS NULL`,
    );
    expect(open).toEqual([{ officer_matricule: winners[0].data!.appointHead.officer.matricule }]);
    // One new term, the previous one ended: two audit records, one key.
    expect(await counts()).toEqual({ heads: written.heads + 1, audit: written.audit + 2, keys: written.keys + 1 });
  });

  it('is for the national administration only', async () => {
    const [matricule] = await eligibleOfficers(1, 'TETOUAN');
    const written = await counts();
    const callers: Caller[] = [
      testRegionalHead('TETOUAN'),
      { sub: 'agent-tetouan', role: 'FOUNDATION_AGENT', region: 'TETOUAN' },
      { sub: 'mutual-tetouan', role: 'MUTUAL_AGENT', region: 'TETOUAN' },
      { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null },
      { sub: matricule, role: 'OFFICER', region: null },
    ];
    for (const caller of callers) {
      const { data, errors } = await foundation.query(APPOINT, { input: input('TETOUAN', matricule) }, caller);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(written);
  });
});

describe('the audit trail', () => {
  it('is read by the national administration and the head of the region only', async () => {
    const [fes] = await foundation.sql<{ id: string }>(
      `SELECT id FROM head_appointment WHERE region_code = 'FES' ORDER BY start_date LIMIT 1`,
    );
    // An earlier test replaced the seeded FES head: the audit trail is for whoever heads FES now.
    const [current] = await foundation.sql<{ sub: string }>(
      `SELECT officer_matricule AS sub FROM head_appointment WHERE region_code = 'FES' AND end_date IS NULL`,
    );
    const own = await foundation.query<{ auditTrail: unknown[] }>(
      AUDIT,
      { id: fes.id },
      { sub: current.sub, role: 'REGIONAL_HEAD', region: 'FES' },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.auditTrail.length).toBeGreaterThan(0);
    for (const caller of [
      testRegionalHead('RABAT'),
      { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' },
      { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null },
    ] satisfies Caller[]) {
      const { data, errors } = await foundation.query(AUDIT, { id: fes.id }, caller);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await foundation.query(`{ auditTrail(entity: "officer", id: "1") { action } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entity' });
  });

  it('cannot be updated or deleted by the application role, which cannot appoint without the national role either', async () => {
    const app = new Client({ connectionString: foundation.database.appUrl });
    await app.connect();
    try {
      await expect(app.query("UPDATE audit_record SET action = 'FORGED'")).rejects.toThrow(/permission denied/);
      await expect(app.query('DELETE FROM audit_record')).rejects.toThrow(/permission denied/);
      await expect(app.query('TRUNCATE audit_record')).rejects.toThrow(/permission denied/);
      await expect(
        app.query(`UPDATE head_appointment SET end_date = start_date`).then((result) => result.rowCount),
      ).resolves.toBe(0);
      await expect(
        app.query(
          `INSERT INTO head_appointment (region_code, officer_matricule, start_date, decision_reference, approved_by)
           SELECT 'DAKHLA', matricule, DATE '2027-01-01', 'forged', 'nobody' FROM officer LIMIT 1`,
        ),
      ).resolves.toMatchObject({ rowCount: 0 });
    } finally {
      await app.end();
    }
    expect(await foundation.sql("SELECT 1 FROM audit_record WHERE action = 'FORGED'")).toHaveLength(0);
  });
});

describe('regionsDueForRotation', () => {
  const DUE = '{ regionsDueForRotation { region { code } startDate rotationDue } }';
  let shortTerm: FoundationUnderTest;

  beforeAll(async () => {
    shortTerm = await startFoundationUnderTest({ headTermYears: 1 });
  });

  afterAll(async () => {
    await shortTerm.stop();
  });

  it('lists heads past a short term: every region for the national administration, their own for a regional head', async () => {
    const due = new Date().toISOString().slice(0, 10) >= '2026-09-09';
    const national = await shortTerm.query<{
      regionsDueForRotation: Array<{ region: { code: string }; rotationDue: boolean }>;
    }>(DUE);
    expect(national.errors).toBeUndefined();
    expect(national.data?.regionsDueForRotation).toHaveLength(due ? 17 : 0);
    expect(national.data?.regionsDueForRotation.every((head) => head.rotationDue)).toBe(true);
    const own = await shortTerm.query<{ regionsDueForRotation: Array<{ region: { code: string } }> }>(
      DUE,
      {},
      testRegionalHead('FES'),
    );
    expect(own.data?.regionsDueForRotation.map((head) => head.region.code)).toEqual(due ? ['FES'] : []);
    const refused = await shortTerm.query(DUE, {}, { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists nobody under the default four-year term', async () => {
    const { data, errors } = await foundation.query<{ regionsDueForRotation: unknown[] }>(DUE);
    expect(errors).toBeUndefined();
    expect(data?.regionsDueForRotation).toEqual([]);
  });
});
