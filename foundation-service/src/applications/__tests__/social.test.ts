import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

interface Social {
  year: number;
  openApplications: number;
  approvedThisYear: number;
  decidedThisYear: number;
  approvalRate: number | null;
  beneficiariesReached: number;
  budget: { allocated: string; committed: string; disbursed: string };
  spendPerBeneficiary: string;
  programmes: Array<{
    programme: { kind: string; nameFr: string };
    openApplications: number;
    approvedThisYear: number;
    budget: { allocated: string };
  }>;
}

const SOCIAL = `query ($code: ID!, $year: Int) { region(code: $code) { beneficiaryCount social(year: $year) {
  year openApplications approvedThisYear decidedThisYear approvalRate beneficiariesReached
  budget { allocated committed disbursed } spendPerBeneficiary
  programmes { programme { kind nameFr } openApplications approvedThisYear budget { allocated } }
} } }`;

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

/** Centimes as the Money scalar writes them. */
function money(centimes: string): string {
  const value = BigInt(centimes);
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

describe('Region.social', () => {
  it.each(['FES', 'DAKHLA', 'CASABLANCA'])(
    'matches direct SQL over the seeded database for %s in 2026',
    async (code) => {
      const { data, errors } = await foundation.query<{ region: { beneficiaryCount: number; social: Social } }>(
        SOCIAL,
        { code, year: 2026 },
      );
      expect(errors).toBeUndefined();
      const social = data!.region.social;
      const [row] = await foundation.sql<{
        open: number;
        approved: number;
        decided: number;
        allocated: string;
        committed: string;
        disbursed: string;
        paid: string;
      }>(
        `SELECT
         (SELECT count(*) FROM application a JOIN campaign c ON c.id = a.campaign_id
           WHERE a.region_code = $1 AND c.year = 2026 AND a.status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'))::int AS open,
         (SELECT count(*) FROM application WHERE region_code = $1 AND status IN ('APPROVED', 'PAID')
           AND decided_at >= '2026-01-01T00:00:00Z' AND decided_at < '2027-01-01T00:00:00Z')::int AS approved,
         (SELECT count(*) FROM application WHERE region_code = $1 AND status IN ('APPROVED', 'PAID', 'REJECTED')
           AND decided_at >= '2026-01-01T00:00:00Z' AND decided_at < '2027-01-01T00:00:00Z')::int AS decided,
         (SELECT coalesce(sum(allocated), 0) FROM campaign_allocation ca JOIN campaign c ON c.id = ca.campaign_id
           WHERE ca.region_code = $1 AND c.year = 2026)::text AS allocated,
         (SELECT coalesce(sum(amount), 0) FROM application a JOIN campaign c ON c.id = a.campaign_id
           WHERE a.region_code = $1 AND c.year = 2026 AND a.status IN ('APPROVED', 'PAID'))::text AS committed,
         (SELECT coalesce(sum(d.amount), 0) FROM disbursement d JOIN application a ON a.id = d.application_id JOIN campaign c ON c.id = a.campaign_id
           WHERE d.region_code = $1 AND c.year = 2026)::text AS disbursed,
         (SELECT coalesce(sum(amount), 0) FROM disbursement WHERE region_code = $1
           AND paid_at >= '2026-01-01T00:00:00Z' AND paid_at < '2027-01-01T00:00:00Z')::text AS paid`,
        [code],
      );
      expect(social).toMatchObject({
        year: 2026,
        openApplications: row.open,
        approvedThisYear: row.approved,
        decidedThisYear: row.decided,
        budget: { allocated: money(row.allocated), committed: money(row.committed), disbursed: money(row.disbursed) },
      });
      expect(social.approvalRate).toBeCloseTo(row.approved / row.decided, 10);
      const [reached] = await foundation.sql<{ people: number }>(
        `SELECT count(DISTINCT coalesce(dependent_id::text, officer_matricule))::int AS people FROM application
        WHERE region_code = $1 AND status IN ('APPROVED', 'PAID') AND decided_at >= '2026-01-01T00:00:00Z' AND decided_at < '2027-01-01T00:00:00Z'`,
        [code],
      );
      expect(social.beneficiariesReached).toBe(reached?.people);
      expect(social.beneficiariesReached).toBeGreaterThan(0);
      expect(social.beneficiariesReached).toBeLessThanOrEqual(row.approved);
      const beneficiaries = BigInt(data!.region.beneficiaryCount);
      expect(social.spendPerBeneficiary).toBe(
        money(((BigInt(row.paid) * 2n + beneficiaries) / (beneficiaries * 2n)).toString()),
      );
      expect(social.programmes.map((p) => p.programme.kind)).toEqual([
        'HAJJ',
        'SUMMER_CAMP',
        'SCHOOL_SUPPORT',
        'SCHOLARSHIP',
        'HOUSING',
        'EXCEPTIONAL_AID',
        'EID_GRANT',
      ]);
      expect(social.programmes.reduce((sum, p) => sum + p.openApplications, 0)).toBe(row.open);
      expect(social.programmes.reduce((sum, p) => sum + BigInt(p.budget.allocated.replace('.', '')), 0n)).toBe(
        BigInt(row.allocated),
      );
    },
  );

  it('never shows a region committed beyond its allocation', async () => {
    const { data } = await foundation.query<{ regions: Array<{ code: string; social: Social }> }>(
      '{ regions { code social(year: 2026) { budget { allocated committed disbursed } } } }',
    );
    for (const region of data?.regions ?? []) {
      const { allocated, committed, disbursed } = region.social.budget;
      expect(Number(committed)).toBeLessThanOrEqual(Number(allocated));
      expect(Number(disbursed)).toBeLessThanOrEqual(Number(committed));
      expect(Number(committed)).toBeGreaterThan(0);
    }
  });

  it('answers zeros and no approval rate for a year without campaigns', async () => {
    const { data } = await foundation.query<{ region: { social: Social } }>(SOCIAL, { code: 'FES', year: 2024 });
    expect(data?.region.social).toMatchObject({
      year: 2024,
      openApplications: 0,
      decidedThisYear: 0,
      approvalRate: null,
      budget: { allocated: '0.00', committed: '0.00', disbursed: '0.00' },
      spendPerBeneficiary: '0.00',
      programmes: [],
    });
  });

  it('defaults to the current UTC year', async () => {
    const { data } = await foundation.query<{ region: { social: Social } }>(SOCIAL, { code: 'FES' });
    expect(data?.region.social.year).toBe(new Date().getUTCFullYear());
  });
});
