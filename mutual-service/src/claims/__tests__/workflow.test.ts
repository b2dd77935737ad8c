import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { consultationInput, startHarness, type GraphQLResponse, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'test-agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };
const HEAD_FES: Caller = testRegionalHead('FES');
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const ADVISOR_2: Caller = { sub: 'test-advisor-2', role: 'MEDICAL_ADVISOR', region: null };
const TODAY = new Date().toISOString().slice(0, 10);
const YEARS_AGO = (years: number, from = TODAY): string => `${Number(from.slice(0, 4)) - years}${from.slice(4)}`;

interface ClaimView {
  id: string;
  reference: string;
  status: string;
  version: number;
  rejectionCode: string | null;
  amountApproved: string | null;
  lines: Array<{ amountApproved: string | null }>;
}
const CLAIM = 'id reference status version rejectionCode amountApproved lines { amountApproved }';
const SUBMIT = `mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { ${CLAIM} } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!) { reviewClaim(id: $id, version: $version) { ${CLAIM} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $decision: ClaimDecision!, $code: RejectionCode) {
  decideClaim(id: $id, version: $version, decision: $decision, rejectionCode: $code) { ${CLAIM} } }`;

let harness: MutualHarness;
/** The FES medical centre (consultations, dental care…), a FES clinic (hospitalisation) and a FES optician. */
let provider: string;
let clinic: string;
let optician: string;
let essentiel: string;
let serial = 0;
let keySerial = 0;

beforeAll(async () => {
  harness = await startHarness();
  const offering = async (careType: string): Promise<string> =>
    (
      (await harness.sql<{ id: string }>(
        "SELECT id FROM provider WHERE region_code = 'FES' AND $1 = ANY (care_types) ORDER BY kind, name LIMIT 1",
        [careType],
      )) as [{ id: string }]
    )[0].id;
  provider = await offering('DENTAL');
  clinic = await offering('HOSPITALISATION');
  optician = await offering('OPTICAL');
  [{ id: essentiel }] = (await harness.sql<{ id: string }>("SELECT id FROM plan WHERE code = 'ESSENTIEL'")) as [
    { id: string },
  ];
});
afterAll(async () => {
  await harness.stop();
});

/** A person of the FES file covered by ESSENTIEL since 2010, as the test describes them. */
async function person(
  facts: { relation?: 'SPOUSE' | 'CHILD'; birthDate?: string; studentUntil?: string | null; disabled?: boolean } = {},
): Promise<string> {
  const n = ++serial;
  const officer = `T9${String(n).padStart(5, '0')}`;
  const id = facts.relation ? `${officer}-D` : officer;
  await harness.sql(
    `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, student_until, disabled, officer_status, region_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', 'FES')`,
    [
      id,
      facts.relation ? 'DEPENDENT' : 'OFFICER',
      officer,
      facts.relation ?? null,
      facts.birthDate ?? '1980-05-05',
      facts.studentUntil ?? null,
      facts.disabled ?? false,
    ],
  );
  await harness.sql(
    `INSERT INTO coverage (beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date) VALUES ($1, $2, $3, $4, '2010-01-01')`,
    [id, essentiel, `TEST-${n}`, `AMO-TEST-${n}`],
  );
  return id;
}

const key = (): string => `test-key-${++keySerial}-${Date.now()}`;

function input(beneficiaryId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...consultationInput(beneficiaryId, provider, TODAY, key()), ...overrides };
}

async function submit(
  beneficiaryId: string,
  overrides: Record<string, unknown> = {},
  caller = AGENT,
): Promise<ClaimView> {
  const result = await harness.query<{ submitClaim: ClaimView }>(
    SUBMIT,
    { input: input(beneficiaryId, overrides) },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitClaim;
}

async function toReview(claim: ClaimView): Promise<ClaimView> {
  const result = await harness.query<{ reviewClaim: ClaimView }>(
    REVIEW,
    { id: claim.id, version: claim.version },
    ADVISOR,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.reviewClaim;
}

function decide(
  claim: ClaimView,
  decision: 'APPROVE' | 'REJECT',
  caller = ADVISOR,
  code?: string,
): Promise<GraphQLResponse<{ decideClaim: ClaimView }>> {
  return harness.query<{ decideClaim: ClaimView }>(
    DECIDE,
    { id: claim.id, version: claim.version, decision, code },
    caller,
  );
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await harness.sql<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await harness.sql<{ count: string }>(`SELECT count(*) FROM "${tablename}"`);
    counts[tablename] = Number(row.count);
  }
  return counts;
}

describe('submitting a claim', () => {
  it('checks a covered claim: ENTERED then CHECKED, with an audit record for each', async () => {
    const claim = await submit(await person());
    expect(claim).toMatchObject({ status: 'CHECKED', rejectionCode: null, amountApproved: null, version: 2 });
    expect(claim.reference).toMatch(/^RB-\d{4}-1\d{5}$/);
    const trail = await harness.query<{ mutualAuditTrail: Array<{ action: string; actorSub: string; after: string }> }>(
      'query ($id: ID!) { mutualAuditTrail(entity: "claim", id: $id) { action actorSub after } }',
      { id: claim.id },
      AGENT,
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.mutualAuditTrail.map((record) => record.action)).toEqual(['SUBMIT', 'AUTOMATIC_CHECK']);
    expect(JSON.parse(trail.data!.mutualAuditTrail[1].after)).toMatchObject({ status: 'CHECKED' });
    // What each step touched, the amount as Money (the record keeps centimes), as the database has the claim.
    const [{ amount }] = (await harness.sql<{ amount: string }>(
      'SELECT (amount_claimed / 100.0)::numeric(12, 2)::text AS amount FROM claim WHERE id = $1',
      [claim.id],
    )) as [{ amount: string }];
    const changes = await harness.query<{
      mutualAuditTrail: Array<{ changes: Array<{ field: string; before: string | null; after: string | null }> }>;
    }>(
      'query ($id: ID!) { mutualAuditTrail(entity: "claim", id: $id) { changes { field before after } } }',
      { id: claim.id },
      AGENT,
    );
    const [submitted, checked] = changes.data!.mutualAuditTrail.map((record) => record.changes);
    expect(submitted).toContainEqual({ field: 'amountClaimed', before: null, after: amount });
    expect(submitted).toContainEqual({ field: 'status', before: null, after: 'ENTERED' });
    expect(checked.filter((change) => change.field !== 'version')).toEqual([
      { field: 'status', before: 'ENTERED', after: 'CHECKED' },
    ]);
    const elsewhere = await harness.query(
      'query ($id: ID!) { mutualAuditTrail(entity: "claim", id: $id) { action } }',
      { id: claim.id },
      AGENT_RABAT,
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const advisor = await harness.query(
      'query ($id: ID!) { mutualAuditTrail(entity: "claim", id: $id) { action } }',
      { id: claim.id },
      ADVISOR,
    );
    expect(advisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await harness.query<{ mutualAuditTrail: unknown[] }>(
      'query ($id: ID!) { mutualAuditTrail(entity: "claim", id: $id) { action } }',
      { id: claim.id },
    );
    expect(admin.data!.mutualAuditTrail).toHaveLength(2);
  });

  it('refuses a child of 23 who is not a student with NOT_COVERED, and covers a student or a disabled child', async () => {
    const child = await person({ relation: 'CHILD', birthDate: YEARS_AGO(23, TODAY) });
    expect(await submit(child)).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'NOT_COVERED',
      amountApproved: '0.00',
    });
    const student = await person({
      relation: 'CHILD',
      birthDate: YEARS_AGO(23, TODAY),
      studentUntil: YEARS_AGO(-1, TODAY),
    });
    expect(await submit(student)).toMatchObject({ status: 'CHECKED' });
    const disabled = await person({ relation: 'CHILD', birthDate: YEARS_AGO(40, TODAY), disabled: true });
    expect(await submit(disabled)).toMatchObject({ status: 'CHECKED' });
  });

  it('rejects an act outside the tariff and a late filing with their codes', async () => {
    const someone = await person();
    expect(await submit(someone, { lines: [{ actCode: 'XYZ', quantity: 1, unitPrice: '10.00' }] })).toMatchObject({
      rejectionCode: 'ACT_NOT_IN_TARIFF',
    });
    const old = YEARS_AGO(3);
    expect(await submit(someone, { careStartDate: old, careEndDate: old })).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'LATE_FILING',
    });
  });

  it('detects a duplicate claim', async () => {
    const someone = await person();
    expect(await submit(someone)).toMatchObject({ status: 'CHECKED' });
    expect(await submit(someone)).toMatchObject({ status: 'REJECTED', rejectionCode: 'DUPLICATE' });
    expect(await submit(someone, { lines: [{ actCode: 'CS', quantity: 2, unitPrice: '150.00' }] })).toMatchObject({
      status: 'CHECKED',
    });
  });

  it('creates one claim for a retried submission, and refuses the key for another payload', async () => {
    const someone = await person();
    const request = input(someone);
    const first = await harness.query<{ submitClaim: ClaimView }>(SUBMIT, { input: request }, AGENT);
    const retry = await harness.query<{ submitClaim: ClaimView }>(SUBMIT, { input: request }, AGENT);
    expect(retry.data!.submitClaim.id).toBe(first.data!.submitClaim.id);
    expect(await harness.sql('SELECT id FROM claim WHERE beneficiary_id = $1', [someone])).toHaveLength(1);
    const reuse = await harness.query(
      SUBMIT,
      { input: { ...request, careType: 'DENTAL', lines: [{ actCode: 'D', quantity: 5, unitPrice: '15.00' }] } },
      AGENT,
    );
    expect(reuse.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['a consultation at an optician', (): Record<string, unknown> => ({ providerId: optician })],
    [
      'a hospitalisation at the medical centre',
      (): Record<string, unknown> => ({
        careType: 'HOSPITALISATION',
        lines: [{ actCode: 'HJ', quantity: 1, unitPrice: '700.00' }],
      }),
    ],
  ])(
    'refuses a provider that does not offer the care type (%s) and leaves every table unchanged',
    async (_case, overrides) => {
      const someone = await person();
      const before = await tableCounts();
      const result = await harness.query(SUBMIT, { input: input(someone, overrides()) }, AGENT);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'providerId' });
      expect(result.errors?.[0]?.message).toMatch(/does not offer/);
      expect(await tableCounts()).toEqual(before);
    },
  );

  it('accepts any provider for a pharmacy claim, pharmacies not being in the provider file', async () => {
    const pharmacy = {
      careType: 'PHARMACY',
      diagnosisCodes: ['I10'],
      lines: [{ actCode: 'PHG', quantity: 2, unitPrice: '32.00' }],
    };
    expect(await submit(await person(), { ...pharmacy, providerId: optician })).toMatchObject({ status: 'CHECKED' });
  });

  it.each([
    ['lines.0.quantity', { lines: [{ actCode: 'CS', quantity: 0, unitPrice: '150.00' }] }],
    ['lines.0.quantity', { lines: [{ actCode: 'CS', quantity: -2, unitPrice: '150.00' }] }],
    ['lines.0.unitPrice', { lines: [{ actCode: 'CS', quantity: 1, unitPrice: '0.00' }] }],
    ['careEndDate', { careStartDate: TODAY, careEndDate: YEARS_AGO(1) }],
    ['careEndDate', { careEndDate: YEARS_AGO(-1) }],
    ['diagnosisCodes.0', { diagnosisCodes: ['flu'] }],
    ['lines', { lines: [] }],
    ['idempotencyKey', { idempotencyKey: 'short' }],
    ['providerId', { providerId: '00000000-0000-4000-8000-000000000000' }],
    ['providerId', { providerId: 'not-a-uuid' }],
    ['beneficiaryId', { beneficiaryId: 'NOBODY' }],
  ])('refuses bad input (%s) and leaves every table unchanged', async (field, overrides) => {
    const someone = await person();
    const before = await tableCounts();
    const result = await harness.query(SUBMIT, { input: input(someone, overrides) }, AGENT);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableCounts()).toEqual(before);
  });

  it('is for the mutual agents of the beneficiary region only', async () => {
    const someone = await person();
    for (const caller of [AGENT_RABAT, ADVISOR, HEAD_FES]) {
      const result = await harness.query(SUBMIT, { input: input(someone) }, caller);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('deciding claims', () => {
  it('caps a claim that crosses the yearly ceiling exactly at the ceiling (PARTIALLY_APPROVED), then rejects with CEILING_REACHED', async () => {
    const someone = await person();
    const [{ ceiling }] = (await harness.sql<{ ceiling: string }>(
      "SELECT yearly_ceiling::text AS ceiling FROM plan_rule WHERE plan_id = $1 AND care_type = 'CONSULTATION'",
      [essentiel],
    )) as [{ ceiling: string }];
    expect(ceiling).toBe('600000'); // CS: 150.00 at 80% = 120.00 a unit
    const first = (
      await decide(
        await toReview(await submit(someone, { lines: [{ actCode: 'CS', quantity: 48, unitPrice: '150.00' }] })),
        'APPROVE',
      )
    ).data!.decideClaim;
    expect(first).toMatchObject({ status: 'APPROVED', amountApproved: '5760.00' });
    const second = (
      await decide(
        await toReview(await submit(someone, { lines: [{ actCode: 'CS', quantity: 3, unitPrice: '150.00' }] })),
        'APPROVE',
      )
    ).data!.decideClaim;
    expect(second).toMatchObject({ status: 'PARTIALLY_APPROVED', amountApproved: '240.00' });
    const [{ total }] = (await harness.sql<{ total: string }>(
      'SELECT sum(amount_approved)::text AS total FROM claim WHERE beneficiary_id = $1',
      [someone],
    )) as [{ total: string }];
    expect(total).toBe(ceiling);
    expect(await submit(someone, { lines: [{ actCode: 'C', quantity: 1, unitPrice: '80.00' }] })).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'CEILING_REACHED',
    });
  });

  it('counts against the ceiling the care approved while the person lived in another region', async () => {
    const someone = await person();
    // 50 × 120.00 = 6000.00: ESSENTIEL's consultation ceiling, approved for care FES handles.
    const filled = (
      await decide(
        await toReview(await submit(someone, { lines: [{ actCode: 'CS', quantity: 50, unitPrice: '150.00' }] })),
        'APPROVE',
      )
    ).data!.decideClaim;
    expect(filled).toMatchObject({ status: 'APPROVED', amountApproved: '6000.00' });
    // The officer moves to Rabat: FES keeps handling that claim, and Rabat's agent cannot read it.
    await harness.sql("UPDATE beneficiary SET region_code = 'RABAT' WHERE person_id = $1", [someone]);
    const inRabat = await harness.sql<{ id: string; handling_region_code: string }>(
      'SELECT id, handling_region_code FROM claim WHERE beneficiary_id = $1',
      [someone],
    );
    expect(inRabat).toEqual([{ id: filled.id, handling_region_code: 'FES' }]);
    const rabatProvider = (
      (await harness.sql<{ id: string }>(
        "SELECT id FROM provider WHERE region_code = 'RABAT' AND 'CONSULTATION' = ANY (care_types) ORDER BY name LIMIT 1",
      )) as [{ id: string }]
    )[0].id;
    expect(
      await submit(
        someone,
        { providerId: rabatProvider, lines: [{ actCode: 'C', quantity: 1, unitPrice: '80.00' }] },
        AGENT_RABAT,
      ),
    ).toMatchObject({ status: 'REJECTED', rejectionCode: 'CEILING_REACHED' });
  });

  it("tells the advisor beforehand what approving will reimburse, and approving records exactly that, up to the ceiling's rejection", async () => {
    const ESTIMATE = `query ($id: ID!) { claim(id: $id) { status estimate { outcome amount reimbursable rate yearlyCeiling ceilingLeft } } }`;
    const estimate = async (claim: ClaimView, caller: Caller = ADVISOR) =>
      harness.query<{ claim: { status: string; estimate: Record<string, unknown> | null } }>(
        ESTIMATE,
        { id: claim.id },
        caller,
      );
    const approved = async (claim: ClaimView) => (await decide(claim, 'APPROVE')).data!.decideClaim;
    const someone = await person();
    // ESSENTIEL consultations: 80% of the tariff, 6000.00 a year.
    const first = await submit(someone, { lines: [{ actCode: 'CS', quantity: 48, unitPrice: '150.00' }] });
    expect((await estimate(first)).data!.claim.estimate).toEqual({
      outcome: 'APPROVED',
      amount: '5760.00',
      reimbursable: '5760.00',
      rate: 0.8,
      yearlyCeiling: '6000.00',
      ceilingLeft: '6000.00',
    });
    const firstDecided = await approved(await toReview(first));
    expect(firstDecided.amountApproved).toBe('5760.00');
    expect((await estimate(firstDecided)).data!.claim).toEqual({ status: 'APPROVED', estimate: null });

    const second = await toReview(
      await submit(someone, { lines: [{ actCode: 'CS', quantity: 3, unitPrice: '150.00' }] }),
    );
    // Entered before the ceiling is reached, decided after: approval will reject it.
    const third = await toReview(await submit(someone, { lines: [{ actCode: 'C', quantity: 1, unitPrice: '80.00' }] }));
    expect((await estimate(second)).data!.claim.estimate).toMatchObject({
      outcome: 'PARTIALLY_APPROVED',
      amount: '240.00',
      reimbursable: '360.00',
      ceilingLeft: '240.00',
    });
    expect(await approved(second)).toMatchObject({ status: 'PARTIALLY_APPROVED', amountApproved: '240.00' });
    expect((await estimate(third)).data!.claim.estimate).toMatchObject({
      outcome: 'CEILING_REACHED',
      amount: '0.00',
      reimbursable: '64.00',
      ceilingLeft: '0.00',
    });
    expect(await approved(third)).toMatchObject({ status: 'REJECTED', rejectionCode: 'CEILING_REACHED' });

    for (const caller of [AGENT, HEAD_FES]) {
      const refused = await estimate(await toReview(await submit(await person())), caller);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.claim?.estimate ?? null).toBeNull();
    }
  });

  it('tells the advisor that approving would reject a claim whose coverage no longer holds for its dates', async () => {
    const someone = await person();
    const claim = await toReview(await submit(someone));
    // The coverage is found, after the checks, to have started after the care.
    await harness.sql('UPDATE coverage SET start_date = current_date + 1 WHERE beneficiary_id = $1', [someone]);
    const result = await harness.query<{ claim: { estimate: Record<string, unknown> } }>(
      'query ($id: ID!) { claim(id: $id) { estimate { outcome amount reimbursable rate yearlyCeiling ceilingLeft } } }',
      { id: claim.id },
      ADVISOR,
    );
    expect(result.data!.claim.estimate).toEqual({
      outcome: 'NOT_COVERED',
      amount: '0.00',
      reimbursable: '0.00',
      rate: 0,
      yearlyCeiling: '0.00',
      ceilingLeft: '0.00',
    });
    expect((await decide(claim, 'APPROVE')).data!.decideClaim).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'NOT_COVERED',
    });
  });

  it('takes care entered again by the region a person moved to, as their former region had entered it, for a duplicate', async () => {
    const someone = await person();
    const lines = [{ actCode: 'CS', quantity: 1, unitPrice: '150.00' }];
    expect(await submit(someone, { lines })).toMatchObject({ status: 'CHECKED' });
    // The officer moves to Rabat, where the same care (same provider, dates and acts) is brought again.
    await harness.sql("UPDATE beneficiary SET region_code = 'RABAT' WHERE person_id = $1", [someone]);
    expect(await submit(someone, { lines }, AGENT_RABAT)).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'DUPLICATE',
    });
  });

  it('never passes the ceiling under 20 concurrent approvals for one beneficiary', async () => {
    const someone = await person();
    const claims: ClaimView[] = [];
    for (let i = 0; i < 20; i++) {
      // 5 × 120.00 = 600.00 each: ten of them fill the 6000.00 ceiling. Prices differ so none is a duplicate.
      claims.push(
        await toReview(await submit(someone, { lines: [{ actCode: 'CS', quantity: 5, unitPrice: `${150 + i}.00` }] })),
      );
    }
    const results = await Promise.all(claims.map((claim, i) => decide(claim, 'APPROVE', i % 2 ? ADVISOR : ADVISOR_2)));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const [row] = await harness.sql<{ total: string; approved: number; ceiling_reached: number }>(
      `SELECT sum(amount_approved)::text AS total,
              count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
              count(*) FILTER (WHERE rejection_code = 'CEILING_REACHED')::int AS ceiling_reached
         FROM claim WHERE beneficiary_id = $1`,
      [someone],
    );
    expect(BigInt(row.total)).toBeLessThanOrEqual(600000n);
    expect(row).toEqual({ total: '600000', approved: 10, ceiling_reached: 10 });
  });

  it('lets one of two advisors deciding the same claim win; the other gets CONFLICT', async () => {
    const claim = await toReview(await submit(await person()));
    const results = await Promise.all([
      decide(claim, 'APPROVE', ADVISOR),
      decide(claim, 'REJECT', ADVISOR_2, 'MEDICAL_ADVICE'),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const decisions = await harness.sql(
      "SELECT 1 FROM audit_record WHERE entity = 'claim' AND entity_id = $1 AND action = 'DECIDE'",
      [claim.id],
    );
    expect(decisions).toHaveLength(1);
  });

  it('approves a hospitalisation only with a granted prior authorisation, and gives the claim the authorisation it rests on', async () => {
    const someone = await person();
    const hospital = {
      careType: 'HOSPITALISATION',
      providerId: clinic,
      lines: [{ actCode: 'HJ', quantity: 2, unitPrice: '700.00' }],
    };
    const claim = await toReview(await submit(someone, hospital));
    const covering = async (id: string, caller: Caller = ADVISOR) => {
      const answer = await harness.query<{ claim: { priorAuthorisation: { id: string; status: string } | null } }>(
        'query ($id: ID!) { claim(id: $id) { priorAuthorisation { id status } } }',
        { id },
        caller,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.claim.priorAuthorisation;
    };
    expect(await covering(claim.id)).toBeNull();
    const refused = await decide(claim, 'APPROVE');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRIOR_AUTHORISATION_MISSING' });
    expect(
      await harness.sql("SELECT status FROM claim WHERE id = $1 AND status = 'UNDER_REVIEW' AND version = $2", [
        claim.id,
        claim.version,
      ]),
    ).toHaveLength(1);

    const requested = await harness.query<{
      requestPriorAuthorisation: { id: string; status: string; version: number };
    }>(
      `mutation ($b: ID!, $p: ID!, $d: Date!, $k: String!) {
        requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: "Appendicectomie", idempotencyKey: $k) { id status version } }`,
      { b: someone, p: clinic, d: TODAY, k: key() },
      AGENT,
    );
    expect(requested.data!.requestPriorAuthorisation.status).toBe('REQUESTED');
    const { id, version } = requested.data!.requestPriorAuthorisation;
    // Requested, not yet granted: the advisor sees which one waits; the region's agent too; the head, no health data.
    expect(await covering(claim.id)).toEqual({ id, status: 'REQUESTED' });
    expect(await covering(claim.id, AGENT)).toEqual({ id, status: 'REQUESTED' });
    expect(await covering(claim.id, HEAD_FES)).toBeNull();
    // An older refused one in the window does not hide the one requested since.
    await harness.sql(
      `INSERT INTO prior_authorisation (beneficiary_id, provider_id, region_code, planned_date, reason, status, decided_at)
       VALUES ($1, $2, 'FES', $3::date - 10, 'Refusée', 'REFUSED', now())`,
      [someone, clinic, TODAY],
    );
    expect(await covering(claim.id)).toEqual({ id, status: 'REQUESTED' });
    const granted = await harness.query<{ decidePriorAuthorisation: { status: string } }>(
      'mutation ($id: ID!, $v: Int!) { decidePriorAuthorisation(id: $id, version: $v, grant: true, note: "OK") { status } }',
      { id, v: version },
      ADVISOR,
    );
    expect(granted.data!.decidePriorAuthorisation.status).toBe('GRANTED');
    expect(await covering(claim.id)).toEqual({ id, status: 'GRANTED' });
    const approved = await decide(claim, 'APPROVE');
    expect(approved.data!.decideClaim).toMatchObject({ status: 'APPROVED', amountApproved: '1260.00' });
    // Other care is not asked about its authorisation.
    const consultation = await submit(someone);
    expect(await covering(consultation.id)).toBeNull();
    // Every read by whoever may make it is logged against the claim; the head's, which gave nothing, is not.
    const reads = await harness.sql<{ reader_role: string }>(
      `SELECT reader_role FROM diagnosis_read
        WHERE field = 'priorAuthorisation' AND claim_id = ANY($1::uuid[]) ORDER BY id`,
      [[claim.id, consultation.id]],
    );
    expect(reads.map((read) => read.reader_role)).toEqual([
      'MEDICAL_ADVISOR',
      'MEDICAL_ADVISOR',
      'MUTUAL_AGENT',
      'MEDICAL_ADVISOR',
      'MEDICAL_ADVISOR',
    ]);
  });

  it('pays an approved claim in the handling region only', async () => {
    const claim = (await decide(await toReview(await submit(await person())), 'APPROVE')).data!.decideClaim;
    const PAY = 'mutation ($id: ID!, $v: Int!) { recordClaimPayment(id: $id, version: $v) { status version } }';
    expect(
      (await harness.query(PAY, { id: claim.id, v: claim.version }, AGENT_RABAT)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const paid = await harness.query<{ recordClaimPayment: { status: string } }>(
      PAY,
      { id: claim.id, v: claim.version },
      AGENT,
    );
    expect(paid.data!.recordClaimPayment.status).toBe('PAID');
    expect(await harness.sql('SELECT 1 FROM claim WHERE id = $1 AND paid_at IS NOT NULL', [claim.id])).toHaveLength(1);
  });
});

describe('rechecking an ENTERED claim', () => {
  const RECHECK = `mutation ($id: ID!, $version: Int!) { recheckClaim(id: $id, version: $version) { ${CLAIM} } }`;
  const recheck = (
    id: string,
    version: number,
    caller: Caller,
  ): Promise<GraphQLResponse<{ recheckClaim: ClaimView }>> =>
    harness.query<{ recheckClaim: ClaimView }>(RECHECK, { id, version }, caller);

  it('moves a seeded ENTERED claim to CHECKED or REJECTED, for an agent of the handling region only, with an audit record', async () => {
    const [claim] = (await harness.sql<{ id: string; version: number }>(
      "SELECT id, version FROM claim WHERE status = 'ENTERED' AND handling_region_code = 'FES' ORDER BY reference LIMIT 1",
    )) as [{ id: string; version: number }];
    expect((await recheck(claim.id, claim.version, AGENT_RABAT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await recheck(claim.id, claim.version, ADVISOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await recheck(claim.id, claim.version + 1, AGENT)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      await harness.sql("SELECT 1 FROM claim WHERE id = $1 AND status = 'ENTERED' AND version = $2", [
        claim.id,
        claim.version,
      ]),
    ).toHaveLength(1);

    const result = await recheck(claim.id, claim.version, AGENT);
    expect(result.errors).toBeUndefined();
    expect(['CHECKED', 'REJECTED']).toContain(result.data!.recheckClaim.status);
    expect(result.data!.recheckClaim.version).toBe(claim.version + 1);
    const audits = await harness.sql(
      "SELECT 1 FROM audit_record WHERE entity = 'claim' AND entity_id = $1 AND action = 'AUTOMATIC_CHECK'",
      [claim.id],
    );
    expect(audits).toHaveLength(1);
    expect((await recheck(claim.id, claim.version + 1, AGENT)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('does not take a claim for its own duplicate, and rejects what the checks reject', async () => {
    const someone = await person();
    const stored = await submit(someone);
    const [entered] = (await harness.sql<{ version: number }>(
      "UPDATE claim SET status = 'ENTERED' WHERE id = $1 RETURNING version",
      [stored.id],
    )) as [{ version: number }];
    expect((await recheck(stored.id, entered.version, AGENT)).data!.recheckClaim).toMatchObject({
      status: 'CHECKED',
      rejectionCode: null,
    });

    const unknownAct = await submit(await person(), { lines: [{ actCode: 'ZZZ', quantity: 1, unitPrice: '150.00' }] });
    const [reset] = (await harness.sql<{ version: number }>(
      "UPDATE claim SET status = 'ENTERED', rejection_code = NULL, decided_at = NULL, amount_approved = NULL WHERE id = $1 RETURNING version",
      [unknownAct.id],
    )) as [{ version: number }];
    await harness.sql('UPDATE claim_line SET amount_approved = NULL WHERE claim_id = $1', [unknownAct.id]);
    expect((await recheck(unknownAct.id, reset.version, AGENT)).data!.recheckClaim).toMatchObject({
      status: 'REJECTED',
      rejectionCode: 'ACT_NOT_IN_TARIFF',
    });
  });
});

describe('the audit record', () => {
  it('cannot be updated or deleted by the application role', async () => {
    await submit(await person());
    const app = new Client({ connectionString: harness.database.appUrl });
    await app.connect();
    try {
      await expect(app.query("UPDATE audit_record SET action = 'FORGED'")).rejects.toThrow(/permission denied/);
      await expect(app.query('DELETE FROM audit_record')).rejects.toThrow(/permission denied/);
      await expect(app.query('TRUNCATE audit_record')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    expect(await harness.sql("SELECT 1 FROM audit_record WHERE action = 'FORGED'")).toHaveLength(0);
  });
});

describe('work queues', () => {
  it("reads what approving each claim of the advisor's page would reimburse in as many statements for 40 claims as for 5", async () => {
    const ESTIMATES = `query ($first: Int) { claimQueue(stage: AWAITING_REVIEW, first: $first) {
      edges { node { id estimate { outcome amount } } } } }`;
    const cost = async (first: number): Promise<number> => {
      harness.statements.reset();
      const result = await harness.query<{
        claimQueue: { edges: Array<{ node: { estimate: { outcome: string } | null } }> };
      }>(ESTIMATES, { first }, ADVISOR);
      expect(result.errors).toBeUndefined();
      expect(result.data!.claimQueue.edges.filter((edge) => edge.node.estimate !== null)).toHaveLength(first);
      return harness.statements.count;
    };
    expect(await cost(40)).toBe(await cost(5));
  });

  const QUEUE = `query ($stage: ClaimQueueStage!, $region: ID, $first: Int, $after: String) {
    claimQueue(stage: $stage, region: $region, first: $first, after: $after) {
      totalCount edges { cursor node { id status handlingRegion { code } } } pageInfo { hasNextPage endCursor } } }`;
  interface Page {
    claimQueue: {
      totalCount: number;
      edges: Array<{ node: { id: string; status: string; handlingRegion: { code: string } } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }

  it('paginates the agent region queue without gaps or overlaps', async () => {
    const [{ count }] = (await harness.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM claim WHERE handling_region_code = 'FES' AND status IN ('APPROVED', 'PARTIALLY_APPROVED')",
    )) as [{ count: number }];
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse<Page> = await harness.query<Page>(
        QUEUE,
        { stage: 'AWAITING_PAYMENT', first: 7, after },
        AGENT,
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.claimQueue;
      expect(page.totalCount).toBe(count);
      for (const edge of page.edges) {
        expect(edge.node.handlingRegion.code).toBe('FES');
        expect(['APPROVED', 'PARTIALLY_APPROVED']).toContain(edge.node.status);
        seen.push(edge.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
  });

  it('keeps regional roles to their region and shows advisors every region', async () => {
    expect(
      (await harness.query(QUEUE, { stage: 'AWAITING_REVIEW', region: 'RABAT' }, AGENT)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await harness.query(QUEUE, { stage: 'AWAITING_REVIEW' }, { sub: '101321', role: 'OFFICER', region: null }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const head = await harness.query<Page>(QUEUE, { stage: 'AWAITING_CHECK', first: 100 }, HEAD_FES);
    expect(head.data!.claimQueue.edges.every((edge) => edge.node.handlingRegion.code === 'FES')).toBe(true);
    const headReview = await harness.query<Page>(QUEUE, { stage: 'AWAITING_REVIEW', first: 1 }, HEAD_FES);
    const [{ count: fesReview }] = (await harness.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM claim WHERE handling_region_code = 'FES' AND status IN ('CHECKED', 'UNDER_REVIEW')",
    )) as [{ count: number }];
    expect(fesReview).toBeGreaterThan(0);
    expect(headReview.data!.claimQueue.totalCount).toBe(fesReview);
    const [{ count }] = (await harness.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM claim WHERE status IN ('CHECKED', 'UNDER_REVIEW')",
    )) as [{ count: number }];
    const all = await harness.query<Page>(QUEUE, { stage: 'AWAITING_REVIEW', first: 5 }, ADVISOR);
    expect(all.data!.claimQueue.totalCount).toBe(count);
  });
});

describe('Region.health', () => {
  it('equals the figures computed directly in SQL', async () => {
    const year = new Date().getUTCFullYear();
    const result = await harness.query<{
      _entities: Array<{
        health: {
          claimsByStatus: Array<{ status: string; count: number }>;
          decidedWithin15Days: number | null;
          reimbursementPerBeneficiary: string;
          providers: number;
          pendingClaims: number;
        };
      }>;
    }>(
      `query ($year: Int) { _entities(representations: [{ __typename: "Region", code: "FES" }]) {
        ... on Region { health(year: $year) { pendingClaims claimsByStatus { status count } decidedWithin15Days reimbursementPerBeneficiary providers } } } }`,
      { year },
    );
    expect(result.errors).toBeUndefined();
    const health = result.data!._entities[0].health;
    const start = `${year}-01-01`;
    const end = `${year + 1}-01-01`;
    const byStatus = await harness.sql<{ status: string; count: number }>(
      "SELECT status, count(*)::int AS count FROM claim WHERE handling_region_code = 'FES' AND submitted_at >= $1 AND submitted_at < $2 GROUP BY status",
      [start, end],
    );
    for (const entry of health.claimsByStatus)
      expect(entry.count).toBe(byStatus.find((row) => row.status === entry.status)?.count ?? 0);
    const [sql] = await harness.sql<{
      pending: number;
      providers: number;
      within: number | null;
      per_beneficiary: string;
    }>(
      `SELECT (SELECT count(*)::int FROM claim WHERE handling_region_code = 'FES' AND status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')) AS pending,
              (SELECT count(*)::int FROM provider WHERE region_code = 'FES') AS providers,
              (SELECT (count(*) FILTER (WHERE decided_at - submitted_at <= interval '15 days'))::float8 / nullif(count(*), 0)
                 FROM claim WHERE handling_region_code = 'FES' AND decided_at >= $1 AND decided_at < $2) AS within,
              (SELECT round(coalesce(sum(amount_approved), 0)::numeric / nullif((
                 SELECT count(*) FROM beneficiary b WHERE b.region_code = 'FES' AND EXISTS (
                   SELECT 1 FROM coverage c WHERE c.beneficiary_id = b.person_id AND c.start_date <= current_date AND (c.end_date IS NULL OR c.end_date >= current_date))), 0))::text
                 FROM claim WHERE handling_region_code = 'FES' AND status = 'PAID' AND paid_at >= $1 AND paid_at < $2) AS per_beneficiary`,
      [start, end],
    );
    expect(health.pendingClaims).toBe(sql.pending);
    expect(health.providers).toBe(sql.providers);
    if (sql.within === null) expect(health.decidedWithin15Days).toBeNull();
    else expect(health.decidedWithin15Days).toBeCloseTo(sql.within, 10);
    const perBeneficiary = BigInt(sql.per_beneficiary ?? '0');
    expect(health.reimbursementPerBeneficiary).toBe(
      `${perBeneficiary / 100n}.${String(perBeneficiary % 100n).padStart(2, '0')}`,
    );
  });
});

describe('claim references', () => {
  it('stay distinct past the millionth claim: the serial grows a digit rather than losing one', async () => {
    await harness.sql("SELECT setval('claim_reference_seq', 999999)");
    const first = await submit(await person());
    const second = await submit(await person());
    const year = new Date().getUTCFullYear();
    expect([first.reference, second.reference]).toEqual([`RB-${year}-1000000`, `RB-${year}-1000001`]);
  });
});
