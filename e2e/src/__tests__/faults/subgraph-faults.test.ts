import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { judgeDashboard, loadSeconds, recordReliability, sleep, startLoad } from '../../load';
import { operation } from '../../platform';
import { startProcessPlatform, type ProcessPlatform } from '../../processes';

async function gatewayMemory(platform: ProcessPlatform): Promise<number> {
  const text = await (await fetch(platform.gatewayMetricsUrl)).text();
  return Number(/^process_resident_memory_bytes\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

describe('faults under load (separate processes)', () => {
  let platform: ProcessPlatform;
  let send: () => Promise<Response>;

  beforeAll(async () => {
    platform = await startProcessPlatform();
    const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
    const body = JSON.stringify({ query: operation('RegionalDashboard'), variables: { code: 'FES' } });
    send = () =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        signal: AbortSignal.timeout(10_000),
      });
  });
  afterAll(() => platform.stop());

  it('kill -9 of the mutual: the foundation half keeps answering, the gateway holds, full answers return after the restart', async () => {
    const seconds = loadSeconds(6);
    const load = startLoad(8, send, judgeDashboard);
    // Warm-up: the gateway's heap and caches settle in the first seconds of load.
    await sleep(Math.max(5_000, (seconds * 1000) / 5));
    const memoryAfterWarmUp = await gatewayMemory(platform);
    const killedAt = Date.now();
    await platform.kill('mutual', 'SIGKILL');
    await sleep((seconds * 1000) / 2);
    await platform.start('mutual');
    const restartedAt = Date.now();
    await sleep((seconds * 1000) / 2);
    const result = await load.stop();
    const memoryAtEnd = await gatewayMemory(platform);

    const firstFullAfterRestart =
      result.samples.find((sample) => sample.at >= restartedAt && sample.outcome === 'full')?.at ??
      Number.POSITIVE_INFINITY;
    const failed = result.samples.filter((sample) => sample.outcome === 'failed');
    recordReliability({
      test: 'kill -9 of the mutual subgraph during dashboard load',
      did: `${result.samples.length} dashboard requests at 8 connections (warm-up, then ${seconds} s); SIGKILL to the mutual, restart after ${seconds / 2} s`,
      requests: result.samples.length,
      failed: failed.length,
      observed: `${result.count('partial')} partial answers (foundation half + SUBGRAPH_UNAVAILABLE); full answers ${firstFullAfterRestart - restartedAt} ms after the restart; gateway memory ${Math.round(memoryAfterWarmUp / 1e6)} → ${Math.round(memoryAtEnd / 1e6)} MB`,
    });
    expect(failed.slice(0, 3)).toEqual([]);
    expect(result.count('partial', killedAt, restartedAt)).toBeGreaterThan(0);
    expect(firstFullAfterRestart - restartedAt).toBeLessThan(5_000);
    expect(platform.process('gateway').child.exitCode).toBeNull();
    // The heap is capped (256 MB) and the process must survive; resident memory may grow while V8
    // keeps freed pages after the burst of partial answers: Node 24 keeps about a quarter more
    // than after the warm-up (measured 216 -> 276 MB, 232 -> 289 MB), Node 20 about 6 %.
    // Growth past a half is a leak.
    expect(memoryAtEnd).toBeLessThan(memoryAfterWarmUp * 1.5);
  });

  it('a supergraph hot swap during load fails no request', async () => {
    const seconds = loadSeconds(4);
    const original = readFileSync(platform.supergraphPath, 'utf8');
    const load = startLoad(8, send, judgeDashboard);
    const swaps = 4;
    for (let i = 0; i < swaps; i++) {
      await sleep((seconds * 1000) / (swaps + 1));
      writeFileSync(
        platform.supergraphPath,
        original.replace(
          /"""Staff members assigned to the region and in service \(status ACTIVE\)\."""/,
          `"""Staff in service (swap ${i})."""`,
        ),
      );
    }
    await sleep((seconds * 1000) / (swaps + 1));
    const result = await load.stop();
    writeFileSync(platform.supergraphPath, original);
    const failed = result.samples.filter((sample) => sample.outcome !== 'full');
    recordReliability({
      test: 'supergraph hot swap during load',
      did: `${result.samples.length} dashboard requests over ${seconds} s; the supergraph file rewritten ${swaps} times`,
      requests: result.samples.length,
      failed: failed.length,
      observed: `${failed.length} requests not fully answered`,
    });
    expect(result.samples.length).toBeGreaterThan(20);
    expect(failed.slice(0, 3)).toEqual([]);
  });

  it('every database connection terminated during load: only in-flight requests fail, cleanly, and success returns', async () => {
    const seconds = loadSeconds(4);
    const load = startLoad(8, send, judgeDashboard);
    await sleep(1_000);
    const admin = new Client({ connectionString: platform.databases.foundation.superuserUrl });
    await admin.connect();
    const terminatedAt = Date.now();
    const killed = await admin.query<{ n: number }>(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();
    await sleep(seconds * 1000 - 1_000);
    const result = await load.stop();
    const failed = result.samples.filter((sample) => sample.outcome === 'failed');
    const lastFailure = failed.at(-1)?.at ?? terminatedAt;
    const after = result.samples.filter((sample) => sample.at > lastFailure);
    recordReliability({
      test: 'all foundation database connections terminated during load',
      did: `${result.samples.length} dashboard requests over ${seconds} s; pg_terminate_backend on ${killed.rows[0]?.n ?? 0} connections`,
      requests: result.samples.length,
      failed: failed.length,
      observed: `${failed.length} in-flight requests failed with a masked error; all succeed again ${lastFailure - terminatedAt} ms after; no process exited`,
    });
    expect(failed.length).toBeLessThanOrEqual(8 * 2);
    for (const sample of failed) expect(sample.detail).not.toMatch(/127\.0\.0\.1|terminat|postgres|FATAL/i);
    expect(lastFailure - terminatedAt).toBeLessThan(3_000);
    expect(after.length).toBeGreaterThan(10);
    expect(after.every((sample) => sample.outcome === 'full')).toBe(true);
    for (const name of ['gateway', 'foundation', 'mutual'] as const)
      expect(platform.process(name).child.exitCode).toBeNull();
  });

  it('SIGTERM to the gateway during load: in-flight requests complete, new ones are refused, it exits 0', async () => {
    const load = startLoad(8, send, judgeDashboard);
    await sleep(1_000);
    const signalledAt = Date.now();
    const exit = platform.kill('gateway', 'SIGTERM');
    const code = await exit;
    const exitedAt = Date.now();
    await sleep(300);
    const result = await load.stop();
    const beforeSignal = result.samples.filter((sample) => sample.at < signalledAt);
    const answeredDuringDrain = result.samples.filter(
      (sample) => sample.at >= signalledAt && sample.at <= exitedAt && sample.outcome !== 'failed',
    );
    const afterExit = result.samples.filter((sample) => sample.at > exitedAt + 50);
    recordReliability({
      test: 'SIGTERM to the gateway during load',
      did: `${result.samples.length} dashboard requests at 8 connections; SIGTERM after 1 s`,
      requests: result.samples.length,
      failed: beforeSignal.filter((sample) => sample.outcome === 'failed').length,
      observed: `exit code ${code}; ${answeredDuringDrain.length} in-flight requests answered while draining (${exitedAt - signalledAt} ms); ${afterExit.length} later requests refused`,
    });
    expect(code).toBe(0);
    expect(beforeSignal.every((sample) => sample.outcome === 'full')).toBe(true);
    expect(
      afterExit.every((sample) => sample.outcome === 'failed' && /ECONNREFUSED|fetch failed/.test(sample.detail ?? '')),
    ).toBe(true);
    await platform.start('gateway');
  });
});
