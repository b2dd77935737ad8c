import { REGION_CODES } from '@dsp/common';
import { startHarness, type MutualHarness } from '../../testing/harness';

interface Health {
  year: number;
  pendingClaims: number;
  claimsThisYear: number;
  reimbursedThisYear: string;
  averageProcessingDays: number | null;
  decidedWithin15Days: number | null;
  beneficiaryCount: number;
  reimbursementPerBeneficiary: string;
  claimsByStatus: Array<{ status: string; count: number }>;
}
interface RegionResult {
  code: string;
  health: Health | null;
  facilities: Array<{ id: string; kind: string; city: string; region: { code: string } }> | null;
}
interface ClaimFacts {
  region: string;
  status: string;
  submitted_at: Date;
  decided_at: Date | null;
  paid_at: Date | null;
  amount_approved: string | null;
}

const REGIONS_QUERY = `query ($representations: [_Any!]!, $year: Int) {
  _entities(representations: $representations) {
    ... on Region {
      code
      health(year: $year) {
        year pendingClaims claimsThisYear reimbursedThisYear averageProcessingDays decidedWithin15Days
        beneficiaryCount reimbursementPerBeneficiary claimsByStatus { status count }
      }
      facilities { id kind city region { code } }
    }
  }
}`;

const DAY_MS = 86_400_000;
const centimes = (money: string): bigint => BigInt(money.replace('.', ''));

let harness: MutualHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

/** The figures a region's dashboard should show, computed in plain code from the raw claim rows. */
function expectedHealth(
  claims: ClaimFacts[],
  region: string,
  year: number,
  beneficiaries: number,
): Omit<Health, 'claimsByStatus'> & { byStatus: Map<string, number> } {
  const inYear = (date: Date | null): boolean => date !== null && date.getUTCFullYear() === year;
  const mine = claims.filter((claim) => claim.region === region);
  const decided = mine.filter((claim) => inYear(claim.decided_at));
  const days = decided.map((claim) => (claim.decided_at!.getTime() - claim.submitted_at.getTime()) / DAY_MS);
  const reimbursed = mine
    .filter((claim) => claim.status === 'PAID' && inYear(claim.paid_at))
    .reduce((sum, claim) => sum + BigInt(claim.amount_approved ?? '0'), 0n);
  const byStatus = new Map<string, number>();
  for (const claim of mine.filter((c) => inYear(c.submitted_at)))
    byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
  const perBeneficiary =
    beneficiaries === 0 ? 0n : (reimbursed * 2n + BigInt(beneficiaries)) / (2n * BigInt(beneficiaries));
  const format = (value: bigint): string => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
  return {
    year,
    pendingClaims: mine.filter((claim) => ['ENTERED', 'CHECKED', 'UNDER_REVIEW'].includes(claim.status)).length,
    claimsThisYear: mine.filter((claim) => inYear(claim.submitted_at)).length,
    reimbursedThisYear: format(reimbursed),
    averageProcessingDays: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    decidedWithin15Days: days.length ? days.filter((d) => d <= 15).length / days.length : null,
    beneficiaryCount: beneficiaries,
    reimbursementPerBeneficiary: format(perBeneficiary),
    byStatus,
  };
}

describe('Region entities', () => {
  it('show each region the health figures its own claims and beneficiaries give', async () => {
    const claims = await harness.sql<ClaimFacts>(
      'SELECT handling_region_code AS region, status, submitted_at, decided_at, paid_at, amount_approved::text FROM claim',
    );
    const today = new Date().toISOString().slice(0, 10);
    const covered = await harness.sql<{ region_code: string; count: string }>(
      `SELECT region_code, count(DISTINCT person_id) AS count FROM beneficiary JOIN coverage ON coverage.beneficiary_id = person_id
        WHERE start_date <= $1 AND (end_date IS NULL OR end_date >= $1) GROUP BY region_code`,
      [today],
    );
    for (const year of [2025, 2026]) {
      const result = await harness.query<{ _entities: RegionResult[] }>(REGIONS_QUERY, {
        representations: REGION_CODES.map((code) => ({ __typename: 'Region', code })),
        year,
      });
      expect(result.errors).toBeUndefined();
      const regions = result.data!._entities;
      expect(regions.map((region) => region.code)).toEqual([...REGION_CODES]);
      for (const region of regions) {
        const count = Number(covered.find((row) => row.region_code === region.code)?.count ?? 0);
        const { byStatus, averageProcessingDays, decidedWithin15Days, ...exact } = expectedHealth(
          claims,
          region.code,
          year,
          count,
        );
        const health = region.health!;
        expect(health).toMatchObject(exact);
        expect(health.averageProcessingDays).toBeCloseTo(averageProcessingDays!, 6);
        expect(health.decidedWithin15Days).toBeCloseTo(decidedWithin15Days!, 6);
        expect(
          new Map(health.claimsByStatus.filter((entry) => entry.count > 0).map((entry) => [entry.status, entry.count])),
        ).toEqual(byStatus);
        expect(health.claimsByStatus).toHaveLength(7);
      }
    }
  });

  it('gives a region with claims a real dashboard, with Money as decimal strings', async () => {
    const result = await harness.query<{ _entities: RegionResult[] }>(REGIONS_QUERY, {
      representations: [{ __typename: 'Region', code: 'CASABLANCA' }],
      year: 2026,
    });
    const health = result.data!._entities[0].health!;
    expect(health.claimsThisYear).toBeGreaterThan(100);
    expect(health.pendingClaims).toBeGreaterThan(0);
    expect(health.beneficiaryCount).toBeGreaterThan(100);
    expect(health.reimbursedThisYear).toMatch(/^\d+\.\d{2}$/);
    expect(centimes(health.reimbursedThisYear)).toBeGreaterThan(0n);
    expect(health.reimbursementPerBeneficiary).toMatch(/^\d+\.\d{2}$/);
  });

  it('defaults to the current year', async () => {
    const result = await harness.query<{ _entities: RegionResult[] }>(
      `query { _entities(representations: [{ __typename: "Region", code: "RABAT" }]) { ... on Region { health { year } } } }`,
    );
    expect(result.data!._entities[0].health!.year).toBe(new Date().getUTCFullYear());
  });

  it('refuses an absurd year with the field named', async () => {
    const result = await harness.query(REGIONS_QUERY, {
      representations: [{ __typename: 'Region', code: 'RABAT' }],
      year: 20026,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('lists each region’s own medical centre and contracted providers', async () => {
    const providers = await harness.sql<{ id: string; region_code: string }>('SELECT id, region_code FROM provider');
    const result = await harness.query<{ _entities: RegionResult[] }>(REGIONS_QUERY, {
      representations: REGION_CODES.map((code) => ({ __typename: 'Region', code })),
      year: 2026,
    });
    for (const region of result.data!._entities) {
      const facilities = region.facilities!;
      expect(facilities.map((f) => f.id).sort()).toEqual(
        providers
          .filter((p) => p.region_code === region.code)
          .map((p) => p.id)
          .sort(),
      );
      expect(facilities.filter((f) => f.kind === 'MEDICAL_CENTRE')).toHaveLength(1);
      expect(facilities.filter((f) => f.kind === 'CONTRACTED').length).toBeGreaterThanOrEqual(3);
      expect(facilities.every((f) => f.region.code === region.code)).toBe(true);
    }
  });

  it('resolves an unknown region code to null', async () => {
    const result = await harness.query<{ _entities: Array<RegionResult | null> }>(REGIONS_QUERY, {
      representations: [
        { __typename: 'Region', code: 'PARIS' },
        { __typename: 'Region', code: 'TAZA' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]).toBeNull();
    expect(result.data!._entities[1]!.code).toBe('TAZA');
  });

  it('costs the same number of statements for 2 regions as for 17', async () => {
    const cost = async (codes: readonly string[]): Promise<number> => {
      harness.statements.reset();
      const result = await harness.query(REGIONS_QUERY, {
        representations: codes.map((code) => ({ __typename: 'Region', code })),
        year: 2026,
      });
      expect(result.errors).toBeUndefined();
      return harness.statements.count;
    };
    expect(await cost(REGION_CODES.slice(0, 2))).toBe(await cost(REGION_CODES));
  });
});
