import { TEST_NATIONAL_ADMIN } from '@dsp/common';
import { operation } from '../platform';
import { startProcessPlatform, type ProcessPlatform } from '../processes';

async function dashboard(platform: ProcessPlatform, token: string, requestId?: string): Promise<Response> {
  return fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query: operation('RegionalDashboard'), variables: { code: 'FES' }, operationName: 'RegionalDashboard' }),
  });
}

function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('operating the platform (separate processes)', () => {
  let platform: ProcessPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startProcessPlatform();
    token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
  });
  afterAll(() => platform.stop());

  it("follows one request id through the gateway's and both subgraphs' logs", async () => {
    const requestId = 'trace-0123456789abcdef';
    const response = await dashboard(platform, token, requestId);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const service of ['gateway', 'foundation', 'mutual'] as const) {
      const lines = logLines(platform.process(service).output()).filter((line) => line.requestId === requestId);
      expect({ service, lines: lines.length }).toEqual({ service, lines: 1 });
      expect(lines[0]).toMatchObject({ service, outcome: 'ok', msg: 'graphql request' });
    }
  });

  it('gives every request an id when the caller sent none', async () => {
    const response = await dashboard(platform, token);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts the requests made, by operation and outcome, on the metrics port', async () => {
    const count = async (): Promise<number> => {
      const text = await (await fetch(platform.gatewayMetricsUrl)).text();
      const line = text.split('\n').find((candidate) => candidate.startsWith('graphql_requests_total{') && candidate.includes('operation="RegionalDashboard"') && candidate.includes('outcome="ok"'));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await dashboard(platform, token);
    expect(await count()).toBe(before + 3);
    const text = await (await fetch(platform.gatewayMetricsUrl)).text();
    expect(text).toMatch(/subgraph_fetch_duration_seconds_count\{[^}]*service="mutual"[^}]*\} \d+/);
  });

  it("serves each subgraph's request counts and database pool on its own metrics port", async () => {
    await dashboard(platform, token);
    for (const service of ['foundation', 'mutual'] as const) {
      const text = await (await fetch(platform.metricsUrl(service))).text();
      expect(text).toMatch(/graphql_requests_total\{[^}]*outcome="ok"[^}]*\} [1-9]/);
      expect(text).toMatch(/db_pool_connections\{[^}]*state="total"[^}]*\} [1-9]/);
    }
  });

  it('keeps /health up and turns /ready down when a subgraph stops, then back up when it returns', async () => {
    const base = platform.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    await platform.kill('mutual', 'SIGKILL');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', checks: expect.arrayContaining([{ name: 'mutual', ok: false }]) as unknown });
    const partial = (await (await dashboard(platform, token)).json()) as { data: { region: { nameFr: string; health: unknown } }; errors: { extensions: { code: string; service: string } }[] };
    expect(partial.data.region.nameFr).toBe('Fès');
    expect(partial.data.region.health).toBeNull();
    expect(partial.errors.map((error) => error.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', service: 'mutual' }]);
    await platform.start('mutual');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
