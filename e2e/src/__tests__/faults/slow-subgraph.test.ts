import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { judgeDashboard, loadSeconds, recordReliability, sleep, startLoad } from '../../load';
import { operation, startPlatform, type Platform } from '../../platform';

/** The gateway's subgraph timeout in this test (SUBGRAPH_TIMEOUT_MS). */
const TIMEOUT_MS = 1_000;
/** How late the slow mutual answers. */
const DELAY_MS = 3_000;
/**
 * The longest acceptable wait for an answer: the timeout plus a margin for a
 * loaded machine. A bound on the timeout's correctness (the slow half is
 * abandoned, not awaited), not a speed figure.
 */
const BOUND_MS = 2_500;
const CONNECTIONS = 8;

/**
 * A mutual that answers 3 s late: a real HTTP server on 127.0.0.1 in front
 * of the real mutual, holding each request 3 s before passing it on. It
 * counts the connections the gateway keeps open to it.
 */
async function startSlowProxy(): Promise<{
  url: string;
  setTarget: (url: string) => void;
  open: () => number;
  peak: () => number;
  accepted: () => number;
  close: () => Promise<void>;
}> {
  let target = '';
  let open = 0;
  let peak = 0;
  let accepted = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      setTimeout(() => {
        if (response.destroyed) return;
        fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...pick(request.headers) },
          body: Buffer.concat(chunks),
        })
          .then(async (answer) =>
            response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text()),
          )
          .catch(() => response.destroy());
      }, DELAY_MS).unref();
    });
  });
  server.on('connection', (socket) => {
    accepted++;
    open++;
    peak = Math.max(peak, open);
    socket.on('close', () => open--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    setTarget: (url) => void (target = url),
    open: () => open,
    peak: () => peak,
    accepted: () => accepted,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The headers the mutual needs to know the caller (the gateway's signed identity). */
function pick(headers: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !['host', 'content-length', 'connection', 'content-type'].includes(entry[0]),
    ),
  );
}

describe('a subgraph that answers after 3 s, the gateway timing out after 1 s', () => {
  let platform: Platform;
  let slow: Awaited<ReturnType<typeof startSlowProxy>>;

  beforeAll(async () => {
    slow = await startSlowProxy();
    platform = await startPlatform({ subgraphUrls: { mutual: slow.url }, subgraphFetch: { timeoutMs: TIMEOUT_MS } });
    slow.setTarget(platform.mutual.server.url);
  }, 120_000);
  afterAll(async () => {
    await platform.stop();
    await slow.close();
  });

  it('answers within the timeout plus a margin, with the foundation half, and keeps the sockets to the slow subgraph bounded', async () => {
    const seconds = loadSeconds(4);
    const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
    const body = JSON.stringify({ query: operation('RegionalDashboard'), variables: { code: 'FES' } });
    const durations: number[] = [];
    const send = async (): Promise<Response> => {
      const started = Date.now();
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      durations.push(Date.now() - started);
      return response;
    };
    const load = startLoad(CONNECTIONS, send, judgeDashboard);
    await sleep(seconds * 1000);
    const result = await load.stop();
    const openAfterLoad = slow.open();
    await sleep(DELAY_MS);

    const sorted = [...durations].sort((a, b) => a - b);
    const slowest = sorted.at(-1) ?? Number.NaN;
    const notPartial = result.samples.filter((sample) => sample.outcome !== 'partial');
    recordReliability({
      test: 'a subgraph answering after 3 s with a 1 s timeout, under load',
      did: `${result.samples.length} dashboard requests at ${CONNECTIONS} connections over ${seconds} s; the mutual behind a proxy that holds each call ${DELAY_MS / 1000} s; SUBGRAPH_TIMEOUT_MS=${TIMEOUT_MS}`,
      requests: result.samples.length,
      failed: notPartial.length,
      observed: `every answer partial (foundation half + SUBGRAPH_UNAVAILABLE) in ${sorted[0]}–${slowest} ms (median ${sorted[Math.floor(sorted.length / 2)]} ms); sockets to the slow mutual: at most ${slow.peak()} open at once (${slow.accepted()} opened in all; identical queries share a call), ${openAfterLoad} open at the end of the load, ${slow.open()} 3 s later`,
    });
    expect(notPartial.slice(0, 3)).toEqual([]);
    expect(result.samples.length).toBeGreaterThanOrEqual(CONNECTIONS);
    expect(slowest).toBeLessThan(BOUND_MS);
    expect(slowest).toBeGreaterThanOrEqual(TIMEOUT_MS);
    // At most one socket per request in flight (identical queries share one call), and none piling up once the load stops.
    expect(slow.peak()).toBeLessThanOrEqual(CONNECTIONS);
    expect(slow.open()).toBeLessThanOrEqual(openAfterLoad);
  }, 60_000);
});
