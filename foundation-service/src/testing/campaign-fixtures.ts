import { addDays, type Caller, type RegionCode, todayUtc } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import type { FoundationUnderTest, GraphQLResponse } from './foundation-test-server';

/** Callers of each foundation role, as the gateway would name them. */
export const head = testRegionalHead;
export const agent = (region: RegionCode): Caller => ({ sub: `agent-${region}`, role: 'FOUNDATION_AGENT', region });
export const officer = (matricule: string): Caller => ({ sub: matricule, role: 'OFFICER', region: null });

let keys = 0;
/** A fresh idempotency key. */
export const newKey = (): string => `fixture-key-${process.pid}-${String(++keys).padStart(6, '0')}`;

let seasons = 0;

export const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) { id season year opensOn closesOn benefitAmount isOpen
    eligibility { beneficiaryKinds minAge maxAge ageReferenceDate officerStatuses oncePerLifetime maxPerFamily priorityKilledOnDuty } }
}`;

export const SET_ALLOCATION = `mutation ($input: SetCampaignAllocationInput!) {
  setCampaignAllocation(input: $input) { id allocated quota committed disbursed approvedCount remainingBudget remainingQuota waitlisted version region { code } }
}`;

export interface AllocationResult {
  id: string;
  allocated: string;
  quota: number;
  committed: string;
  disbursed: string;
  approvedCount: number;
  remainingBudget: string;
  remainingQuota: number;
  waitlisted: number;
  version: number;
}

export function expectNoErrors<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

/** Opens a campaign today (as the national administration) and gives each region listed a budget and quota. */
export async function openCampaign(
  foundation: FoundationUnderTest,
  options: {
    kind?: string;
    eligibility?: Record<string, unknown>;
    benefitAmount?: string;
    allocations?: Array<{ region: RegionCode; allocated: string; quota: number }>;
  } = {},
): Promise<string> {
  const [programme] = await foundation.sql<{ id: string }>('SELECT id FROM programme WHERE kind = $1', [
    options.kind ?? 'EXCEPTIONAL_AID',
  ]);
  const today = todayUtc();
  const created = expectNoErrors(
    await foundation.query<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
      input: {
        programmeId: programme?.id,
        season: `test-${process.pid}-${++seasons}`,
        year: Number(today.slice(0, 4)),
        opensOn: addDays(today, -1),
        closesOn: addDays(today, 60),
        benefitAmount: options.benefitAmount ?? '1000.00',
        eligibility: options.eligibility ?? {
          beneficiaryKinds: ['OFFICER', 'SPOUSE', 'CHILD', 'RETIREE', 'WIDOW', 'ORPHAN'],
        },
        idempotencyKey: newKey(),
      },
    }),
  ).createCampaign;
  for (const allocation of options.allocations ?? []) {
    expectNoErrors(
      await foundation.query(SET_ALLOCATION, {
        input: {
          campaignId: created.id,
          regionCode: allocation.region,
          allocated: allocation.allocated,
          quota: allocation.quota,
        },
      }),
    );
  }
  return created.id;
}

/** Active officers of a region with no application yet to the campaign, for tests that need fresh applicants. */
export async function activeOfficers(
  foundation: FoundationUnderTest,
  region: RegionCode,
  count: number,
  offset = 0,
): Promise<string[]> {
  const rows = await foundation.sql<{ matricule: string }>(
    `SELECT matricule FROM officer WHERE region_code = $1 AND status = 'ACTIVE'
       AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = officer.matricule)
     ORDER BY matricule OFFSET $3 LIMIT $2`,
    [region, count, offset],
  );
  expect(rows).toHaveLength(count);
  return rows.map((row) => row.matricule);
}

export const APPLICATION_FIELDS = `id reference status version amount rankingScore beneficiaryKind decidedAt decidedBy decisionReasonCode decisionReason
  region { code } officer { matricule } dependent { id } disbursement { id amount reference recordedBy }`;

export interface ApplicationResult {
  id: string;
  reference: string;
  status: string;
  version: number;
  amount: string;
  rankingScore: number;
  beneficiaryKind: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReasonCode: string | null;
  decisionReason: string | null;
  region: { code: string };
  officer: { matricule: string };
  dependent: { id: string } | null;
  disbursement: { id: string; amount: string; reference: string; recordedBy: string | null } | null;
}

export const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const START_REVIEW = `mutation ($input: ApplicationChangeInput!) { startApplicationReview(input: $input) { ${APPLICATION_FIELDS} } }`;
export const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const WITHDRAW = `mutation ($input: WithdrawApplicationInput!) {
  withdrawApplication(input: $input) { withdrawn { ${APPLICATION_FIELDS} } promoted { ${APPLICATION_FIELDS} } }
}`;
export const DISBURSE = `mutation ($input: RecordDisbursementInput!) {
  recordDisbursement(input: $input) { id amount reference recordedBy paidAt application { id status version } }
}`;

/** Submits for an officer (or a dependent) as `caller`, and returns the application. */
export async function submit(
  foundation: FoundationUnderTest,
  caller: Caller,
  campaignId: string,
  matricule: string,
  dependentId: string | null = null,
): Promise<ApplicationResult> {
  return expectNoErrors(
    await foundation.query<{ submitApplication: ApplicationResult }>(
      SUBMIT,
      { input: { campaignId, matricule, dependentId, idempotencyKey: newKey() } },
      caller,
    ),
  ).submitApplication;
}

/** Submits and takes the application under review, as the region's agent. */
export async function underReview(
  foundation: FoundationUnderTest,
  region: RegionCode,
  campaignId: string,
  matricule: string,
): Promise<ApplicationResult> {
  const submitted = await submit(foundation, agent(region), campaignId, matricule);
  return expectNoErrors(
    await foundation.query<{ startApplicationReview: ApplicationResult }>(
      START_REVIEW,
      { input: { applicationId: submitted.id, expectedVersion: submitted.version } },
      agent(region),
    ),
  ).startApplicationReview;
}
