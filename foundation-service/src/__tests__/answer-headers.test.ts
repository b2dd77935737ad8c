import { startFoundationUnderTest, type FoundationUnderTest } from '../testing/foundation-test-server';

const ADMIN = { sub: 'admin', role: 'NATIONAL_ADMIN', region: null } as const;
const FES_AGENT = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' } as const;

/** The subgraph's answers are never cacheable by anyone between it and the gateway, whatever they hold. */
describe("the subgraph's HTTP answers", () => {
  let foundation: FoundationUnderTest;

  beforeAll(async () => {
    foundation = await startFoundationUnderTest({ seed: false });
  });
  afterAll(() => foundation.stop());

  it.each([
    ['a trend', ADMIN, { data: { region: { socialTrend: [expect.anything(), expect.anything()] as unknown } } }],
    ['a refusal', FES_AGENT, expect.objectContaining({ errors: [expect.anything()] as unknown }) as unknown],
  ])('say cache-control: no-store for %s', async (_name, caller, body) => {
    const response = await fetch(foundation.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await foundation.gateway.headersFor(caller, 'foundation')) },
      body: JSON.stringify({
        query: `{ region(code: "${caller.region ? 'RABAT' : 'FES'}") { socialTrend(months: 2) { month } } }`,
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(body);
  });
});
