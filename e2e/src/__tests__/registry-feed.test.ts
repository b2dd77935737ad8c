import { type Caller, todayUtc } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { startPlatform, type Platform } from '../platform';
import { waitForRegistryFeed } from '../registry-feed';
import { sql } from './sql';
import type { RegistryFeedStatus } from 'mutual-service';

/**
 * Registry changes made in the foundation reach the mutual through the
 * registry feed (read in the background by the mutual), and change what
 * users see through the gateway: a transfer, a death, a new child and a
 * student certificate.
 */

const ADMIN: Caller = { sub: 'admin', role: 'NATIONAL_ADMIN', region: null };
const FES_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const RABAT_AGENT: Caller = { sub: 'agent-rabat', role: 'FOUNDATION_AGENT', region: 'RABAT' };
const FES_HEAD: Caller = testRegionalHead('FES');
const RABAT_HEAD: Caller = testRegionalHead('RABAT');

let platform: Platform;
const today = todayUtc();

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  await platform.stop();
});

async function as<TData>(
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: TData | null; errors?: Array<{ extensions?: Record<string, unknown> }> }> {
  return platform.query<TData>(await platform.tokenFor(caller), query, variables);
}

/** Waits (bounded) until the mutual has applied every event the foundation wrote so far. */
const inStep = (): Promise<RegistryFeedStatus> =>
  waitForRegistryFeed(platform.mutual.server.url.replace(/\/graphql$/, '/ready'), platform.foundation.db.superuserUrl);

const OFFICER = `query ($m: ID!) {
  officer(matricule: $m) {
    matricule version status region { code }
    coverage { active endDate }
    dependents { id relation version coverage { active endDate } }
  }
}`;

interface OfficerView {
  officer: {
    matricule: string;
    version: number;
    status: string;
    region: { code: string };
    coverage: { active: boolean; endDate: string | null } | null;
    dependents: Array<{
      id: string;
      relation: string;
      version: number;
      coverage: { active: boolean; endDate: string | null } | null;
    }>;
  } | null;
}

describe('registry changes reaching the mutual', () => {
  let matricule: string;
  let fesClaim: string;

  beforeAll(async () => {
    // An active FES officer (no head) with a spouse and a young child covered, and a claim that FES handles.
    const [row] = await sql<{ matricule: string; claim: string }>(
      platform.mutual.db.superuserUrl,
      `SELECT o.person_id AS matricule, (SELECT id::text FROM claim c WHERE c.beneficiary_id = o.person_id ORDER BY c.id LIMIT 1) AS claim
         FROM beneficiary o
        WHERE o.kind = 'OFFICER' AND o.region_code = 'FES' AND o.officer_status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM claim c WHERE c.beneficiary_id = o.person_id AND c.handling_region_code = 'FES')
          AND EXISTS (SELECT 1 FROM beneficiary s WHERE s.officer_matricule = o.person_id AND s.relation = 'SPOUSE')
          AND EXISTS (SELECT 1 FROM beneficiary c WHERE c.officer_matricule = o.person_id AND c.relation = 'CHILD' AND c.birth_date > DATE '2010-01-01')
        ORDER BY o.person_id LIMIT 1`,
    );
    const heads = await sql<{ officer_matricule: string }>(
      platform.foundation.db.superuserUrl,
      'SELECT officer_matricule FROM head_appointment',
    );
    expect(heads.map((head) => head.officer_matricule)).not.toContain(row.matricule);
    matricule = row.matricule;
    fesClaim = row.claim;
    expect((await inStep()).eventsBehind).toBe(0);
  });

  it('a transfer FES -> RABAT: RABAT lists the officer on both sides and its head sees the coverage; the claim FES handles stays FES’s', async () => {
    const before = await as<OfficerView>(ADMIN, OFFICER, { m: matricule });
    const moved = await as<{ transferOfficer: { toRegion: { code: string }; officer: unknown } }>(
      FES_AGENT,
      `mutation ($input: TransferOfficerInput!) { transferOfficer(input: $input) { toRegion { code } officer { matricule } } }`,
      {
        input: {
          matricule,
          toRegionCode: 'RABAT',
          effectiveDate: today,
          expectedVersion: before.data!.officer!.version,
        },
      },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.transferOfficer).toEqual({ toRegion: { code: 'RABAT' }, officer: null });
    await inStep();

    const list = `query ($r: ID!, $s: String) { officers(region: $r, search: $s) { totalCount edges { node { matricule coverage { active } } } } }`;
    const rabat = await as<{
      officers: {
        totalCount: number;
        edges: Array<{ node: { matricule: string; coverage: { active: boolean } | null } }>;
      };
    }>(RABAT_HEAD, list, { r: 'RABAT', s: matricule });
    expect(rabat.errors).toBeUndefined();
    expect(rabat.data?.officers.edges).toEqual([{ node: { matricule, coverage: { active: true } } }]);
    const fes = await as<{ officers: { totalCount: number } }>(FES_HEAD, list, { r: 'FES', s: matricule });
    expect(fes.data?.officers.totalCount).toBe(0);

    const seen = await as<OfficerView>(RABAT_HEAD, OFFICER, { m: matricule });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.officer).toMatchObject({ region: { code: 'RABAT' }, coverage: { active: true } });
    expect(seen.data?.officer?.dependents.every((dependent) => dependent.coverage !== null)).toBe(true);

    const claim = `query ($id: ID!) { claim(id: $id) { id handlingRegion { code } } }`;
    expect((await as<{ claim: unknown }>(FES_HEAD, claim, { id: fesClaim })).data?.claim).toEqual({
      id: fesClaim,
      handlingRegion: { code: 'FES' },
    });
    const fromRabat = await as<{ claim: unknown }>(RABAT_HEAD, claim, { id: fesClaim });
    expect(fromRabat.data?.claim ?? null).toBeNull();
    expect(fromRabat.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a death ends the officer’s coverage that day; the widow and the children stay covered', async () => {
    const before = await as<OfficerView>(ADMIN, OFFICER, { m: matricule });
    const changed = await as(
      RABAT_AGENT,
      `mutation ($input: ChangeOfficerStatusInput!) { changeOfficerStatus(input: $input) { status } }`,
      {
        input: { matricule, status: 'DECEASED', effectiveDate: today, expectedVersion: before.data!.officer!.version },
      },
    );
    expect(changed.errors).toBeUndefined();
    await inStep();
    const after = await as<OfficerView>(RABAT_HEAD, OFFICER, { m: matricule });
    expect(after.errors).toBeUndefined();
    expect(after.data?.officer).toMatchObject({ status: 'DECEASED', coverage: { endDate: today } });
    const family = after.data!.officer!.dependents.filter((dependent) => dependent.relation !== 'PARENT');
    const spouse = family.find((dependent) => dependent.relation === 'SPOUSE');
    expect(spouse?.coverage).toEqual({ active: true, endDate: null });
    expect(family.filter((dependent) => dependent.coverage?.active).length).toBeGreaterThanOrEqual(2);
  });

  it('a child born to the family is covered by the mutual once the foundation registers it', async () => {
    const added = await as<{ addDependent: { id: string } }>(
      RABAT_AGENT,
      `mutation ($input: AddDependentInput!) { addDependent(input: $input) { id } }`,
      {
        input: {
          matricule,
          relation: 'CHILD',
          firstNameAr: 'آدم',
          lastNameAr: 'الإدريسي',
          firstNameLatin: 'Adam',
          lastNameLatin: 'Idrissi',
          birthDate: today,
          idempotencyKey: `birth-${matricule}-${today}`,
        },
      },
    );
    expect(added.errors).toBeUndefined();
    await inStep();
    const view = await as<OfficerView>(RABAT_HEAD, OFFICER, { m: matricule });
    expect(view.errors).toBeUndefined();
    expect(
      view.data?.officer?.dependents.find((dependent) => dependent.id === added.data!.addDependent.id),
    ).toMatchObject({
      relation: 'CHILD',
      coverage: { active: true, endDate: null },
    });
  });
});

describe('a student certificate', () => {
  it('brings a grown-up child’s coverage back until 26', async () => {
    const [child] = await sql<{ id: string; matricule: string }>(
      platform.mutual.db.superuserUrl,
      `SELECT b.person_id AS id, b.officer_matricule AS matricule FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
        WHERE b.relation = 'CHILD' AND NOT b.disabled AND c.end_date IS NOT NULL AND c.end_date < CURRENT_DATE
          AND b.birth_date > CURRENT_DATE - INTERVAL '25 years' AND b.officer_status = 'ACTIVE'
        ORDER BY b.person_id LIMIT 1`,
    );
    const before = await as<OfficerView>(ADMIN, OFFICER, { m: child.matricule });
    const dependent = before.data!.officer!.dependents.find((candidate) => candidate.id === child.id)!;
    expect(dependent.coverage?.active).toBe(false);

    const updated = await as(
      ADMIN,
      `mutation ($input: UpdateDependentInput!) { updateDependent(input: $input) { student } }`,
      {
        input: {
          dependentId: child.id,
          studentCertificate: { validFrom: '2026-09-01', validUntil: '2027-07-31' },
          expectedVersion: dependent.version,
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    await inStep();
    const after = await as<OfficerView>(ADMIN, OFFICER, { m: child.matricule });
    expect(after.data!.officer!.dependents.find((candidate) => candidate.id === child.id)?.coverage).toEqual({
      active: true,
      endDate: null,
    });
  });
});
