import { addDays, todayUtc } from '@dsp/common';
import {
  agent,
  CREATE_CAMPAIGN,
  DECIDE,
  DISBURSE,
  expectNoErrors,
  head,
  newKey,
  officer,
  openCampaign,
  activeOfficers,
  SET_ALLOCATION,
  START_REVIEW,
  SUBMIT,
  submit,
  underReview,
  WITHDRAW,
  type AllocationResult,
  type ApplicationResult,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

async function counts(): Promise<{
  applications: number;
  campaigns: number;
  allocations: number;
  disbursements: number;
  audit: number;
}> {
  const [row] = await foundation.sql<{
    applications: number;
    campaigns: number;
    allocations: number;
    disbursements: number;
    audit: number;
  }>(
    `SELECT (SELECT count(*)::int FROM application) AS applications, (SELECT count(*)::int FROM campaign) AS campaigns,
            (SELECT count(*)::int FROM campaign_allocation) AS allocations, (SELECT count(*)::int FROM disbursement) AS disbursements,
            (SELECT count(*)::int FROM audit_record) AS audit`,
  );
  return row;
}

const TRAIL = `query ($entity: String!, $id: ID!) { auditTrail(entity: $entity, id: $id) { action actorRole actorSub before after } }`;
type Trail = {
  auditTrail: Array<{ action: string; actorRole: string; actorSub: string; before: string | null; after: string }>;
};

async function programmeId(kind: string): Promise<string> {
  const [row] = await foundation.sql<{ id: string }>('SELECT id FROM programme WHERE kind = $1', [kind]);
  return row.id;
}

async function campaignInput(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const today = todayUtc();
  return {
    programmeId: await programmeId('SUMMER_CAMP'),
    season: `2027-${newKey()}`.slice(0, 40),
    year: 2027,
    opensOn: today,
    closesOn: addDays(today, 30),
    benefitAmount: '1500.00',
    eligibility: {
      beneficiaryKinds: ['CHILD', 'ORPHAN'],
      minAge: 6,
      maxAge: 15,
      maxPerFamily: 2,
      priorityKilledOnDuty: true,
    },
    idempotencyKey: newKey(),
    ...overrides,
  };
}

describe('campaigns and allocations', () => {
  it('opens a campaign with its rules stored as data, once per idempotency key, and audits it', async () => {
    const input = await campaignInput();
    const first = expectNoErrors(
      await foundation.query<{
        createCampaign: { id: string; isOpen: boolean; benefitAmount: string; eligibility: Record<string, unknown> };
      }>(CREATE_CAMPAIGN, { input }),
    );
    expect(first.createCampaign).toMatchObject({
      isOpen: true,
      benefitAmount: '1500.00',
      eligibility: {
        beneficiaryKinds: ['CHILD', 'ORPHAN'],
        minAge: 6,
        maxAge: 15,
        ageReferenceDate: null,
        officerStatuses: [],
        oncePerLifetime: false,
        maxPerFamily: 2,
        priorityKilledOnDuty: true,
      },
    });
    const [stored] = await foundation.sql<{ eligibility: unknown }>('SELECT eligibility FROM campaign WHERE id = $1', [
      first.createCampaign.id,
    ]);
    expect(stored?.eligibility).toMatchObject({ beneficiaryKinds: ['CHILD', 'ORPHAN'], maxPerFamily: 2 });
    const written = await counts();

    const retry = expectNoErrors(
      await foundation.query<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, { input }),
    );
    expect(retry.createCampaign.id).toBe(first.createCampaign.id);
    const reused = await foundation.query(CREATE_CAMPAIGN, { input: { ...input, benefitAmount: '1600.00' } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(written);

    const trail = expectNoErrors(
      await foundation.query<Trail>(TRAIL, { entity: 'campaign', id: first.createCampaign.id }),
    );
    expect(trail.auditTrail.map((record) => [record.action, record.actorRole])).toEqual([['CREATE', 'NATIONAL_ADMIN']]);
    const refused = await foundation.query(TRAIL, { entity: 'campaign', id: first.createCampaign.id }, head('FES'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad campaign input naming the field, and writes nothing', async () => {
    const written = await counts();
    const [existing] = await foundation.sql<{ season: string; programme_id: string }>(
      `SELECT season, programme_id FROM campaign ORDER BY season LIMIT 1`,
    );
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ programmeId: '00000000-0000-4000-8000-000000000000' }, 'programmeId'],
      [{ programmeId: 'not-a-uuid' }, 'programmeId'],
      [{ season: '  ' }, 'season'],
      [{ season: 'x'.repeat(41) }, 'season'],
      [{ programmeId: existing.programme_id, season: existing.season }, 'season'],
      [{ closesOn: addDays(todayUtc(), -1) }, 'closesOn'],
      [{ benefitAmount: '0.00' }, 'benefitAmount'],
      [{ eligibility: { beneficiaryKinds: [] } }, 'eligibility.beneficiaryKinds'],
      [{ eligibility: { beneficiaryKinds: ['CHILD'], minAge: 10, maxAge: 5 } }, 'eligibility.maxAge'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
    ];
    for (const [overrides, field] of cases) {
      const response = await foundation.query(CREATE_CAMPAIGN, { input: await campaignInput(overrides) });
      expect([field, response.errors?.[0]?.extensions]).toEqual([
        field,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
    expect(await counts()).toEqual(written);
  });

  it('lets only the national administration open campaigns and set allocations', async () => {
    const written = await counts();
    for (const caller of [head('FES'), agent('FES'), officer('100001')]) {
      const refused = await foundation.query(CREATE_CAMPAIGN, { input: await campaignInput() }, caller);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const campaignId = await openCampaign(foundation);
    const before = await counts();
    const refused = await foundation.query(
      SET_ALLOCATION,
      { input: { campaignId, regionCode: 'FES', allocated: '100.00', quota: 1 } },
      head('FES'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect(before.campaigns).toBe(written.campaigns + 1);
  });

  it('sets a budget and quota, refuses a stale version and a budget below what is committed', async () => {
    const campaignId = await openCampaign(foundation, { benefitAmount: '1000.00' });
    const created = expectNoErrors(
      await foundation.query<{ setCampaignAllocation: AllocationResult }>(SET_ALLOCATION, {
        input: { campaignId, regionCode: 'TAZA', allocated: '3000.00', quota: 3 },
      }),
    ).setCampaignAllocation;
    expect(created).toMatchObject({
      allocated: '3000.00',
      quota: 3,
      committed: '0.00',
      remainingBudget: '3000.00',
      remainingQuota: 3,
      version: 1,
    });

    const [matricule] = await activeOfficers(foundation, 'TAZA', 1);
    const application = await underReview(foundation, 'TAZA', campaignId, matricule);
    expectNoErrors(
      await foundation.query(
        DECIDE,
        { input: { applicationId: application.id, decision: 'APPROVE', expectedVersion: application.version } },
        head('TAZA'),
      ),
    );

    const written = await counts();
    const stale = await foundation.query(SET_ALLOCATION, {
      input: { campaignId, regionCode: 'TAZA', allocated: '5000.00', quota: 5, expectedVersion: 7 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await foundation.query(SET_ALLOCATION, {
      input: { campaignId, regionCode: 'TAZA', allocated: '5000.00', quota: 5 },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const tooLow = await foundation.query(SET_ALLOCATION, {
      input: { campaignId, regionCode: 'TAZA', allocated: '999.99', quota: 5, expectedVersion: 1 },
    });
    expect(tooLow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allocated' });
    const quotaLow = await foundation.query(SET_ALLOCATION, {
      input: { campaignId, regionCode: 'TAZA', allocated: '5000.00', quota: 0, expectedVersion: 1 },
    });
    expect(quotaLow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quota' });
    expect(await counts()).toEqual(written);

    const updated = expectNoErrors(
      await foundation.query<{ setCampaignAllocation: AllocationResult }>(SET_ALLOCATION, {
        input: { campaignId, regionCode: 'TAZA', allocated: '5000.00', quota: 5, expectedVersion: 1 },
      }),
    ).setCampaignAllocation;
    expect(updated).toMatchObject({
      allocated: '5000.00',
      quota: 5,
      committed: '1000.00',
      approvedCount: 1,
      remainingBudget: '4000.00',
      remainingQuota: 4,
      version: 2,
    });
    const trail = expectNoErrors(
      await foundation.query<Trail>(TRAIL, { entity: 'campaign_allocation', id: created.id }, head('TAZA')),
    );
    expect(trail.auditTrail.map((record) => record.action)).toEqual(['CREATE', 'UPDATE']);
    // What each change touched, the amounts as Money (the record keeps centimes).
    const changes = expectNoErrors(
      await foundation.query<{
        auditTrail: Array<{ changes: Array<{ field: string; before: string | null; after: string | null }> }>;
      }>(
        'query ($id: ID!) { auditTrail(entity: "campaign_allocation", id: $id) { changes { field before after } } }',
        { id: created.id },
        head('TAZA'),
      ),
    ).auditTrail.map((record) =>
      record.changes.filter((change) => change.field !== 'id' && change.field !== 'campaignId'),
    );
    expect(changes).toEqual([
      [
        { field: 'allocated', before: null, after: '3000.00' },
        { field: 'quota', before: null, after: '3' },
        { field: 'regionCode', before: null, after: 'TAZA' },
        { field: 'version', before: null, after: '1' },
      ],
      [
        { field: 'allocated', before: '3000.00', after: '5000.00' },
        { field: 'quota', before: '3', after: '5' },
        { field: 'version', before: '1', after: '2' },
      ],
    ]);
    const elsewhere = await foundation.query(TRAIL, { entity: 'campaign_allocation', id: created.id }, head('FES'));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the application workflow', () => {
  it('takes an application from SUBMITTED to PAID as the roles of its region, audited at every step', async () => {
    const campaignId = await openCampaign(foundation, {
      benefitAmount: '2500.00',
      allocations: [{ region: 'FES', allocated: '10000.00', quota: 4 }],
    });
    const [matricule] = await activeOfficers(foundation, 'FES', 1);
    const submitted = await submit(foundation, agent('FES'), campaignId, matricule);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      amount: '2500.00',
      beneficiaryKind: 'OFFICER',
      region: { code: 'FES' },
      dependent: null,
    });
    expect(submitted.rankingScore).toBeGreaterThanOrEqual(300);

    const reviewed = expectNoErrors(
      await foundation.query<{ startApplicationReview: ApplicationResult }>(
        START_REVIEW,
        { input: { applicationId: submitted.id, expectedVersion: 1 } },
        head('FES'),
      ),
    ).startApplicationReview;
    expect(reviewed).toMatchObject({ status: 'UNDER_REVIEW', version: 2 });

    const agentDecides = await foundation.query(
      DECIDE,
      { input: { applicationId: submitted.id, decision: 'APPROVE', expectedVersion: 2 } },
      agent('FES'),
    );
    expect(agentDecides.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherHead = await foundation.query(
      DECIDE,
      { input: { applicationId: submitted.id, decision: 'APPROVE', expectedVersion: 2 } },
      head('RABAT'),
    );
    expect(otherHead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approved = expectNoErrors(
      await foundation.query<{ decideApplication: ApplicationResult }>(
        DECIDE,
        { input: { applicationId: submitted.id, decision: 'APPROVE', reason: 'Dossier complet', expectedVersion: 2 } },
        head('FES'),
      ),
    ).decideApplication;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      version: 3,
      decidedBy: head('FES').sub,
      decisionReason: 'Dossier complet',
    });
    expect(approved.decidedAt).not.toBeNull();

    const headPays = await foundation.query(
      DISBURSE,
      { input: { applicationId: submitted.id, reference: 'OV-1', idempotencyKey: newKey() } },
      head('FES'),
    );
    expect(headPays.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const payment = { applicationId: submitted.id, reference: 'OV-2026-FES-T1', idempotencyKey: newKey() };
    const paid = expectNoErrors(
      await foundation.query<{
        recordDisbursement: {
          id: string;
          amount: string;
          recordedBy: string;
          application: { status: string; version: number };
        };
      }>(DISBURSE, { input: payment }, agent('FES')),
    ).recordDisbursement;
    expect(paid).toMatchObject({
      amount: '2500.00',
      recordedBy: 'agent-FES',
      application: { status: 'PAID', version: 4 },
    });
    const written = await counts();
    const retried = expectNoErrors(
      await foundation.query<{ recordDisbursement: { id: string } }>(DISBURSE, { input: payment }, agent('FES')),
    ).recordDisbursement;
    expect(retried.id).toBe(paid.id);
    const reused = await foundation.query(DISBURSE, { input: { ...payment, reference: 'OV-OTHER' } }, agent('FES'));
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(written);

    const trail = expectNoErrors(
      await foundation.query<Trail>(TRAIL, { entity: 'application', id: submitted.id }, head('FES')),
    );
    expect(trail.auditTrail.map((record) => [record.action, record.actorRole])).toEqual([
      ['SUBMIT', 'FOUNDATION_AGENT'],
      ['START_REVIEW', 'REGIONAL_HEAD'],
      ['APPROVE', 'REGIONAL_HEAD'],
      ['PAY', 'FOUNDATION_AGENT'],
    ]);
    expect(JSON.parse(trail.auditTrail[2].before!)).toMatchObject({ status: 'UNDER_REVIEW', version: 2 });
    expect(JSON.parse(trail.auditTrail[2].after)).toMatchObject({
      status: 'APPROVED',
      version: 3,
      decidedBy: head('FES').sub,
    });
    const payments = expectNoErrors(await foundation.query<Trail>(TRAIL, { entity: 'disbursement', id: paid.id }));
    expect(payments.auditTrail.map((record) => record.action)).toEqual(['RECORD']);
    expect(
      (await foundation.query(TRAIL, { entity: 'application', id: submitted.id }, head('RABAT'))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const allocation = await foundation.query<{ campaign: { allocations: AllocationResult[] } }>(
      `query ($id: ID!) { campaign(id: $id) { allocations { allocated committed disbursed approvedCount remainingBudget remainingQuota } } }`,
      { id: campaignId },
      head('FES'),
    );
    expect(allocation.data?.campaign.allocations).toEqual([
      {
        allocated: '10000.00',
        committed: '2500.00',
        disbursed: '2500.00',
        approvedCount: 1,
        remainingBudget: '7500.00',
        remainingQuota: 3,
      },
    ]);
  });

  it('lets an officer submit and withdraw for their own family, and no one else’s', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'OUJDA', allocated: '5000.00', quota: 5 }],
    });
    const [own, other] = await activeOfficers(foundation, 'OUJDA', 2);
    const [child] = await foundation.sql<{ id: string }>(
      `SELECT id FROM dependent WHERE relation = 'CHILD' AND officer_matricule = $1 LIMIT 1`,
      [own],
    );
    const forChild = await submit(foundation, officer(own), campaignId, own, child?.id ?? null);
    expect(forChild).toMatchObject({ status: 'SUBMITTED', officer: { matricule: own } });

    const written = await counts();
    const forOther = await foundation.query(
      SUBMIT,
      { input: { campaignId, matricule: other, idempotencyKey: newKey() } },
      officer(own),
    );
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherAgent = await foundation.query(
      SUBMIT,
      { input: { campaignId, matricule: own, idempotencyKey: newKey() } },
      agent('FES'),
    );
    expect(otherAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mutual = await foundation.query(
      SUBMIT,
      { input: { campaignId, matricule: own, idempotencyKey: newKey() } },
      { sub: 'm', role: 'MUTUAL_AGENT', region: 'OUJDA' },
    );
    expect(mutual.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const readOther = await foundation.query(
      `query ($id: ID!) { application(id: $id) { id } }`,
      { id: forChild.id },
      officer(other),
    );
    expect(readOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decide = await foundation.query(
      DECIDE,
      { input: { applicationId: forChild.id, decision: 'REJECT', reason: 'x', expectedVersion: 1 } },
      officer(own),
    );
    expect(decide.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(written);

    const withdrawn = expectNoErrors(
      await foundation.query<{ withdrawApplication: { withdrawn: ApplicationResult; promoted: null } }>(
        WITHDRAW,
        { input: { applicationId: forChild.id, reason: 'Plus nécessaire', expectedVersion: 1 } },
        officer(own),
      ),
    ).withdrawApplication;
    expect(withdrawn).toMatchObject({
      withdrawn: { status: 'WITHDRAWN', decidedBy: own, decisionReason: 'Plus nécessaire', version: 2 },
      promoted: null,
    });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'AGADIR', allocated: '5000.00', quota: 5 }],
    });
    const [matricule] = await activeOfficers(foundation, 'AGADIR', 1);
    const application = await underReview(foundation, 'AGADIR', campaignId, matricule);
    const written = await counts();
    const stale = await foundation.query(
      DECIDE,
      { input: { applicationId: application.id, decision: 'APPROVE', expectedVersion: 1 } },
      head('AGADIR'),
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await foundation.query(
      START_REVIEW,
      { input: { applicationId: application.id, expectedVersion: 2 } },
      agent('AGADIR'),
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(written);
    const [row] = await foundation.sql<{ status: string; version: number }>(
      'SELECT status, version FROM application WHERE id = $1',
      [application.id],
    );
    expect(row).toEqual({ status: 'UNDER_REVIEW', version: 2 });
  });

  it('keeps why an application was waitlisted or rejected as a code, with the words typed beside it, and drops it on approval', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'AGADIR', allocated: '5000.00', quota: 5 }],
    });
    const [first, second] = await activeOfficers(foundation, 'AGADIR', 2);
    const decide = async (id: string, input: Record<string, unknown>, expectedVersion: number) =>
      expectNoErrors(
        await foundation.query<{ decideApplication: ApplicationResult }>(
          DECIDE,
          { input: { applicationId: id, expectedVersion, ...input } },
          head('AGADIR'),
        ),
      ).decideApplication;

    const rejected = await underReview(foundation, 'AGADIR', campaignId, first);
    expect(
      await decide(rejected.id, { decision: 'REJECT', reasonCode: 'INCOMPLETE_FILE', reason: 'Acte de mariage' }, 2),
    ).toMatchObject({ status: 'REJECTED', decisionReasonCode: 'INCOMPLETE_FILE', decisionReason: 'Acte de mariage' });

    const waiting = await underReview(foundation, 'AGADIR', campaignId, second);
    expect(await decide(waiting.id, { decision: 'WAITLIST', reasonCode: 'ROOM_FOR_HIGHER_RANKED' }, 2)).toMatchObject({
      status: 'WAITLISTED',
      decisionReasonCode: 'ROOM_FOR_HIGHER_RANKED',
      decisionReason: null,
    });
    expect(await decide(waiting.id, { decision: 'APPROVE' }, 3)).toMatchObject({
      status: 'APPROVED',
      decisionReasonCode: null,
      decisionReason: null,
    });
    const trail = expectNoErrors(
      await foundation.query<Trail>(TRAIL, { entity: 'application', id: waiting.id }, head('AGADIR')),
    );
    const reasons = trail.auditTrail.map((record) => [
      record.action,
      (JSON.parse(record.after) as { decisionReasonCode: string | null }).decisionReasonCode,
    ]);
    expect(reasons).toEqual([
      ['SUBMIT', null],
      ['START_REVIEW', null],
      ['WAITLIST', 'ROOM_FOR_HIGHER_RANKED'],
      ['APPROVE', null],
    ]);
  });

  it('refuses bad application input naming the field, and writes nothing', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'AGADIR', allocated: '5000.00', quota: 5 }],
    });
    const [matricule, other] = await activeOfficers(foundation, 'AGADIR', 2, 5);
    const application = await underReview(foundation, 'AGADIR', campaignId, matricule);
    const [foreignChild] = await foundation.sql<{ id: string }>(
      `SELECT id FROM dependent WHERE officer_matricule <> $1 LIMIT 1`,
      [other],
    );
    const written = await counts();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [SUBMIT, { campaignId: 'nope', matricule: other, idempotencyKey: newKey() }, 'campaignId'],
      [
        SUBMIT,
        { campaignId: '00000000-0000-4000-8000-000000000000', matricule: other, idempotencyKey: newKey() },
        'campaignId',
      ],
      [SUBMIT, { campaignId, matricule: 'NO-SUCH', idempotencyKey: newKey() }, 'matricule'],
      [SUBMIT, { campaignId, matricule: other, dependentId: foreignChild.id, idempotencyKey: newKey() }, 'dependentId'],
      [SUBMIT, { campaignId, matricule: other, idempotencyKey: 'bad key!' }, 'idempotencyKey'],
      [DECIDE, { applicationId: application.id, decision: 'REJECT', expectedVersion: 2 }, 'reasonCode'],
      [
        DECIDE,
        { applicationId: application.id, decision: 'REJECT', reasonCode: 'OTHER', expectedVersion: 2 },
        'reason',
      ],
      [
        DECIDE,
        { applicationId: application.id, decision: 'REJECT', reasonCode: 'ROOM_FOR_HIGHER_RANKED', expectedVersion: 2 },
        'reasonCode',
      ],
      [
        DECIDE,
        {
          applicationId: application.id,
          decision: 'WAITLIST',
          reasonCode: 'PROMOTED_FROM_WAITLIST',
          expectedVersion: 2,
        },
        'reasonCode',
      ],
      [
        DECIDE,
        { applicationId: application.id, decision: 'APPROVE', reasonCode: 'INCOMPLETE_FILE', expectedVersion: 2 },
        'reasonCode',
      ],
      [
        DECIDE,
        { applicationId: application.id, decision: 'WAITLIST', reason: 'x'.repeat(501), expectedVersion: 2 },
        'reason',
      ],
      [
        DECIDE,
        { applicationId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE', expectedVersion: 1 },
        'applicationId',
      ],
      [WITHDRAW, { applicationId: application.id, reason: ' ', expectedVersion: 2 }, 'reason'],
      [
        DISBURSE,
        { applicationId: application.id, reference: 'OV', paidOn: addDays(todayUtc(), 1), idempotencyKey: newKey() },
        'paidOn',
      ],
      [DISBURSE, { applicationId: application.id, reference: '', idempotencyKey: newKey() }, 'reference'],
    ];
    const callerFor = (mutation: string) => (mutation === DECIDE ? head('AGADIR') : agent('AGADIR'));
    for (const [mutation, input, field] of cases) {
      const response = await foundation.query(mutation, { input }, callerFor(mutation));
      expect([field, response.errors?.[0]?.extensions]).toEqual([
        field,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
    expect(await counts()).toEqual(written);
  });

  it('returns the first application for a retried submission and refuses the key for another payload', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'SALE', allocated: '5000.00', quota: 5 }],
    });
    const [first, second] = await activeOfficers(foundation, 'SALE', 2);
    const input = { campaignId, matricule: first, idempotencyKey: newKey() };
    const once = expectNoErrors(
      await foundation.query<{ submitApplication: ApplicationResult }>(SUBMIT, { input }, agent('SALE')),
    );
    const written = await counts();
    const again = expectNoErrors(
      await foundation.query<{ submitApplication: ApplicationResult }>(SUBMIT, { input }, agent('SALE')),
    );
    expect(again.submitApplication.id).toBe(once.submitApplication.id);
    const reused = await foundation.query(SUBMIT, { input: { ...input, matricule: second } }, agent('SALE'));
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const duplicate = await foundation.query(SUBMIT, { input: { ...input, idempotencyKey: newKey() } }, agent('SALE'));
    // A reused key is a retry gone wrong; a second application is a refusal the client words.
    expect(reused.errors?.[0]?.extensions?.reason).toBeUndefined();
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_APPLICATION' });
    expect(await counts()).toEqual(written);
  });

  it('lets one of two simultaneous submissions for the same beneficiary through, the other is a CONFLICT', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'SAFI', allocated: '5000.00', quota: 5 }],
    });
    const [matricule] = await activeOfficers(foundation, 'SAFI', 1);
    const both = await Promise.all(
      [agent('SAFI'), officer(matricule)].map((caller) =>
        foundation.query<{ submitApplication: ApplicationResult }>(
          SUBMIT,
          { input: { campaignId, matricule, idempotencyKey: newKey() } },
          caller,
        ),
      ),
    );
    expect(
      both.map((response) => response.data?.submitApplication.status ?? response.errors?.[0]?.extensions?.code).sort(),
    ).toEqual(['CONFLICT', 'SUBMITTED']);
    const rows = await foundation.sql('SELECT id FROM application WHERE campaign_id = $1', [campaignId]);
    expect(rows).toHaveLength(1);
  });

  it('refuses an approval where the region has no budget, and dates a payment on the day given', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'ERRACHIDIA', allocated: '1000.00', quota: 1 }],
    });
    const [matricule] = await activeOfficers(foundation, 'ERRACHIDIA', 1);
    const [elsewhere] = await activeOfficers(foundation, 'DAKHLA', 1);
    const unfunded = await underReview(foundation, 'DAKHLA', campaignId, elsewhere);
    const refused = await foundation.query(
      DECIDE,
      { input: { applicationId: unfunded.id, decision: 'APPROVE', expectedVersion: unfunded.version } },
      head('DAKHLA'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUOTA_EXHAUSTED');
    const [still] = await foundation.sql<{ status: string }>('SELECT status FROM application WHERE id = $1', [
      unfunded.id,
    ]);
    expect(still?.status).toBe('UNDER_REVIEW');

    const funded = await underReview(foundation, 'ERRACHIDIA', campaignId, matricule);
    expectNoErrors(
      await foundation.query(
        DECIDE,
        { input: { applicationId: funded.id, decision: 'APPROVE', expectedVersion: funded.version } },
        head('ERRACHIDIA'),
      ),
    );
    const early = await foundation.query(
      DISBURSE,
      {
        input: {
          applicationId: funded.id,
          reference: 'OV-E',
          paidOn: addDays(todayUtc(), -3),
          idempotencyKey: newKey(),
        },
      },
      agent('ERRACHIDIA'),
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });
    const paid = expectNoErrors(
      await foundation.query<{ recordDisbursement: { paidAt: string } }>(
        DISBURSE,
        { input: { applicationId: funded.id, reference: 'OV-E', paidOn: todayUtc(), idempotencyKey: newKey() } },
        agent('ERRACHIDIA'),
      ),
    );
    expect(paid.recordDisbursement.paidAt.slice(0, 10)).toBe(todayUtc());
    const twice = await foundation.query(
      DISBURSE,
      { input: { applicationId: funded.id, reference: 'OV-F', idempotencyKey: newKey() } },
      agent('ERRACHIDIA'),
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('moves the first waitlisted application by ranking up to APPROVED when an approved one is withdrawn', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'NADOR', allocated: '2000.00', quota: 2 }],
    });
    const matricules = await activeOfficers(foundation, 'NADOR', 4);
    const [a, b, low, high] = await Promise.all(matricules.map((m) => underReview(foundation, 'NADOR', campaignId, m)));
    await foundation.sql('UPDATE application SET ranking_score = 10 WHERE id = $1', [low.id]);
    await foundation.sql('UPDATE application SET ranking_score = 90 WHERE id = $1', [high.id]);
    for (const approved of [a, b]) {
      expectNoErrors(
        await foundation.query(
          DECIDE,
          { input: { applicationId: approved.id, decision: 'APPROVE', expectedVersion: approved.version } },
          head('NADOR'),
        ),
      );
    }
    const full = await foundation.query(
      DECIDE,
      { input: { applicationId: low.id, decision: 'APPROVE', expectedVersion: low.version } },
      head('NADOR'),
    );
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_EXHAUSTED', remainingQuota: 0 });
    for (const waiting of [low, high]) {
      const waitlisted = await foundation.query<{ decideApplication: ApplicationResult }>(
        DECIDE,
        {
          input: {
            applicationId: waiting.id,
            decision: 'WAITLIST',
            reason: 'Quota atteint',
            expectedVersion: waiting.version,
          },
        },
        head('NADOR'),
      );
      // Words alone are OTHER, the words kept beside the code.
      expect(waitlisted.data?.decideApplication).toMatchObject({
        status: 'WAITLISTED',
        decisionReasonCode: 'OTHER',
        decisionReason: 'Quota atteint',
      });
    }

    const result = expectNoErrors(
      await foundation.query<{
        withdrawApplication: { withdrawn: ApplicationResult; promoted: ApplicationResult | null };
      }>(WITHDRAW, { input: { applicationId: a.id, reason: 'Désistement', expectedVersion: 3 } }, agent('NADOR')),
    ).withdrawApplication;
    expect(result.withdrawn).toMatchObject({ id: a.id, status: 'WITHDRAWN' });
    expect(result.promoted).toMatchObject({
      id: high.id,
      status: 'APPROVED',
      decidedBy: 'agent-NADOR',
      decisionReasonCode: 'PROMOTED_FROM_WAITLIST',
      decisionReason: null,
      version: 4,
    });
    const statuses = await foundation.sql<{ id: string; status: string }>(
      'SELECT id, status FROM application WHERE campaign_id = $1 ORDER BY ranking_score',
      [campaignId],
    );
    expect(statuses.find((row) => row.id === low.id)?.status).toBe('WAITLISTED');
    const trail = expectNoErrors(
      await foundation.query<Trail>(TRAIL, { entity: 'application', id: high.id }, head('NADOR')),
    );
    expect(trail.auditTrail.map((record) => record.action)).toEqual(['SUBMIT', 'START_REVIEW', 'WAITLIST', 'PROMOTE']);

    // An officer withdrawing their own approval promotes too, without seeing whom.
    const byOfficer = expectNoErrors(
      await foundation.query<{
        withdrawApplication: { withdrawn: ApplicationResult; promoted: ApplicationResult | null };
      }>(
        WITHDRAW,
        { input: { applicationId: b.id, reason: 'Désistement', expectedVersion: 3 } },
        officer(b.officer.matricule),
      ),
    ).withdrawApplication;
    expect(byOfficer.promoted).toBeNull();
    const [promoted] = await foundation.sql<{ status: string }>('SELECT status FROM application WHERE id = $1', [
      low.id,
    ]);
    expect(promoted?.status).toBe('APPROVED');
  });
});

describe('eligibility through the API', () => {
  /** Finds a beneficiary by SQL (as the superuser) and submits for them as the agent of their officer's region. */
  async function refusedRule(
    campaignId: string,
    where: string,
  ): Promise<{ rule?: unknown; code?: unknown; message?: string }> {
    const [who] = await foundation.sql<{ matricule: string; dependent_id: string | null; region_code: string }>(
      `SELECT o.matricule, d.id AS dependent_id, o.region_code FROM officer o LEFT JOIN dependent d ON d.officer_matricule = o.matricule
        WHERE ${where} AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule) ORDER BY o.matricule, d.id LIMIT 1`,
    );
    expect(who).toBeDefined();
    const response = await foundation.query(
      SUBMIT,
      { input: { campaignId, matricule: who.matricule, dependentId: who.dependent_id, idempotencyKey: newKey() } },
      agent(who.region_code as 'FES'),
    );
    const error = response.errors?.[0];
    return { ...(error?.extensions ?? {}), message: error?.message };
  }

  it('names the campaign or the dependent that does not exist, and writes nothing', async () => {
    const campaignId = await openCampaign(foundation, {
      kind: 'EXCEPTIONAL_AID',
      eligibility: { beneficiaryKinds: ['OFFICER', 'SPOUSE', 'CHILD'] },
      allocations: [{ region: 'OUJDA', allocated: '5000.00', quota: 5 }],
    });
    const [own] = await activeOfficers(foundation, 'OUJDA', 1);
    const [othersChild] = await foundation.sql<{ id: string }>(
      'SELECT id FROM dependent WHERE officer_matricule <> $1 LIMIT 1',
      [own],
    );
    const written = await counts();
    const field = async (input: object): Promise<unknown> =>
      (await foundation.query(SUBMIT, { input: { ...input, idempotencyKey: newKey() } }, agent('OUJDA'))).errors?.[0]
        ?.extensions;
    expect(await field({ campaignId: '00000000-0000-4000-8000-000000000000', matricule: own })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'campaignId',
    });
    expect(await field({ campaignId, matricule: own, dependentId: othersChild?.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dependentId',
    });
    expect(await counts()).toEqual(written);
  });

  it('names the rule a beneficiary fails, and writes nothing', async () => {
    const written = await counts();
    const children = await openCampaign(foundation, {
      kind: 'SUMMER_CAMP',
      eligibility: {
        beneficiaryKinds: ['CHILD', 'ORPHAN'],
        minAge: 6,
        maxAge: 15,
        officerStatuses: ['ACTIVE', 'KILLED_ON_DUTY'],
      },
    });
    const refusals = [
      await refusedRule(children, `o.status = 'ACTIVE' AND d.id IS NULL`),
      await refusedRule(
        children,
        `o.status = 'ACTIVE' AND d.relation = 'CHILD' AND d.birth_date > current_date - interval '5 years'`,
      ),
      await refusedRule(
        children,
        `o.status = 'ACTIVE' AND d.relation = 'CHILD' AND d.birth_date < current_date - interval '17 years'`,
      ),
      await refusedRule(
        children,
        `o.status = 'DECEASED' AND d.relation = 'CHILD' AND d.birth_date BETWEEN current_date - interval '14 years' AND current_date - interval '8 years'`,
      ),
      await refusedRule(children, `o.status = 'ACTIVE' AND d.relation = 'PARENT'`),
      await refusedRule(children, `o.status = 'DECEASED' AND d.id IS NULL`),
    ];
    expect(refusals.map((refusal) => [refusal.code, refusal.rule])).toEqual([
      ['NOT_ELIGIBLE', 'BENEFICIARY_KIND'],
      ['NOT_ELIGIBLE', 'MIN_AGE'],
      ['NOT_ELIGIBLE', 'MAX_AGE'],
      ['NOT_ELIGIBLE', 'OFFICER_STATUS'],
      ['NOT_ELIGIBLE', 'BENEFICIARY'],
      ['NOT_ELIGIBLE', 'BENEFICIARY'],
    ]);
    expect(refusals[0]?.message).toMatch(/CHILD, ORPHAN; the beneficiary is OFFICER/);
    expect(await counts()).toEqual({ ...written, campaigns: written.campaigns + 1, audit: written.audit + 1 });
  });

  it('refuses a second Hajj once in a lifetime, a family past its limit, and a closed campaign', async () => {
    const hajj = await openCampaign(foundation, {
      kind: 'HAJJ',
      eligibility: { beneficiaryKinds: ['OFFICER', 'RETIREE'], oncePerLifetime: true },
      allocations: [{ region: 'TETOUAN', allocated: '10000.00', quota: 5 }],
    });
    const [pilgrim] = await activeOfficers(foundation, 'TETOUAN', 1);
    const earlier = await openCampaign(foundation, {
      kind: 'HAJJ',
      eligibility: { beneficiaryKinds: ['OFFICER'] },
      allocations: [{ region: 'TETOUAN', allocated: '10000.00', quota: 5 }],
    });
    const first = await underReview(foundation, 'TETOUAN', earlier, pilgrim);
    expectNoErrors(
      await foundation.query(
        DECIDE,
        { input: { applicationId: first.id, decision: 'APPROVE', expectedVersion: first.version } },
        head('TETOUAN'),
      ),
    );
    const again = await foundation.query(
      SUBMIT,
      { input: { campaignId: hajj, matricule: pilgrim, idempotencyKey: newKey() } },
      agent('TETOUAN'),
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'ONCE_PER_LIFETIME' });

    const perFamily = await openCampaign(foundation, {
      kind: 'SCHOOL_SUPPORT',
      eligibility: { beneficiaryKinds: ['CHILD'], maxPerFamily: 1 },
      allocations: [{ region: 'TETOUAN', allocated: '10000.00', quota: 5 }],
    });
    const [family] = await foundation.sql<{ matricule: string; ids: string[] }>(
      `SELECT o.matricule, array_agg(d.id ORDER BY d.id) AS ids FROM officer o JOIN dependent d ON d.officer_matricule = o.matricule AND d.relation = 'CHILD'
        WHERE o.region_code = 'TETOUAN' AND o.status = 'ACTIVE' GROUP BY o.matricule HAVING count(*) >= 2 ORDER BY o.matricule LIMIT 1`,
    );
    const firstChild = await submit(foundation, agent('TETOUAN'), perFamily, family.matricule, family.ids[0]);
    const secondChild = await submit(foundation, agent('TETOUAN'), perFamily, family.matricule, family.ids[1]);
    for (const application of [firstChild, secondChild]) {
      expectNoErrors(
        await foundation.query(
          START_REVIEW,
          { input: { applicationId: application.id, expectedVersion: 1 } },
          agent('TETOUAN'),
        ),
      );
    }
    expectNoErrors(
      await foundation.query(
        DECIDE,
        { input: { applicationId: firstChild.id, decision: 'APPROVE', expectedVersion: 2 } },
        head('TETOUAN'),
      ),
    );
    const secondApproval = await foundation.query(
      DECIDE,
      { input: { applicationId: secondChild.id, decision: 'APPROVE', expectedVersion: 2 } },
      head('TETOUAN'),
    );
    expect(secondApproval.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'MAX_PER_FAMILY' });
    const [third] = await foundation.sql<{ id: string }>(
      `SELECT id FROM dependent WHERE officer_matricule = $1 AND relation = 'CHILD' AND NOT (id = ANY($2::uuid[])) LIMIT 1`,
      [family.matricule, family.ids.slice(0, 2)],
    );
    if (third) {
      const late = await foundation.query(
        SUBMIT,
        {
          input: {
            campaignId: perFamily,
            matricule: family.matricule,
            dependentId: third.id,
            idempotencyKey: newKey(),
          },
        },
        agent('TETOUAN'),
      );
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'MAX_PER_FAMILY' });
    }

    const [closed] = await foundation.sql<{ id: string }>(
      `SELECT id FROM campaign WHERE closes_on < current_date ORDER BY closes_on LIMIT 1`,
    );
    const [anyone] = await activeOfficers(foundation, 'TETOUAN', 1, 3);
    const late = await foundation.query(
      SUBMIT,
      { input: { campaignId: closed.id, matricule: anyone, idempotencyKey: newKey() } },
      agent('TETOUAN'),
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CAMPAIGN_PERIOD' });
  });

  it('ranks by the points it publishes (rankingRule), to every signed-in role: a first support, the children and the years of service of an officer in service', async () => {
    type Rule = {
      killedOnDutyPriority: number;
      firstTime: number;
      bereaved: number;
      perChild: number;
      maxChildren: number;
      perServiceYear: number;
      maxServiceYears: number;
    };
    const RULE = `query { rankingRule { killedOnDutyPriority firstTime bereaved perChild maxChildren perServiceYear maxServiceYears } }`;
    const read = await foundation.query<{ rankingRule: Rule }>(RULE, {}, agent('FES'));
    expect(read.errors).toBeUndefined();
    const rule = read.data!.rankingRule;
    for (const caller of [head('FES'), officer('101321'), undefined])
      expect((await foundation.query<{ rankingRule: Rule }>(RULE, {}, caller)).data?.rankingRule).toEqual(rule);
    const campaignId = await openCampaign(foundation, { eligibility: { beneficiaryKinds: ['OFFICER'] } });
    // An officer in service with children and more than one year of service, never supported by the programme.
    const [chosen] = await foundation.sql<{ matricule: string; children: number; years: number }>(
      `SELECT o.matricule,
              (SELECT count(*)::int FROM dependent d WHERE d.officer_matricule = o.matricule AND d.relation = 'CHILD') AS children,
              extract(year FROM age(current_date, o.service_start_date))::int AS years
         FROM officer o
        WHERE o.status = 'ACTIVE' AND o.region_code = 'FES'
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
          AND EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = o.matricule AND d.relation = 'CHILD')
          AND o.service_start_date < current_date - interval '2 years'
          AND NOT EXISTS (SELECT 1 FROM application a JOIN campaign c ON c.id = a.campaign_id
                           WHERE c.programme_id = (SELECT programme_id FROM campaign WHERE id = $1)
                             AND a.officer_matricule = o.matricule AND a.dependent_id IS NULL
                             AND a.status IN ('APPROVED', 'PAID'))
        ORDER BY o.matricule LIMIT 1`,
      [campaignId],
    );
    expect(chosen).toBeDefined();
    const application = await submit(foundation, agent('FES'), campaignId, chosen.matricule);
    expect(application.beneficiaryKind).toBe('OFFICER');
    expect(application.rankingScore).toBe(
      rule.firstTime +
        Math.min(chosen.children, rule.maxChildren) * rule.perChild +
        Math.min(chosen.years, rule.maxServiceYears) * rule.perServiceYear,
    );
  });

  it('ranks a child of an officer killed on duty first when the campaign gives priority', async () => {
    const campaignId = await openCampaign(foundation, {
      kind: 'SCHOLARSHIP',
      eligibility: { beneficiaryKinds: ['CHILD', 'ORPHAN'], priorityKilledOnDuty: true },
    });
    const [orphan] = await foundation.sql<{ matricule: string; id: string; region_code: string }>(
      `SELECT o.matricule, d.id, o.region_code FROM officer o JOIN dependent d ON d.officer_matricule = o.matricule AND d.relation = 'CHILD'
        WHERE o.status = 'KILLED_ON_DUTY' ORDER BY o.matricule LIMIT 1`,
    );
    const application = await submit(
      foundation,
      agent(orphan.region_code as 'FES'),
      campaignId,
      orphan.matricule,
      orphan.id,
    );
    expect(application.beneficiaryKind).toBe('ORPHAN');
    expect(application.rankingScore).toBeGreaterThanOrEqual(1000 + 300 + 200);
  });
});
