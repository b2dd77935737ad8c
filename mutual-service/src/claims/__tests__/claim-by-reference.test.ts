import type { Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { startHarness, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'test-agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };
const BY_REFERENCE = 'query ($reference: String!) { claimByReference(reference: $reference) { id reference } }';

let harness: MutualHarness;
let claim: { id: string; reference: string };

beforeAll(async () => {
  harness = await startHarness();
  const [row] = (await harness.sql<{ id: string; reference: string }>(
    "SELECT id, reference FROM claim WHERE handling_region_code = 'FES' ORDER BY reference LIMIT 1",
  )) as [{ id: string; reference: string }];
  claim = row;
});
afterAll(async () => {
  await harness.stop();
});

describe('claimByReference: a claim as people name it', () => {
  it('finds the claim of a reference for whoever may read it, written in any case with spaces around', async () => {
    for (const [reference, caller] of [
      [claim.reference, AGENT],
      [`  ${claim.reference.toLowerCase()} `, AGENT],
      [claim.reference, testRegionalHead('FES')],
    ] as const) {
      const found = await harness.query<{ claimByReference: { id: string; reference: string } | null }>(
        BY_REFERENCE,
        { reference },
        caller,
      );
      expect([reference, found.errors, found.data?.claimByReference]).toEqual([reference, undefined, claim]);
    }
  });

  it('answers null for a reference no claim has, FORBIDDEN for one the caller may not read, and names a bad reference', async () => {
    const unknown = await harness.query<{ claimByReference: unknown }>(
      BY_REFERENCE,
      { reference: 'RB-1999-000001' },
      AGENT,
    );
    expect([unknown.errors, unknown.data?.claimByReference]).toEqual([undefined, null]);
    const elsewhere = await harness.query(BY_REFERENCE, { reference: claim.reference }, AGENT_RABAT);
    expect([elsewhere.errors?.[0]?.extensions?.code, elsewhere.data]).toEqual([
      'FORBIDDEN',
      { claimByReference: null },
    ]);
    expect(JSON.stringify(elsewhere)).not.toContain(claim.id);
    for (const reference of ['', '   ', 'R'.repeat(41)]) {
      const refused = await harness.query(BY_REFERENCE, { reference }, AGENT);
      expect([reference, refused.errors?.[0]?.extensions]).toEqual([
        reference,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reference' }),
      ]);
    }
  });
});
