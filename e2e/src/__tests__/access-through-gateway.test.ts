import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { operation, startPlatform, type Platform } from '../platform';
import { sql } from './sql';

const FES_HEAD: Caller = testRegionalHead('FES');
const FES_AGENT: Caller = { sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null };

interface OfficerFile {
  officer: { matricule: string; fullName: string } | null;
}

describe('identity and access through the gateway', () => {
  let platform: Platform;
  let rabatOfficer: string;
  let fesOfficer: string;

  beforeAll(async () => {
    platform = await startPlatform();
    const pick = async (region: string): Promise<string> => {
      const [row] = await sql<{ matricule: string }>(
        platform.mutual.db.superuserUrl,
        `SELECT b.person_id AS matricule FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
          WHERE b.kind = 'OFFICER' AND b.region_code = $1 AND b.officer_status = 'ACTIVE' AND (c.end_date IS NULL OR c.end_date >= current_date)
          ORDER BY b.person_id LIMIT 1`,
        [region],
      );
      if (!row) throw new Error(`no covered officer in ${region}`);
      return row.matricule;
    };
    rabatOfficer = await pick('RABAT');
    fesOfficer = await pick('FES');
  });
  afterAll(() => platform.stop());

  it('gives the FES head FORBIDDEN and no officer field at all for a RABAT officer, from either subgraph', async () => {
    const response = await platform.query<OfficerFile>(await platform.tokenFor(FES_HEAD), operation('OfficerFile'), {
      matricule: rabatOfficer,
    });
    expect(response.data?.officer ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    const text = JSON.stringify(response);
    expect(text).not.toContain(`"matricule":"${rabatOfficer}"`);
    expect(text).not.toMatch(/"fullName"|"memberNumber"|"reference"/);
  });

  it("shows the FES head their own region's officer with both halves, and refuses RABAT's dashboard", async () => {
    const token = await platform.tokenFor(FES_HEAD);
    const own = await platform.query<{ officer: { matricule: string; coverage: { memberNumber: string } | null } }>(
      token,
      operation('OfficerFile'),
      {
        matricule: fesOfficer,
      },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.officer.coverage?.memberNumber).toMatch(/\S/);
    const rabat = await platform.query(token, operation('RegionalDashboard'), { code: 'RABAT' });
    expect(rabat.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(rabat.data ?? null)).not.toMatch(/staffCount|pendingClaims/);
  });

  it('lets a mutual agent submit a claim through the gateway once per idempotency key, and a medical advisor decide it', async () => {
    const [provider] = await sql<{ id: string }>(
      platform.mutual.db.superuserUrl,
      "SELECT id FROM provider WHERE region_code = 'FES' AND 'CONSULTATION' = ANY(care_types) ORDER BY name LIMIT 1",
    );
    const today = new Date().toISOString().slice(0, 10);
    const submit = `mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { id status version } }`;
    const input = {
      beneficiaryId: fesOfficer,
      providerId: provider?.id,
      careType: 'CONSULTATION',
      careStartDate: today,
      careEndDate: today,
      diagnosisCodes: ['J06.9'],
      lines: [{ actCode: 'CS', quantity: 1, unitPrice: '150.00' }],
      idempotencyKey: `gateway-test-${Date.now()}`,
    };
    const agent = await platform.tokenFor(FES_AGENT);
    const first = await platform.query<{ submitClaim: { id: string; status: string; version: number } }>(
      agent,
      submit,
      { input },
    );
    const retry = await platform.query<{ submitClaim: { id: string } }>(agent, submit, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitClaim.status).toBe('CHECKED');
    expect(retry.data?.submitClaim.id).toBe(first.data?.submitClaim.id);
    const [count] = await sql<{ n: number }>(
      platform.mutual.db.superuserUrl,
      "SELECT count(*)::int AS n FROM claim WHERE beneficiary_id = $1 AND care_start_date = $2 AND care_type = 'CONSULTATION' AND submitted_at > now() - interval '1 hour'",
      [fesOfficer, today],
    );
    expect(count?.n).toBe(1);

    const advisor = await platform.tokenFor(ADVISOR);
    const claim = first.data?.submitClaim;
    const review = await platform.query<{ reviewClaim: { version: number } }>(
      advisor,
      'mutation ($id: ID!, $v: Int!) { reviewClaim(id: $id, version: $v) { version } }',
      {
        id: claim?.id,
        v: claim?.version,
      },
    );
    const decided = await platform.query<{ decideClaim: { status: string } }>(advisor, operation('DecideClaim'), {
      id: claim?.id,
      version: review.data?.reviewClaim.version,
      decision: 'APPROVE',
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideClaim.status).toMatch(/^(APPROVED|PARTIALLY_APPROVED)$/);

    const head = await platform.query<{ claim: { status: string; diagnosisCodes: string[] | null } }>(
      await platform.tokenFor(FES_HEAD),
      '{ claim(id: "' + String(claim?.id) + '") { status diagnosisCodes } }',
    );
    expect(head.data?.claim.status).toBe(decided.data?.decideClaim.status);
    expect(head.data?.claim.diagnosisCodes).toBeNull();
    expect(head.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
