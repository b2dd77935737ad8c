import { type Caller, monthsEndingAt, REGION_CODES, type RunningServer } from '@dsp/common';
import { callerSettings } from '@dsp/subgraph-kit';
import {
  createTestDatabase,
  createTestGatewayIdentity,
  genericPlanReads,
  sequentialScans,
  StatementCapture,
  TEST_NATIONAL_ADMIN,
  type TestDatabase,
} from '@dsp/testing';
import { Client } from 'pg';
import { migrateMutual } from '../database';
import { seedMutualNational } from '../seed/national';
import { startMutualService } from '../server';
import { consultationInput } from '../testing/harness';

/**
 * The mutual's read paths stay on indexes at scale: about 100,000 claims
 * (with their lines, and the beneficiary file of 25,000 officers) in the
 * national data set's shape, analysed; each API request below runs through
 * the service, and every statement it sent is planned again with EXPLAIN as
 * the application role under the same request settings. No plan may read
 * the claim table sequentially.
 */
const AGENT_FES: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const HEAD_FES: Caller = { sub: '', role: 'REGIONAL_HEAD', region: 'FES' };
const ADVISOR: Caller = { sub: 'test-advisor', role: 'MEDICAL_ADVISOR', region: null };
const PAGE =
  'edges { cursor node { id reference status submittedAt amountClaimed } } pageInfo { hasNextPage endCursor } totalCount';

let database: TestDatabase;
let service: RunningServer;
let admin: Client;
const capture = new StatementCapture();
const gateway = createTestGatewayIdentity();
let person: { officer: string; claim: string };
/** A FES provider of consultations. */
let provider: string;

async function query(
  text: string,
  variables: Record<string, unknown>,
  caller: Caller,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await gateway.headersFor(caller, 'mutual')) },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

beforeAll(async () => {
  database = await createTestDatabase('mutual');
  await migrateMutual(database.ownerUrl);
  await seedMutualNational(database.ownerUrl, {
    scale: { officers: 25_000, claims: 100_000 },
    report: () => undefined,
  });
  admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  await admin.query('ANALYZE');
  const rows = await admin.query<{ officer: string; claim: string }>(
    `SELECT b.person_id AS officer, c.id AS claim FROM beneficiary b JOIN claim c ON c.beneficiary_id = b.person_id
      WHERE b.kind = 'OFFICER' AND b.region_code = 'FES' ORDER BY c.reference LIMIT 1`,
  );
  person = rows.rows[0]!;
  const head = await admin.query<{ sub: string }>(
    `SELECT officer_matricule AS sub FROM head_term WHERE region_code = 'FES' AND end_date IS NULL`,
  );
  HEAD_FES.sub = head.rows[0].sub;
  provider = (
    await admin.query<{ id: string }>(
      "SELECT id FROM provider WHERE region_code = 'FES' AND 'CONSULTATION' = ANY (care_types) ORDER BY name LIMIT 1",
    )
  ).rows[0].id;
  service = await startMutualService({
    gatewayPublicKey: gateway.publicKey,
    databaseUrl: database.appUrl,
    port: 0,
    host: '127.0.0.1',
    queryLogger: capture,
  });
}, 300_000);
afterAll(async () => {
  await service.stop();
  await admin.end();
  await database.drop();
});

const REQUESTS: Array<[string, () => [string, Record<string, unknown>, Caller]]> = [
  [
    'an agent’s queue awaiting check',
    () => [`query { claimQueue(stage: AWAITING_CHECK, first: 50) { ${PAGE} } }`, {}, AGENT_FES],
  ],
  [
    'an agent’s queue awaiting payment, for one care type',
    () => [`query { claimQueue(stage: AWAITING_PAYMENT, careType: DENTAL) { ${PAGE} } }`, {}, AGENT_FES],
  ],
  [
    'the national review queue',
    () => [`query { claimQueue(stage: AWAITING_REVIEW, first: 100) { ${PAGE} } }`, {}, ADVISOR],
  ],
  [
    'a region’s review queue for an advisor',
    () => [`query { claimQueue(stage: AWAITING_REVIEW, region: "RABAT", first: 100) { ${PAGE} } }`, {}, ADVISOR],
  ],
  [
    'a person’s file with claims and lines',
    () => [
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Officer { matricule coverage { memberNumber } claims { reference status lines { actCode amountClaimed } } } } }`,
      { representations: [{ __typename: 'Officer', matricule: person.officer }] },
      AGENT_FES,
    ],
  ],
  [
    'a claim',
    () => [`query ($id: ID!) { claim(id: $id) { reference status lines { actCode } } }`, { id: person.claim }, ADVISOR],
  ],
  [
    'a head’s regional health figures',
    () => [
      `query { _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { health { pendingClaims claimsThisYear reimbursedThisYear averageProcessingDays decidedWithin15Days beneficiaryCount reimbursementPerBeneficiary claimsByStatus { status count } providers } } } }`,
      {},
      HEAD_FES,
    ],
  ],
  [
    'every region’s health, nationally',
    () => [
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { health { pendingClaims claimsThisYear averageProcessingDays } } } }`,
      { representations: ['CASABLANCA', 'RABAT', 'FES', 'DAKHLA'].map((code) => ({ __typename: 'Region', code })) },
      TEST_NATIONAL_ADMIN,
    ],
  ],
];

/**
 * Requests whose claims are read inside SECURITY DEFINER functions (ceiling_use, same_care_claims): their
 * statements are planned as they run, nested ones included (auto_explain), since EXPLAIN of a function call
 * shows only the call.
 */
const FUNCTION_REQUESTS: Array<[string, () => [string, Record<string, unknown>, Caller]]> = [
  [
    'a person’s ceilings this year',
    () => [
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Officer { coverage { ceilingUse { careType remaining } } } } }`,
      { representations: [{ __typename: 'Officer', matricule: person.officer }] },
      AGENT_FES,
    ],
  ],
  [
    'what approving each claim of a review page would reimburse',
    () => [
      'query { claimQueue(stage: AWAITING_REVIEW, first: 50) { edges { node { estimate { outcome amount } } } } }',
      {},
      ADVISOR,
    ],
  ],
  [
    'a claim entered at the counter (its duplicate and ceiling checks)',
    () => [
      'mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { status } }',
      {
        input: consultationInput(
          person.officer,
          provider,
          new Date().toISOString().slice(0, 10),
          `plan-${Date.now()}-${Math.random()}`,
        ),
      },
      AGENT_FES,
    ],
  ],
];

/** The month before this one, YYYY-MM: the data set has decisions in it. */
const LAST_MONTH = monthsEndingAt(new Date(), 2)[0];
const HEALTH_MONTH = 'month submitted decided paid reimbursed averageProcessingDays decidedWithinTarget';
const HEALTH_ATTENTION =
  'claimTargetDays overdueClaims pendingPriorAuthorisations registryFeedLagSeconds registryFeedBehind';

/** The supervision view's trends and attention lists read the monthly summary and indexes, never a year of claims. */
const SUPERVISION_REQUESTS: Array<[string, () => [string, Record<string, unknown>, Caller]]> = [
  [
    'a head’s health trend and attention list',
    () => [
      `query { _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { healthTrend { ${HEALTH_MONTH} } healthAttention { ${HEALTH_ATTENTION} } } } }`,
      {},
      HEAD_FES,
    ],
  ],
  ['the national health trend', () => [`query { nationalHealthTrend { ${HEALTH_MONTH} } }`, {}, TEST_NATIONAL_ADMIN]],
  [
    'a head’s overdue claims (the attention list’s link)',
    () => [`query { claimQueue(waitingLongerThanDays: 15, first: 50) { ${PAGE} } }`, {}, HEAD_FES],
  ],
  [
    'a month’s decided claims of a region (the drill-down)',
    () => [`query ($month: String) { claimQueue(decidedIn: $month) { ${PAGE} } }`, { month: LAST_MONTH }, HEAD_FES],
  ],
  [
    'a month’s decided claims nationally',
    () => [
      `query ($month: String) { claimQueue(decidedIn: $month) { ${PAGE} } }`,
      { month: LAST_MONTH },
      TEST_NATIONAL_ADMIN,
    ],
  ],
  [
    'every region’s health trend and attention list',
    () => [
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { healthTrend { ${HEALTH_MONTH} } healthAttention { ${HEALTH_ATTENTION} } } } }`,
      { representations: REGION_CODES.map((code) => ({ __typename: 'Region', code })) },
      TEST_NATIONAL_ADMIN,
    ],
  ],
];

describe('query plans at scale', () => {
  it.each(SUPERVISION_REQUESTS)('%s reads no claim sequentially', async (_name, request) => {
    const [text, variables, caller] = request();
    capture.reset();
    const result = await query(text, variables, caller);
    expect(result.errors).toBeUndefined();
    expect(capture.statements.length).toBeGreaterThan(0);
    expect(
      await sequentialScans(database.appUrl, capture.statements, ['claim', 'claim_line'], {
        settings: callerSettings(caller),
      }),
    ).toEqual([]);
  });

  it('counts a head’s overdue claims from the open-claims index in the plan a prepared statement keeps', async () => {
    const [text, variables, caller] = SUPERVISION_REQUESTS[0][1]();
    capture.reset();
    expect((await query(text, variables, caller)).errors).toBeUndefined();
    const counting = capture.statements.filter((statement) => /FROM claim\b/.test(statement.query));
    expect(counting).toHaveLength(1);
    const reads = await genericPlanReads(database.appUrl, counting[0].query, callerSettings(caller));
    expect(reads.filter((read) => read.relation === 'claim')).toEqual([
      expect.objectContaining({ index: 'claim_region_open_count_idx' }),
    ]);
  });

  it.each(REQUESTS)('%s reads claims through an index', async (_name, request) => {
    const [text, variables, caller] = request();
    capture.reset();
    const result = await query(text, variables, caller);
    expect(result.errors).toBeUndefined();
    expect(capture.statements.length).toBeGreaterThan(0);
    expect(
      await sequentialScans(database.appUrl, capture.statements, ['claim', 'claim_line'], {
        settings: callerSettings(caller),
      }),
    ).toEqual([]);
  });

  it.each(FUNCTION_REQUESTS)('%s reads claims through an index, inside its functions too', async (_name, request) => {
    const [text, variables, caller] = request();
    capture.reset();
    const result = await query(text, variables, caller);
    expect(result.errors).toBeUndefined();
    expect(capture.statements.some((statement) => /ceiling_use|same_care_claims/.test(statement.query))).toBe(true);
    expect(
      await sequentialScans(database.appUrl, capture.statements, ['claim', 'claim_line'], {
        superuserUrl: database.superuserUrl,
        settings: callerSettings(caller),
      }),
    ).toEqual([]);
  });

  it('pages through a queue with its cursor on the same index', async () => {
    const first = await query(
      `query { claimQueue(stage: AWAITING_REVIEW, region: "CASABLANCA", first: 20) { ${PAGE} } }`,
      {},
      ADVISOR,
    );
    const endCursor = (first.data?.claimQueue as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    expect(endCursor).toEqual(expect.any(String));
    capture.reset();
    const next = await query(
      `query ($after: String) { claimQueue(stage: AWAITING_REVIEW, region: "CASABLANCA", first: 20, after: $after) { ${PAGE} } }`,
      { after: endCursor },
      ADVISOR,
    );
    expect(next.errors).toBeUndefined();
    expect(capture.statements.length).toBeGreaterThan(0);
    expect(
      await sequentialScans(database.appUrl, capture.statements, ['claim', 'claim_line'], {
        settings: callerSettings(ADVISOR),
      }),
    ).toEqual([]);
  });
});
