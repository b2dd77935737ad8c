import type { Caller } from '@dsp/common';
import { startPlatform, type Platform } from '../platform';
import { waitForRegistryFeed } from '../registry-feed';
import { sql } from './sql';

/**
 * Links have dates: after a divorce the officer reads nothing more of the
 * former spouse's health file, through any path of the gateway, whatever the
 * date of care; the region's mutual agent still does.
 */
const FES_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const FES_MUTUAL_AGENT: Caller = { sub: 'magent-fes', role: 'MUTUAL_AGENT', region: 'FES' };

const FILE = `query ($m: ID!) { officer(matricule: $m) { dependents { id relation version coverage { memberNumber } claims { id reference } } } }`;
const CLAIM = 'query ($id: ID!) { claim(id: $id) { id reference lines { amountClaimed } } }';

interface FileView {
  officer: {
    dependents: Array<{
      id: string;
      relation: string;
      version: number;
      coverage: unknown;
      claims: Array<{ id: string }> | null;
    } | null>;
  } | null;
}

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform.stop();
});

it("ends the officer's access to the former spouse's health file with the divorce, on every path", async () => {
  const [family] = await sql<{ matricule: string; spouse: string; claim: string }>(
    platform.mutual.db.superuserUrl,
    `SELECT s.officer_matricule AS matricule, s.person_id AS spouse,
            (SELECT c.id::text FROM claim c WHERE c.beneficiary_id = s.person_id ORDER BY c.reference LIMIT 1) AS claim
       FROM beneficiary s
      WHERE s.relation = 'SPOUSE' AND s.region_code = 'FES' AND s.officer_status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM claim c WHERE c.beneficiary_id = s.person_id AND c.handling_region_code = 'FES')
      ORDER BY s.person_id LIMIT 1`,
  );
  const officer = await platform.tokenFor({ sub: family.matricule, role: 'OFFICER', region: null });
  const before = await platform.query<FileView>(officer, FILE, { m: family.matricule });
  expect(before.errors).toBeUndefined();
  const spouse = before.data!.officer!.dependents.find((dependent) => dependent?.id === family.spouse)!;
  expect(spouse.claims?.map((claim) => claim.id)).toContain(family.claim);

  const ended = await platform.query(
    await platform.tokenFor(FES_AGENT),
    'mutation ($input: EndDependentLinkInput!) { endDependentLink(input: $input) { id linkEndedOn } }',
    {
      input: { dependentId: family.spouse, endedOn: '2026-11-30', reason: 'DIVORCE', expectedVersion: spouse.version },
    },
  );
  expect(ended.errors).toBeUndefined();
  await waitForRegistryFeed(
    platform.mutual.server.url.replace(/\/graphql$/, '/ready'),
    platform.foundation.db.superuserUrl,
  );

  const after = await platform.query<FileView>(officer, FILE, { m: family.matricule });
  expect(JSON.stringify(after.data)).not.toContain(family.claim);
  const former = after.data?.officer?.dependents.find((dependent) => dependent?.id === family.spouse);
  expect(former?.claims ?? null).toBeNull();
  expect(former?.coverage ?? null).toBeNull();
  expect(after.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);

  const direct = await platform.query<{ claim: unknown }>(officer, CLAIM, { id: family.claim });
  expect(direct.data?.claim ?? null).toBeNull();
  expect(direct.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

  const agent = await platform.query<{ claim: { id: string; reference: string } }>(
    await platform.tokenFor(FES_MUTUAL_AGENT),
    CLAIM,
    { id: family.claim },
  );
  expect(agent.errors).toBeUndefined();
  expect(agent.data?.claim.id).toBe(family.claim);
  // Named by its reference, the former spouse's claim is refused to the officer all the same.
  const byReference = await platform.query(officer, 'query ($r: String!) { claimByReference(reference: $r) { id } }', {
    r: agent.data!.claim.reference,
  });
  expect(byReference.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(byReference)).not.toContain(family.claim);
});
