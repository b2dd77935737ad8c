import { randomBytes } from 'node:crypto';
import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { operation } from '../platform';
import { startProcessPlatform, type ProcessPlatform } from '../processes';

async function dashboard(platform: ProcessPlatform, token: string, requestId?: string): Promise<Response> {
  return fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({
      query: operation('RegionalDashboard'),
      variables: { code: 'FES' },
      operationName: 'RegionalDashboard',
    }),
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
      const line = text
        .split('\n')
        .find(
          (candidate) =>
            candidate.startsWith('graphql_requests_total{') &&
            candidate.includes('operation="RegionalDashboard"') &&
            candidate.includes('outcome="ok"'),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await dashboard(platform, token);
    expect(await count()).toBe(before + 3);
    const text = await (await fetch(platform.gatewayMetricsUrl)).text();
    // Each call is counted under the subgraph called, while the process stays named by `service`.
    const mutualCalls = text
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('subgraph_fetch_duration_seconds_count{') &&
          line.includes('subgraph="mutual"') &&
          line.includes('outcome="ok"'),
      );
    expect(mutualCalls).toEqual([expect.stringMatching(/service="gateway"[^}]*\} [1-9]\d*$/)]);
  });

  it('keeps metric series and the heap bounded whatever operation names callers send', async () => {
    const officer = await platform.tokenFor({ sub: '101321', role: 'OFFICER', region: null });
    const scrape = async (url: string): Promise<string> => (await fetch(url)).text();
    const series = (text: string): number =>
      text.split('\n').filter((line) => line.startsWith('graphql_requests_total{')).length;
    const heap = (text: string): number => Number(/^nodejs_heap_size_used_bytes\{[^}]*\} (\d+)/m.exec(text)?.[1]);
    const heapBefore = heap(await scrape(platform.gatewayMetricsUrl));
    // 2,000 distinct names of 20 kB each, 20 at a time: 40 MB of names in all.
    const send = async (): Promise<void> => {
      const name = `Op${randomBytes(10_000).toString('hex')}`;
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
        body: JSON.stringify({ query: `query ${name} { me { role } }`, operationName: name }),
      });
      expect(response.status).toBe(200);
    };
    for (let batch = 0; batch < 100; batch++) await Promise.all(Array.from({ length: 20 }, send));
    const gateway = await scrape(platform.gatewayMetricsUrl);
    // The client's operations, anonymous and other, each by outcome: never one series per name.
    expect(series(gateway)).toBeLessThanOrEqual(4);
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="other"[^}]*outcome="ok"[^}]*\} 2000/);
    expect(gateway.length).toBeLessThan(64 * 1024);
    for (const service of ['foundation', 'mutual'] as const)
      expect(series(await scrape(platform.metricsUrl(service)))).toBeLessThanOrEqual(4);
    // What may grow: the gateway's bounded caches (parsed documents, query plans, about 30 MiB
    // each) and the 40 MB of request text not yet collected. Before the fix the series alone
    // held every name twice and the gateway's /metrics stopped answering.
    expect(heap(gateway) - heapBefore).toBeLessThan(256 * 1024 * 1024);
    const logged = logLines(platform.process('gateway').output()).filter(
      (line) => typeof line.operation === 'string' && line.operation.startsWith('Op'),
    );
    expect(logged.length).toBeGreaterThan(0);
    expect(Math.max(...logged.map((line) => (line.operation as string).length))).toBeLessThanOrEqual(64);
    // 2,000 requests of 20 kB: 22 s alone on a 2-core machine, over 60 s while the other suites run beside it.
  }, 240_000);

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
    expect(await ready.json()).toMatchObject({
      status: 'not ready',
      checks: expect.arrayContaining([{ name: 'mutual', ok: false }]) as unknown,
    });
    const partial = (await (await dashboard(platform, token)).json()) as {
      data: { region: { nameFr: string; health: unknown } };
      errors: { extensions: { code: string; service: string } }[];
    };
    expect(partial.data.region.nameFr).toBe('Fès');
    expect(partial.data.region.health).toBeNull();
    expect(partial.errors.map((error) => error.extensions)).toEqual([
      { code: 'SUBGRAPH_UNAVAILABLE', service: 'mutual' },
    ]);
    await platform.start('mutual');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
