import { type Caller, todayUtc } from '@dsp/common';
import { agent, head, officer } from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

const MUTUAL_AGENT: Caller = { sub: 'mutual', role: 'MUTUAL_AGENT', region: 'FES' };

interface Campaigns {
  campaigns: Array<{
    id: string;
    season: string;
    isOpen: boolean;
    programme: { kind: string };
    eligibility: { beneficiaryKinds: string[] };
    allocations: Array<{ region: { code: string } }>;
  }>;
}
const CAMPAIGNS = `query ($year: Int, $openOn: Date) {
  campaigns(year: $year, openOn: $openOn) { id season isOpen programme { kind } eligibility { beneficiaryKinds } allocations { region { code } } }
}`;

describe('programmes and campaigns', () => {
  it('lists the seven programmes in the order of their kinds, each with its campaign', async () => {
    const { data, errors } = await foundation.query<{
      programmes: Array<{ kind: string; campaigns: Array<{ season: string }> }>;
    }>('{ programmes { kind campaigns { season } } }', {}, officer('100001'));
    expect(errors).toBeUndefined();
    expect(data?.programmes.map((programme) => programme.kind)).toEqual([
      'HAJJ',
      'SUMMER_CAMP',
      'SCHOOL_SUPPORT',
      'SCHOLARSHIP',
      'HOUSING',
      'EXCEPTIONAL_AID',
      'EID_GRANT',
    ]);
    expect(data?.programmes.every((programme) => programme.campaigns.length >= 1)).toBe(true);
  });

  it('filters campaigns by year and by the day they take applications', async () => {
    const all = await foundation.query<Campaigns>(CAMPAIGNS, { year: 2026 });
    expect(all.data?.campaigns).toHaveLength(7);
    const summer = await foundation.query<Campaigns>(CAMPAIGNS, { openOn: '2026-05-01' });
    expect(summer.data?.campaigns.map((campaign) => campaign.programme.kind).sort()).toEqual([
      'EID_GRANT',
      'EXCEPTIONAL_AID',
      'HOUSING',
      'SUMMER_CAMP',
    ]);
    const today = await foundation.query<Campaigns>(CAMPAIGNS, { openOn: todayUtc() });
    expect(today.data?.campaigns.every((campaign) => campaign.isOpen)).toBe(true);
    expect(today.data?.campaigns.map((campaign) => campaign.programme.kind)).toContain('EXCEPTIONAL_AID');
  });

  it('shows every region’s allocation to the national administration, their own to regional roles, none to others', async () => {
    const regionsSeenBy = async (caller: Caller): Promise<string[]> => {
      const { data, errors } = await foundation.query<Campaigns>(CAMPAIGNS, { year: 2026 }, caller);
      expect(errors).toBeUndefined();
      return [
        ...new Set(
          data!.campaigns.flatMap((campaign) => campaign.allocations.map((allocation) => allocation.region.code)),
        ),
      ];
    };
    expect(await regionsSeenBy({ sub: 'admin', role: 'NATIONAL_ADMIN', region: null })).toHaveLength(17);
    expect(await regionsSeenBy(head('FES'))).toEqual(['FES']);
    expect(await regionsSeenBy(agent('RABAT'))).toEqual(['RABAT']);
    expect(await regionsSeenBy(officer('100001'))).toEqual([]);
    expect(await regionsSeenBy(MUTUAL_AGENT)).toEqual([]);
  });
});

describe('entity references', () => {
  /** One entity of each new type in RABAT: a campaign, its allocation, a paid application and its payment. */
  async function rabatRecords(): Promise<{
    campaign: string;
    allocation: string;
    application: string;
    disbursement: string;
    applicant: string;
  }> {
    const [row] = await foundation.sql<{
      campaign: string;
      allocation: string;
      application: string;
      disbursement: string;
      applicant: string;
    }>(
      `SELECT a.campaign_id AS campaign, ca.id AS allocation, a.id AS application, d.id AS disbursement, a.officer_matricule AS applicant
         FROM application a JOIN disbursement d ON d.application_id = a.id
         JOIN campaign_allocation ca ON ca.campaign_id = a.campaign_id AND ca.region_code = a.region_code
        WHERE a.region_code = 'RABAT' ORDER BY a.id LIMIT 1`,
    );
    return row;
  }

  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Campaign { id season } ... on CampaignAllocation { id allocated } ... on Application { id status } ... on Disbursement { id amount }
  } }`;

  const representations = (records: Awaited<ReturnType<typeof rabatRecords>>) => [
    { __typename: 'Campaign', id: records.campaign },
    { __typename: 'CampaignAllocation', id: records.allocation },
    { __typename: 'Application', id: records.application },
    { __typename: 'Disbursement', id: records.disbursement },
  ];

  it('resolves every new entity for the roles of its region and the applicant', async () => {
    const records = await rabatRecords();
    for (const caller of [
      head('RABAT'),
      agent('RABAT'),
      { sub: 'admin', role: 'NATIONAL_ADMIN', region: null } as Caller,
    ]) {
      const { data, errors } = await foundation.query<{ _entities: Array<{ id: string } | null> }>(
        ENTITIES,
        { representations: representations(records) },
        caller,
      );
      expect([caller.role, errors]).toEqual([caller.role, undefined]);
      expect(data?._entities.map((entity) => entity?.id)).toEqual([
        records.campaign,
        records.allocation,
        records.application,
        records.disbursement,
      ]);
    }
    const own = await foundation.query<{ _entities: Array<{ id: string } | null> }>(
      ENTITIES,
      { representations: representations(records).slice(2) },
      officer(records.applicant),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities.map((entity) => entity?.id)).toEqual([records.application, records.disbursement]);
  });

  it('refuses the region-scoped ones to another region, another officer and the mutual, with FORBIDDEN and no data', async () => {
    const records = await rabatRecords();
    for (const caller of [head('FES'), agent('FES'), officer('100001'), MUTUAL_AGENT]) {
      const { data, errors } = await foundation.query<{ _entities: Array<{ id: string } | null> }>(
        ENTITIES,
        { representations: representations(records) },
        caller,
      );
      expect([caller.sub, data?._entities.map((entity) => entity?.id ?? null)]).toEqual([
        caller.sub,
        [records.campaign, null, null, null],
      ]);
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
  });

  it('answers null for records that do not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const { data, errors } = await foundation.query<{ _entities: unknown[] }>(ENTITIES, {
      representations: ['Campaign', 'CampaignAllocation', 'Application', 'Disbursement'].map((__typename) => ({
        __typename,
        id: missing,
      })),
    });
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([null, null, null, null]);
  });
});
