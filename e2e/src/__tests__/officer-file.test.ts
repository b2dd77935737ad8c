import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { operation, startPlatform, type Platform } from '../platform';
import { sql } from './sql';

interface OfficerFile {
  officer: {
    matricule: string;
    fullName: string;
    region: { code: string };
    coverage: { memberNumber: string; plan: { name: string } } | null;
    claims: { reference: string }[] | null;
    applications: { id: string }[];
    dependents: {
      id: string;
      relation: string;
      coverage: { memberNumber: string } | null;
      claims: { reference: string }[] | null;
    }[];
  } | null;
}

interface OfficersPage {
  officers: { totalCount: number; edges: { node: { matricule: string; coverage: { memberNumber: string } | null } }[] };
}

describe('one officer, both organisations, through the gateway', () => {
  let platform: Platform;
  let token: string;

  beforeAll(async () => {
    platform = await startPlatform();
    token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
  });
  afterAll(() => platform.stop());

  it("joins the foundation's registry with the mutual's coverage and claims, person by person", async () => {
    const [someone] = await sql<{ matricule: string }>(
      platform.mutual.db.superuserUrl,
      `SELECT b.officer_matricule AS matricule FROM beneficiary b JOIN claim c ON c.beneficiary_id = b.person_id
        WHERE b.kind = 'OFFICER' GROUP BY b.officer_matricule ORDER BY count(*) DESC, b.officer_matricule LIMIT 1`,
    );
    if (!someone) throw new Error('the seed has no claims');
    const response = await platform.query<OfficerFile>(token, operation('OfficerFile'), {
      matricule: someone.matricule,
    });
    expect(response.errors).toBeUndefined();
    const officer = response.data?.officer;

    const [registry] = await sql<{ full_name: string; region_code: string }>(
      platform.foundation.db.superuserUrl,
      `SELECT first_name_latin || ' ' || last_name_latin AS full_name, region_code FROM officer WHERE matricule = $1`,
      [someone.matricule],
    );
    const claims = await sql<{ reference: string }>(
      platform.mutual.db.superuserUrl,
      'SELECT reference FROM claim WHERE beneficiary_id = $1 ORDER BY submitted_at DESC',
      [someone.matricule],
    );
    const [coverage] = await sql<{ member_number: string }>(
      platform.mutual.db.superuserUrl,
      'SELECT member_number FROM coverage WHERE beneficiary_id = $1 ORDER BY start_date DESC LIMIT 1',
      [someone.matricule],
    );
    const dependents = await sql<{ id: string }>(
      platform.foundation.db.superuserUrl,
      'SELECT id FROM dependent WHERE officer_matricule = $1',
      [someone.matricule],
    );

    expect(officer?.fullName).toBe(registry?.full_name);
    expect(officer?.region.code).toBe(registry?.region_code);
    expect(officer?.coverage?.memberNumber).toBe(coverage?.member_number);
    expect(officer?.claims?.map((claim) => claim.reference)).toEqual(claims.map((claim) => claim.reference));
    expect(officer?.dependents.map((dependent) => dependent.id).sort()).toEqual(
      dependents.map((dependent) => dependent.id).sort(),
    );
  });

  it('costs each subgraph the same number of SQL statements for 10 officers with coverage as for 100', async () => {
    const count = async (first: number): Promise<{ foundation: number; mutual: number }> => {
      platform.foundation.statements.reset();
      platform.mutual.statements.reset();
      const response = await platform.query<OfficersPage>(token, operation('Officers'), {
        region: 'CASABLANCA',
        first,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.officers.edges).toHaveLength(first);
      expect(response.data?.officers.edges.filter((edge) => edge.node.coverage).length).toBeGreaterThan(first / 2);
      return { foundation: platform.foundation.statements.count, mutual: platform.mutual.statements.count };
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toEqual(ten);
    expect(ten.mutual).toBeGreaterThan(0);
  });

  it('refuses a request without a token, or with a forged one, before anything is read', async () => {
    platform.foundation.statements.reset();
    platform.mutual.statements.reset();
    const anonymous = await platform.query(undefined, operation('RegionalDashboard'), { code: 'FES' });
    const forged = await platform.query(
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6Ik5BVElPTkFMX0FETUlOIn0.',
      operation('RegionalDashboard'),
      {
        code: 'FES',
      },
    );
    for (const response of [anonymous, forged]) {
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(platform.foundation.statements.count + platform.mutual.statements.count).toBe(0);
  });
});
