import { type Caller, formatMoney } from '@dsp/common';
import { demoUsers } from '@dsp/demo';
import { operation, startPlatform, type Platform } from '../platform';
import { sql } from './sql';

const DASHBOARD = operation('RegionalDashboard');
const SUPERVISION = operation('RegionSupervision');

/**
 * Round trips to each subgraph's database for one dashboard, and for
 * RegionSupervision's trends and attention lists (issues 18 and 19,
 * bench/NOTES.md): a read carries the caller's settings in its own message,
 * with no transaction around it; a head's request first asks whether the
 * appointments name them head.
 */
const AGENT_ROUND_TRIPS = 1;
const HEAD_ROUND_TRIPS = 2;

interface Dashboard {
  region: {
    code: string;
    nameAr: string;
    nameFr: string;
    currentHead: {
      officer: { matricule: string; fullName: string; fullNameAr: string; rank: string };
      startDate: string;
      rotationDue: boolean;
    } | null;
    staffCount: number;
    social: {
      openApplications: number;
      approvedThisYear: number;
      budget: { allocated: string; committed: string; disbursed: string };
    };
    health: {
      pendingClaims: number;
      claimsThisYear: number;
      reimbursedThisYear: string;
      averageProcessingDays: number | null;
    } | null;
  } | null;
}

/** The dashboard's figures computed with plain SQL over the two databases, following the SDL's definitions. */
async function expectedDashboard(platform: Platform, code: string, year: number): Promise<Dashboard['region']> {
  const foundation = platform.foundation.db.superuserUrl;
  const mutual = platform.mutual.db.superuserUrl;
  const yearStart = `${year}-01-01T00:00:00Z`;
  const nextYearStart = `${year + 1}-01-01T00:00:00Z`;
  const [region] = await sql<{ name_ar: string; name_fr: string }>(
    foundation,
    'SELECT name_ar, name_fr FROM region WHERE code = $1',
    [code],
  );
  const [head] = await sql<{
    matricule: string;
    full_name: string;
    full_name_ar: string;
    rank: string;
    start_date: string;
    rotation_due: boolean;
  }>(
    foundation,
    `SELECT o.matricule, o.first_name_latin || ' ' || o.last_name_latin AS full_name,
            o.first_name_ar || ' ' || o.last_name_ar AS full_name_ar, o.rank, h.start_date::text AS start_date,
            (h.start_date + interval '4 years') < current_date AS rotation_due
       FROM head_appointment h JOIN officer o ON o.matricule = h.officer_matricule
      WHERE h.region_code = $1 AND h.end_date IS NULL`,
    [code],
  );
  const [staff] = await sql<{ n: number }>(
    foundation,
    `SELECT count(*)::int AS n FROM officer WHERE region_code = $1 AND status = 'ACTIVE'`,
    [code],
  );
  const [social] = await sql<{ open: number; approved: number }>(
    foundation,
    `SELECT count(*) FILTER (WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'))::int AS open,
            count(*) FILTER (WHERE status IN ('APPROVED', 'PAID') AND decided_at >= $2 AND decided_at < $3)::int AS approved
       FROM application WHERE region_code = $1`,
    [code, yearStart, nextYearStart],
  );
  const [budget] = await sql<{ allocated: string; committed: string; disbursed: string }>(
    foundation,
    `SELECT (SELECT coalesce(sum(a.allocated), 0) FROM campaign_allocation a JOIN campaign c ON c.id = a.campaign_id
              WHERE a.region_code = $1 AND c.year = $2)::text AS allocated,
            (SELECT coalesce(sum(p.amount), 0) FROM application p JOIN campaign c ON c.id = p.campaign_id
              WHERE p.region_code = $1 AND c.year = $2 AND p.status IN ('APPROVED', 'PAID'))::text AS committed,
            (SELECT coalesce(sum(d.amount), 0) FROM disbursement d JOIN application p ON p.id = d.application_id JOIN campaign c ON c.id = p.campaign_id
              WHERE d.region_code = $1 AND c.year = $2)::text AS disbursed`,
    [code, year],
  );
  const [health] = await sql<{ pending: number; this_year: number; reimbursed: string; average_days: number | null }>(
    mutual,
    `SELECT count(*) FILTER (WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW'))::int AS pending,
            count(*) FILTER (WHERE submitted_at >= $2 AND submitted_at < $3)::int AS this_year,
            coalesce(sum(amount_approved) FILTER (WHERE status = 'PAID' AND paid_at >= $2 AND paid_at < $3), 0)::text AS reimbursed,
            (avg(extract(epoch FROM decided_at - submitted_at) / 86400) FILTER (WHERE decided_at >= $2 AND decided_at < $3))::float8 AS average_days
       FROM claim WHERE handling_region_code = $1`,
    [code, yearStart, nextYearStart],
  );
  if (!region || !staff || !social || !budget || !health) throw new Error('the seeded databases are missing rows');
  return {
    code,
    nameAr: region.name_ar,
    nameFr: region.name_fr,
    currentHead: head
      ? {
          officer: {
            matricule: head.matricule,
            fullName: head.full_name,
            fullNameAr: head.full_name_ar,
            rank: head.rank,
          },
          startDate: head.start_date,
          rotationDue: head.rotation_due,
        }
      : null,
    staffCount: staff.n,
    social: {
      openApplications: social.open,
      approvedThisYear: social.approved,
      budget: {
        allocated: formatMoney(BigInt(budget.allocated)),
        committed: formatMoney(BigInt(budget.committed)),
        disbursed: formatMoney(BigInt(budget.disbursed)),
      },
    },
    health: {
      pendingClaims: health.pending,
      claimsThisYear: health.this_year,
      reimbursedThisYear: formatMoney(BigInt(health.reimbursed)),
      averageProcessingDays: health.average_days,
    },
  };
}

describe('RegionalDashboard through the gateway', () => {
  let platform: Platform;
  let token: string;

  beforeAll(async () => {
    platform = await startPlatform();
    token = await platform.tokenFor({ sub: 'admin', role: 'NATIONAL_ADMIN', region: null });
  });
  afterAll(() => platform.stop());

  it.each(['FES', 'RABAT', 'DAKHLA'])(
    'answers %s with every field equal to direct SQL over the two databases',
    async (code) => {
      const response = await platform.query<Dashboard>(token, DASHBOARD, { code });
      expect(response.errors).toBeUndefined();
      const expected = await expectedDashboard(platform, code, new Date().getUTCFullYear());
      const { health, ...rest } = response.data?.region ?? { health: null };
      const { health: expectedHealth, ...expectedRest } = expected ?? { health: null };
      expect(rest).toEqual(expectedRest);
      expect(health).toEqual({ ...expectedHealth, averageProcessingDays: expect.any(Number) as number });
      expect(health?.averageProcessingDays).toBeCloseTo(expectedHealth?.averageProcessingDays ?? Number.NaN, 6);
    },
  );

  it('shows the demonstration data in every half: a head, staff, applications, claims and money', async () => {
    const response = await platform.query<Dashboard>(token, DASHBOARD, { code: 'FES' });
    const region = response.data?.region;
    expect(region?.nameFr).toBe('Fès');
    expect(region?.nameAr).toBe('فاس');
    expect(region?.currentHead?.startDate).toBe('2025-09-09');
    expect(region?.staffCount).toBeGreaterThan(100);
    expect(region?.social.openApplications).toBeGreaterThan(0);
    expect(region?.social.approvedThisYear).toBeGreaterThan(0);
    expect(region?.social.budget.allocated).toMatch(/^[1-9]\d*\.\d{2}$/);
    expect(region?.health?.pendingClaims).toBeGreaterThan(0);
    expect(region?.health?.claimsThisYear).toBeGreaterThan(0);
    expect(region?.health?.reimbursedThisYear).toMatch(/^[1-9]\d*\.\d{2}$/);
  });

  it('costs each subgraph few round trips to the database for a caller it has never seen', async () => {
    const head = demoUsers().find((user) => user.id === 'head-fes')?.caller;
    if (!head) throw new Error('the demonstration users have no FES head');
    const roundTrips = async (
      caller: Caller,
      withHealth: boolean,
    ): Promise<{ foundation: string[]; mutual: string[] }> => {
      const callerToken = await platform.tokenFor(caller);
      platform.foundation.statements.reset();
      platform.mutual.statements.reset();
      const response = await platform.query<Dashboard>(callerToken, DASHBOARD, { code: 'FES', withHealth });
      expect(response.errors).toBeUndefined();
      expect(response.data?.region?.currentHead?.officer.matricule).toBe(head.sub);
      expect(response.data?.region?.staffCount).toBeGreaterThan(0);
      return {
        foundation: [...platform.foundation.statements.statements],
        mutual: [...platform.mutual.statements.statements],
      };
    };
    const asHead = await roundTrips(head, true);
    expect(asHead.foundation).toHaveLength(HEAD_ROUND_TRIPS);
    expect(asHead.mutual).toHaveLength(HEAD_ROUND_TRIPS);
    const asAgent = await roundTrips({ sub: `agent-${Date.now()}`, role: 'FOUNDATION_AGENT', region: 'FES' }, false);
    expect(asAgent.foundation).toHaveLength(AGENT_ROUND_TRIPS);
    expect(asAgent.mutual).toEqual([]);
    expect([...asHead.foundation, ...asHead.mutual, ...asAgent.foundation].join('\n')).not.toMatch(
      /START TRANSACTION|COMMIT/,
    );
  });

  it('costs each subgraph few round trips for the supervision view of a caller it has never seen', async () => {
    const head = demoUsers().find((user) => user.id === 'head-fes')?.caller;
    if (!head) throw new Error('the demonstration users have no FES head');
    const roundTrips = async (caller: Caller, withHealth: boolean): Promise<{ foundation: number; mutual: number }> => {
      const callerToken = await platform.tokenFor(caller);
      platform.foundation.statements.reset();
      platform.mutual.statements.reset();
      const response = await platform.query<{
        region: {
          socialTrend: unknown[];
          socialAttention: { strainedAllocations: unknown[] };
          healthTrend?: unknown[];
        };
      }>(callerToken, SUPERVISION, { code: 'FES', withHealth });
      expect(response.errors).toBeUndefined();
      expect(response.data?.region.socialTrend).toHaveLength(24);
      expect(response.data?.region.healthTrend?.length).toBe(withHealth ? 24 : undefined);
      expect(response.data?.region.socialAttention.strainedAllocations.length).toBeGreaterThan(0);
      return { foundation: platform.foundation.statements.count, mutual: platform.mutual.statements.count };
    };
    expect(await roundTrips(head, true)).toEqual({ foundation: HEAD_ROUND_TRIPS, mutual: HEAD_ROUND_TRIPS });
    const asAgent = await roundTrips({ sub: `agent-${Date.now()}`, role: 'FOUNDATION_AGENT', region: 'FES' }, false);
    expect(asAgent).toEqual({ foundation: AGENT_ROUND_TRIPS, mutual: 0 });
  });

  it('gives the foundation half and SUBGRAPH_UNAVAILABLE, without any address, when the mutual is down', async () => {
    const local = await startPlatform();
    try {
      const localToken = await local.tokenFor({ sub: 'admin', role: 'NATIONAL_ADMIN', region: null });
      await local.stopSubgraph('mutual');
      const response = await local.query<Dashboard>(localToken, DASHBOARD, { code: 'FES' });
      expect(response.status).toBe(200);
      expect(response.data?.region?.nameFr).toBe('Fès');
      expect(response.data?.region?.staffCount).toBeGreaterThan(0);
      expect(response.data?.region?.health).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', service: 'mutual' }) as unknown,
        }),
      ]);
      const text = JSON.stringify(response.errors);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}\/|ECONNREFUSED|\/graphql/);
    } finally {
      await local.stop();
    }
  });
});
