import type { Caller } from '@dsp/common';
import { startHarness, type MutualHarness } from '../../testing/harness';

/** Sees every claim, diagnoses included. */
const MEDICAL_ADVISOR: Caller = { sub: 'test-medical-advisor', role: 'MEDICAL_ADVISOR', region: null };

interface ClaimResult {
  id: string;
  reference: string;
  status: string;
  amountClaimed: string;
  amountApproved: string | null;
  diagnosisCodes: string[];
  handlingRegion: { code: string };
  provider: { id: string; region: { code: string } } | null;
  lines: Array<{
    actCode: string;
    quantity: number;
    unitPrice: string;
    amountClaimed: string;
    amountApproved: string | null;
  }>;
}
const CLAIM_FIELDS = `id reference status amountClaimed amountApproved diagnosisCodes handlingRegion { code }
  provider { id region { code } } lines { actCode quantity unitPrice amountClaimed amountApproved }`;

let harness: MutualHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe('claims', () => {
  it('shows one claim with its lines, amounts as decimal strings', async () => {
    const [row] = await harness.sql<{
      id: string;
      reference: string;
      amount_claimed: string;
      amount_approved: string;
      handling_region_code: string;
      lines: string;
    }>(
      `SELECT id, reference, amount_claimed::text, amount_approved::text, handling_region_code,
              (SELECT count(*) FROM claim_line WHERE claim_id = claim.id)::text AS lines
         FROM claim WHERE status = 'PAID' AND provider_id IS NOT NULL ORDER BY reference LIMIT 1`,
    );
    const result = await harness.query<{ claim: ClaimResult }>(
      `query ($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`,
      { id: row.id },
      MEDICAL_ADVISOR,
    );
    expect(result.errors).toBeUndefined();
    const claim = result.data!.claim;
    const money = (centimes: string): string =>
      `${BigInt(centimes) / 100n}.${String(BigInt(centimes) % 100n).padStart(2, '0')}`;
    expect(claim).toMatchObject({
      reference: row.reference,
      status: 'PAID',
      amountClaimed: money(row.amount_claimed),
      amountApproved: money(row.amount_approved),
    });
    expect(claim.handlingRegion.code).toBe(row.handling_region_code);
    expect(claim.provider?.region.code).toBe(row.handling_region_code);
    expect(claim.lines).toHaveLength(Number(row.lines));
    expect(claim.diagnosisCodes[0]).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
    for (const line of claim.lines) {
      expect(line.unitPrice).toMatch(/^\d+\.\d{2}$/);
      expect(BigInt(line.amountClaimed.replace('.', ''))).toBe(
        BigInt(line.unitPrice.replace('.', '')) * BigInt(line.quantity),
      );
    }
    const sum = claim.lines.reduce((total, line) => total + BigInt(line.amountClaimed.replace('.', '')), 0n);
    expect(sum).toBe(BigInt(row.amount_claimed));
  });

  it('leaves the approved amount empty until the claim is decided', async () => {
    const [row] = await harness.sql<{ id: string }>("SELECT id FROM claim WHERE status = 'ENTERED' LIMIT 1");
    const result = await harness.query<{ claim: ClaimResult }>(
      `query ($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`,
      { id: row.id },
    );
    expect(result.data!.claim.amountApproved).toBeNull();
    expect(result.data!.claim.lines.every((line) => line.amountApproved === null)).toBe(true);
  });

  it('answers null for a claim that does not exist, whatever the id looks like', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const result = await harness.query<{ claim: ClaimResult | null }>('query ($id: ID!) { claim(id: $id) { id } }', {
        id,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.claim).toBeNull();
    }
  });

  it('resolves Claim, Plan and Provider entities by id', async () => {
    const [row] = await harness.sql<{ claim: string; provider: string; plan: string }>(
      'SELECT c.id AS claim, c.provider_id AS provider, v.plan_id AS plan FROM claim c JOIN coverage v ON v.beneficiary_id = c.beneficiary_id WHERE c.provider_id IS NOT NULL LIMIT 1',
    );
    const result = await harness.query<{ _entities: Array<{ id: string } | null> }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Claim { id } ... on Plan { id } ... on Provider { id } } }`,
      {
        representations: [
          { __typename: 'Claim', id: row.claim },
          { __typename: 'Plan', id: row.plan },
          { __typename: 'Provider', id: row.provider },
          { __typename: 'Claim', id: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([{ id: row.claim }, { id: row.plan }, { id: row.provider }, null]);
  });

  it('says whom each claim of a queue is for: the officer, or the dependent cared for, as the beneficiary file has them', async () => {
    const agent: Caller = { sub: 'test-mutual-agent', role: 'MUTUAL_AGENT', region: 'FES' };
    const result = await harness.query<{
      claimQueue: {
        edges: Array<{
          node: {
            id: string;
            beneficiary: { __typename: 'Officer'; matricule: string } | { __typename: 'Dependent'; id: string };
          };
        }>;
      };
    }>(
      `{ claimQueue(status: [PAID], first: 100) { edges { node { id
          beneficiary { __typename ... on Officer { matricule } ... on Dependent { id } } } } } }`,
      {},
      agent,
    );
    expect(result.errors).toBeUndefined();
    const shown = result.data!.claimQueue.edges.map(({ node }) => ({
      id: node.id,
      kind: node.beneficiary.__typename,
      key: node.beneficiary.__typename === 'Officer' ? node.beneficiary.matricule : node.beneficiary.id,
    }));
    const filed = await harness.sql<{ id: string; kind: string; key: string }>(
      `SELECT c.id, CASE b.kind WHEN 'OFFICER' THEN 'Officer' ELSE 'Dependent' END AS kind, b.person_id AS key
         FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id WHERE c.id = ANY($1::uuid[])`,
      [shown.map((claim) => claim.id)],
    );
    const expected = new Map(filed.map((row) => [row.id, row]));
    expect(shown.length).toBe(100);
    expect(new Set(shown.map((claim) => claim.kind))).toEqual(new Set(['Officer', 'Dependent']));
    for (const claim of shown) expect(claim).toEqual(expected.get(claim.id));
  });

  it('lists the plans with a rule for every care type', async () => {
    const result = await harness.query<{
      plans: Array<{ code: string; rules: Array<{ careType: string; rate: number; yearlyCeiling: string }> }>;
    }>('{ plans { code name rules { careType rate yearlyCeiling } } }');
    const plans = result.data!.plans;
    expect(plans.map((plan) => plan.code)).toEqual(['CONFORT', 'ESSENTIEL', 'PREMIUM']);
    for (const plan of plans) {
      expect(plan.rules.map((rule) => rule.careType)).toEqual([
        'CONSULTATION',
        'DENTAL',
        'OPTICAL',
        'PHARMACY',
        'LABORATORY',
        'IMAGING',
        'HOSPITALISATION',
        'PHYSIOTHERAPY',
      ]);
      for (const rule of plan.rules) {
        expect(rule.rate).toBeGreaterThan(0);
        expect(rule.rate).toBeLessThanOrEqual(1);
        expect(rule.yearlyCeiling).toMatch(/^\d+\.\d{2}$/);
      }
    }
    expect(plans.find((plan) => plan.code === 'ESSENTIEL')!.rules[0]).toEqual({
      careType: 'CONSULTATION',
      rate: 0.8,
      yearlyCeiling: '6000.00',
    });
  });
});
