import { type Caller, parseMoney, todayUtc } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { startPlatform, type Platform } from '../platform';
import {
  inParallel,
  outcomesByKey,
  sendKeyedWrites,
  type KeyedAnswer,
  type KeyedWrite,
} from '../writes/concurrent-writes';

/**
 * Write safety under concurrency: creating mutations with idempotency keys,
 * sent twice at once, replayed later and reused with another payload, then
 * the versioned changes that follow them raced against themselves. Each
 * scenario checks the database (as superuser) against what was
 * acknowledged: one row per key, one audit record per change, limits never
 * passed, totals equal to the sum of the acknowledged answers. A scenario
 * for a new workflow is one more entry of SCENARIOS.
 */

interface Databases {
  foundation: Client;
  mutual: Client;
}

interface Scenario {
  name: string;
  run(platform: Platform, db: Databases): Promise<void>;
}

const NATIONAL_ADMIN: Caller = { sub: 'write-safety-admin', role: 'NATIONAL_ADMIN', region: null };
const AGENT: Caller = { sub: 'write-safety-agent', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'write-safety-advisor', role: 'MEDICAL_ADVISOR', region: null };

/** Centimes of a Money string ("600.00") in an answer. */
const centimes = (money: unknown): bigint => parseMoney(String(money));

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function rows<Row extends object>(client: Client, sql: string, values: unknown[] = []): Promise<Row[]> {
  return (await client.query<Row & Record<string, unknown>>(sql, values)).rows;
}

/** Every key: exactly one payload acknowledged, one id for all its acknowledgements, every other answer a CONFLICT. */
function expectOneOutcomePerKey(answers: KeyedAnswer[]): Map<string, { payload: 'first' | 'other'; id: string }> {
  const won = new Map<string, { payload: 'first' | 'other'; id: string }>();
  for (const [key, outcome] of outcomesByKey(answers)) {
    expect({ key, payload: outcome.payload === null ? 'none' : 'one', ids: outcome.ids.size }).toEqual({
      key,
      payload: 'one',
      ids: 1,
    });
    expect(outcome.codes.filter((code) => code !== 'CONFLICT')).toEqual([]);
    won.set(key, { payload: outcome.payload ?? 'first', id: [...outcome.ids][0] ?? '' });
  }
  return won;
}

/** Sends the same versioned change `copies` times at once: exactly one may be acknowledged, the others are CONFLICTs. */
async function raceChange(
  platform: Platform,
  caller: Caller,
  query: string,
  variables: Record<string, unknown>,
  copies = 2,
): Promise<Record<string, unknown> | null> {
  const token = await platform.tokenFor(caller);
  const answers = await Promise.all(Array.from({ length: copies }, () => platform.query(token, query, variables)));
  const acknowledged = answers.filter((answer) => answer.data && !answer.errors);
  expect(acknowledged.length).toBeLessThanOrEqual(1);
  for (const answer of answers.filter((one) => one.errors))
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
  return acknowledged[0]?.data ?? null;
}

const appointHeads: Scenario = {
  name: 'appointHead: one appointment per key, one head per region and date, one audit record per change',
  async run(platform, db) {
    const startDate = addDays(todayUtc(), 30);
    const candidates = await rows<{ matricule: string; region: string }>(
      db.foundation,
      `SELECT DISTINCT ON (o.region_code) o.matricule, o.region_code AS region FROM officer o
        WHERE o.status = 'ACTIVE' AND o.service_start_date <= $1::date - interval '16 years'
          AND EXISTS (SELECT 1 FROM training t WHERE t.officer_matricule = o.matricule AND t.code = 'SOCIAL_CASE_MANAGEMENT')
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        ORDER BY o.region_code, o.matricule LIMIT 8`,
      [startDate],
    );
    expect(candidates.length).toBe(8);
    // Two candidates race for each of the first four regions under their own keys; every key is also reused with another reference.
    const writes: KeyedWrite[] = candidates.flatMap((candidate, i) => {
      const region = candidates[i % 4]?.region ?? candidate.region;
      const key = `write-safety-head-${i}-${Date.now()}`;
      const input = (reference: string) => ({
        regionCode: region,
        matricule: candidate.matricule,
        startDate,
        decisionReference: reference,
        idempotencyKey: key,
      });
      const write = (payload: 'first' | 'other', reference: string): KeyedWrite => ({
        key,
        payload,
        caller: NATIONAL_ADMIN,
        query: 'mutation($input: AppointHeadInput!) { appointHead(input: $input) { id } }',
        variables: { input: input(reference) },
        idOf: (data) => (data.appointHead as { id: string }).id,
      });
      return [write('first', `WS-${key}`), write('other', `WS-OTHER-${key}`)];
    });
    const previous = await rows<{ id: string; region: string }>(
      db.foundation,
      'SELECT id::text, region_code AS region FROM head_appointment WHERE end_date IS NULL',
    );
    const answers = await sendKeyedWrites(platform, writes);
    // A key whose appointment lost the region's race has no appointment at all: its every answer is a CONFLICT.
    const won = new Map<string, string>();
    for (const [key, outcome] of outcomesByKey(answers)) {
      expect(outcome.codes.filter((code) => code !== 'CONFLICT')).toEqual([]);
      expect(outcome.ids.size).toBeLessThanOrEqual(1);
      if (outcome.ids.size === 1) won.set(key, [...outcome.ids][0] ?? '');
    }
    expect(won.size).toBe(4);

    const created = await rows<{ id: string; region: string; reference: string }>(
      db.foundation,
      "SELECT id::text, region_code AS region, decision_reference AS reference FROM head_appointment WHERE decision_reference LIKE 'WS-%'",
    );
    expect(created.map((row) => row.id).sort()).toEqual([...won.values()].sort());
    expect(new Set(created.map((row) => row.region)).size).toBe(4);
    const audits = await rows<{ entity_id: string; action: string; n: number }>(
      db.foundation,
      "SELECT entity_id, action, count(*)::int AS n FROM audit_record WHERE entity = 'head_appointment' GROUP BY entity_id, action",
    );
    for (const id of won.values())
      expect(audits.filter((audit) => audit.entity_id === id)).toEqual([{ entity_id: id, action: 'APPOINT', n: 1 }]);
    const replaced = previous.filter((term) => created.some((row) => row.region === term.region));
    for (const term of replaced)
      expect(audits.filter((audit) => audit.entity_id === term.id)).toEqual([
        { entity_id: term.id, action: 'END_TERM', n: 1 },
      ]);
    expect(audits.length).toBe(won.size + replaced.length);
  },
};

const claimsWithinCeilings: Scenario = {
  name: 'claims: one claim per key, concurrent decisions within the yearly ceiling, payments counted once',
  async run(platform, db) {
    const today = todayUtc();
    const [{ plan, ceiling }] = (await rows<{ plan: string; ceiling: string }>(
      db.mutual,
      "SELECT p.id::text AS plan, r.yearly_ceiling::text AS ceiling FROM plan p JOIN plan_rule r ON r.plan_id = p.id AND r.care_type = 'CONSULTATION' WHERE p.code = 'ESSENTIEL'",
    )) as [{ plan: string; ceiling: string }];
    const [{ provider }] = (await rows<{ provider: string }>(
      db.mutual,
      "SELECT id::text AS provider FROM provider WHERE region_code = 'FES' AND 'CONSULTATION' = ANY (care_types) ORDER BY name LIMIT 1",
    )) as [{ provider: string }];
    const [{ tariff }] = (await rows<{ tariff: string }>(
      db.mutual,
      "SELECT tariff::text FROM act_tariff WHERE act_code = 'CS'",
    )) as [{ tariff: string }];
    // Three people of the FES file, covered by ESSENTIEL, with nothing consumed this year.
    const people = ['W1', 'W2', 'W3'].map((suffix) => `WS000${suffix}`);
    for (const [i, person] of people.entries()) {
      await db.mutual.query(
        "INSERT INTO beneficiary (person_id, kind, officer_matricule, birth_date, officer_status, region_code) VALUES ($1, 'OFFICER', $1, '1980-01-01', 'ACTIVE', 'FES')",
        [person],
      );
      await db.mutual.query(
        "INSERT INTO coverage (beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date) VALUES ($1, $2, $3, $4, '2010-01-01')",
        [person, plan, `WS-${i}`, `AMO-WS-${i}`],
      );
    }
    // Twelve claims each, every one worth more than a tenth of the ceiling at 5 units: together well past it.
    const writes: KeyedWrite[] = people.flatMap((person, p) =>
      Array.from({ length: 12 }, (_, i): KeyedWrite[] => {
        const key = `write-safety-claim-${p}-${i}-${Date.now()}`;
        const input = (quantity: number) => ({
          beneficiaryId: person,
          providerId: provider,
          careType: 'CONSULTATION',
          careStartDate: today,
          careEndDate: today,
          diagnosisCodes: ['J06.9'],
          lines: [{ actCode: 'CS', quantity, unitPrice: `${200 + i}.00` }],
          idempotencyKey: key,
        });
        const write = (payload: 'first' | 'other', quantity: number): KeyedWrite => ({
          key,
          payload,
          caller: AGENT,
          query: 'mutation($input: SubmitClaimInput!) { submitClaim(input: $input) { id } }',
          variables: { input: input(quantity) },
          idOf: (data) => (data.submitClaim as { id: string }).id,
        });
        return i % 3 === 0 ? [write('first', 5), write('other', 4)] : [write('first', 5)];
      }).flat(),
    );
    const won = expectOneOutcomePerKey(await sendKeyedWrites(platform, writes));
    expect(won.size).toBe(36);

    const claims = await rows<{ id: string; person: string; status: string; version: number }>(
      db.mutual,
      'SELECT id::text, beneficiary_id AS person, status, version FROM claim WHERE beneficiary_id = ANY($1) ORDER BY submitted_at',
      [people],
    );
    expect(claims.map((claim) => claim.id).sort()).toEqual([...won.values()].map((outcome) => outcome.id).sort());
    expect(claims.every((claim) => claim.status === 'CHECKED')).toBe(true);
    const keysStored = await rows<{ n: number }>(
      db.mutual,
      "SELECT count(*)::int AS n FROM idempotency_key WHERE operation = 'submitClaim' AND key LIKE 'write-safety-claim-%'",
    );
    expect(keysStored[0]?.n).toBe(36);

    // Review, then approve every claim at once, each change sent twice at the same time.
    await inParallel(claims, 8, (claim) =>
      raceChange(platform, ADVISOR, 'mutation($id: ID!, $v: Int!) { reviewClaim(id: $id, version: $v) { id } }', {
        id: claim.id,
        v: claim.version,
      }),
    );
    const reviewed = await rows<{ id: string; version: number }>(
      db.mutual,
      "SELECT id::text, version FROM claim WHERE beneficiary_id = ANY($1) AND status = 'UNDER_REVIEW'",
      [people],
    );
    expect(reviewed.length).toBe(36);
    const decisions = await inParallel(reviewed, 12, (claim) =>
      raceChange(
        platform,
        ADVISOR,
        'mutation($id: ID!, $v: Int!) { decideClaim(id: $id, version: $v, decision: APPROVE) { id status amountApproved version } }',
        {
          id: claim.id,
          v: claim.version,
        },
      ),
    );
    const acknowledgedDecisions = decisions.flatMap((data) =>
      data ? [data.decideClaim as { id: string; status: string; amountApproved: string; version: number }] : [],
    );
    expect(acknowledgedDecisions.length).toBe(36);

    const decided = await rows<{
      id: string;
      person: string;
      status: string;
      approved: string;
      due: string;
      version: number;
    }>(
      db.mutual,
      `SELECT c.id::text, c.beneficiary_id AS person, c.status, coalesce(c.amount_approved, 0)::text AS approved, c.version,
              (SELECT sum(least(l.unit_price, $2::bigint) * l.quantity * 80 / 100) FROM claim_line l WHERE l.claim_id = c.id)::text AS due
         FROM claim c WHERE c.beneficiary_id = ANY($1)`,
      [people, tariff],
    );
    for (const person of people) {
      const mine = decided.filter((claim) => claim.person === person);
      const approved = mine.reduce((sum, claim) => sum + BigInt(claim.approved), 0n);
      const due = mine.reduce((sum, claim) => sum + BigInt(claim.due), 0n);
      // The ceiling is never passed, and it is used to the last centime when the claims ask for more.
      expect(approved <= BigInt(ceiling)).toBe(true);
      expect(approved).toBe(due < BigInt(ceiling) ? due : BigInt(ceiling));
    }
    const acknowledgedTotal = acknowledgedDecisions.reduce(
      (sum, decision) => sum + centimes(decision.amountApproved),
      0n,
    );
    expect(decided.reduce((sum, claim) => sum + BigInt(claim.approved), 0n)).toBe(acknowledgedTotal);

    // Pay every approved claim, each payment sent twice at once.
    const payable = decided.filter((claim) => claim.status === 'APPROVED' || claim.status === 'PARTIALLY_APPROVED');
    const payments = await inParallel(payable, 8, (claim) =>
      raceChange(
        platform,
        AGENT,
        'mutation($id: ID!, $v: Int!) { recordClaimPayment(id: $id, version: $v) { id amountApproved } }',
        { id: claim.id, v: claim.version },
      ),
    );
    const paidAcknowledged = payments.flatMap((data) =>
      data ? [data.recordClaimPayment as { id: string; amountApproved: string }] : [],
    );
    expect(paidAcknowledged.length).toBe(payable.length);
    const [paid] = await rows<{ total: string; n: number }>(
      db.mutual,
      "SELECT coalesce(sum(amount_approved), 0)::text AS total, count(*)::int AS n FROM claim WHERE beneficiary_id = ANY($1) AND status = 'PAID'",
      [people],
    );
    expect(paid?.n).toBe(payable.length);
    expect(BigInt(paid?.total ?? '0')).toBe(
      paidAcknowledged.reduce((sum, payment) => sum + centimes(payment.amountApproved), 0n),
    );

    // One audit record per change: SUBMIT, AUTOMATIC_CHECK, REVIEW and DECIDE for every claim, PAY for the paid ones.
    const audits = await rows<{ action: string; n: number; per_claim: number }>(
      db.mutual,
      "SELECT action, count(*)::int AS n, max(c)::int AS per_claim FROM (SELECT action, entity_id, count(*) AS c FROM audit_record WHERE entity = 'claim' AND entity_id = ANY($1) GROUP BY action, entity_id) s GROUP BY action ORDER BY action",
      [claims.map((claim) => claim.id)],
    );
    expect(audits).toEqual([
      { action: 'AUTOMATIC_CHECK', n: 36, per_claim: 1 },
      { action: 'DECIDE', n: 36, per_claim: 1 },
      { action: 'PAY', n: payable.length, per_claim: 1 },
      { action: 'REVIEW', n: 36, per_claim: 1 },
      { action: 'SUBMIT', n: 36, per_claim: 1 },
    ]);
  },
};

const applicationsWithinQuota: Scenario = {
  name: 'applications: one application per key, concurrent approvals within the region quota and budget',
  async run(platform, db) {
    const today = todayUtc();
    const region = 'CASABLANCA';
    const agent: Caller = { sub: 'write-safety-foundation-agent', role: 'FOUNDATION_AGENT', region };
    const head = testRegionalHead(region);
    const admin = await platform.tokenFor(NATIONAL_ADMIN);
    const [programme] = await rows<{ id: string }>(
      db.foundation,
      "SELECT id::text FROM programme WHERE kind = 'EXCEPTIONAL_AID'",
    );
    const created = await platform.query<{ createCampaign: { id: string } }>(
      admin,
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      {
        input: {
          programmeId: programme?.id,
          season: `write-safety-${Date.now()}`,
          year: Number(today.slice(0, 4)),
          opensOn: addDays(today, -1),
          closesOn: addDays(today, 30),
          benefitAmount: '1000.00',
          eligibility: { beneficiaryKinds: ['OFFICER'] },
          idempotencyKey: `write-safety-campaign-${Date.now()}`,
        },
      },
    );
    const campaignId = created.data?.createCampaign.id ?? '';
    // Five approvals' worth of quota, and a budget for four and a half: the budget is the limit that bites.
    const allocation = await platform.query(
      admin,
      'mutation($input: SetCampaignAllocationInput!) { setCampaignAllocation(input: $input) { allocated } }',
      {
        input: { campaignId, regionCode: region, allocated: '4500.00', quota: 5 },
      },
    );
    expect(allocation.errors).toBeUndefined();
    const officers = await rows<{ matricule: string }>(
      db.foundation,
      "SELECT matricule FROM officer o WHERE region_code = $1 AND status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule) ORDER BY matricule LIMIT 13",
      [region],
    );
    const spare = officers.pop()?.matricule;
    const writes: KeyedWrite[] = officers.flatMap(({ matricule }, i): KeyedWrite[] => {
      const key = `write-safety-application-${i}-${Date.now()}`;
      const write = (payload: 'first' | 'other', who: string | undefined): KeyedWrite => ({
        key,
        payload,
        caller: agent,
        query: 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
        variables: { input: { campaignId, matricule: who, idempotencyKey: key } },
        idOf: (data) => (data.submitApplication as { id: string }).id,
      });
      return i % 3 === 0 ? [write('first', matricule), write('other', spare)] : [write('first', matricule)];
    });
    const won = expectOneOutcomePerKey(await sendKeyedWrites(platform, writes));
    expect(won.size).toBe(12);
    const applications = await rows<{ id: string; version: number }>(
      db.foundation,
      'SELECT id::text, version FROM application WHERE campaign_id = $1',
      [campaignId],
    );
    expect(applications.map((application) => application.id).sort()).toEqual(
      [...won.values()].map((outcome) => outcome.id).sort(),
    );

    await inParallel(applications, 6, (application) =>
      raceChange(
        platform,
        agent,
        'mutation($input: ApplicationChangeInput!) { startApplicationReview(input: $input) { id } }',
        {
          input: { applicationId: application.id, expectedVersion: application.version },
        },
      ),
    );
    const reviewed = await rows<{ id: string; version: number }>(
      db.foundation,
      "SELECT id::text, version FROM application WHERE campaign_id = $1 AND status = 'UNDER_REVIEW'",
      [campaignId],
    );
    expect(reviewed.length).toBe(12);
    const token = await platform.tokenFor(head);
    const approvals = await Promise.all(
      reviewed.flatMap((application) =>
        [1, 2].map(() =>
          platform.query<{ decideApplication: { id: string; amount: string } }>(
            token,
            'mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id amount } }',
            {
              input: { applicationId: application.id, decision: 'APPROVE', expectedVersion: application.version },
            },
          ),
        ),
      ),
    );
    const acknowledged = approvals.flatMap((answer) =>
      answer.data?.decideApplication && !answer.errors ? [answer.data.decideApplication] : [],
    );
    for (const answer of approvals.filter((one) => one.errors))
      expect(['CONFLICT', 'QUOTA_EXHAUSTED']).toContain(answer.errors?.[0]?.extensions?.code);
    // 4.5 approvals' worth of budget: four approvals, never the fifth the quota would allow.
    expect(acknowledged.length).toBe(4);
    expect(new Set(acknowledged.map((approval) => approval.id)).size).toBe(4);
    const [budget] = await rows<{ approved: number; committed: string; allocated: string }>(
      db.foundation,
      `SELECT count(*) FILTER (WHERE a.status = 'APPROVED')::int AS approved, coalesce(sum(a.amount) FILTER (WHERE a.status = 'APPROVED'), 0)::text AS committed, max(ca.allocated)::text AS allocated
         FROM application a JOIN campaign_allocation ca ON ca.campaign_id = a.campaign_id AND ca.region_code = a.region_code WHERE a.campaign_id = $1`,
      [campaignId],
    );
    expect(budget?.approved).toBe(4);
    expect(BigInt(budget?.committed ?? '0')).toBe(
      acknowledged.reduce((sum, approval) => sum + centimes(approval.amount), 0n),
    );
    expect(BigInt(budget?.committed ?? '0') <= BigInt(budget?.allocated ?? '0')).toBe(true);
    const audits = await rows<{ action: string; n: number; per_record: number }>(
      db.foundation,
      "SELECT action, count(*)::int AS n, max(c)::int AS per_record FROM (SELECT action, entity_id, count(*) AS c FROM audit_record WHERE entity = 'application' AND entity_id = ANY($1) GROUP BY action, entity_id) s GROUP BY action ORDER BY action",
      [applications.map((application) => application.id)],
    );
    expect(audits.find((audit) => audit.action === 'SUBMIT')).toEqual({ action: 'SUBMIT', n: 12, per_record: 1 });
    expect(audits.find((audit) => audit.action === 'APPROVE')).toEqual({ action: 'APPROVE', n: 4, per_record: 1 });
    expect(audits.every((audit) => audit.per_record === 1)).toBe(true);
  },
};

const SCENARIOS: Scenario[] = [appointHeads, claimsWithinCeilings, applicationsWithinQuota];

describe('write safety under concurrency (idempotency keys, races, limits)', () => {
  let platform: Platform;
  let db: Databases;

  beforeAll(async () => {
    platform = await startPlatform();
    db = {
      foundation: new Client({ connectionString: platform.foundation.db.superuserUrl }),
      mutual: new Client({ connectionString: platform.mutual.db.superuserUrl }),
    };
    await Promise.all([db.foundation.connect(), db.mutual.connect()]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([db.foundation.end(), db.mutual.end()]);
    await platform.stop();
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      await scenario.run(platform, db);
    },
    120_000,
  );
});
