import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { operation } from '../platform';
import { startProcessPlatform, type ProcessPlatform } from '../processes';

/**
 * With TRACING=otlp, one dashboard request through the gateway is one trace:
 * the gateway's spans, both subgraphs' and their SQL statements, all under
 * the same trace id, which the gateway's log line for the request names.
 * The collector here is a plain HTTP server that keeps what OTLP/HTTP posts.
 */

interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  attributes?: Array<{ key: string; value: { stringValue?: string } }>;
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ spans: OtlpSpan[] }>;
  }>;
}

const received: Array<{ service: string; span: OtlpSpan }> = [];
let collector: http.Server;
let platform: ProcessPlatform;

beforeAll(async () => {
  collector = http.createServer((request, response) => {
    if (request.url !== '/v1/traces') {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const payload = JSON.parse(
        (request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'),
      ) as OtlpExport;
      for (const resourceSpans of payload.resourceSpans) {
        const service =
          resourceSpans.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ??
          '?';
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) received.push({ service, span });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  platform = await startProcessPlatform({ env: { TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
}, 120_000);

afterAll(async () => {
  await platform.stop();
  await new Promise((resolve) => collector.close(resolve));
});

it('follows one dashboard request from the gateway through both subgraphs down to their SQL, in one trace', async () => {
  const requestId = 'traced-0123456789abcdef';
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await platform.tokenFor(TEST_NATIONAL_ADMIN)}`,
      'x-request-id': requestId,
    },
    body: JSON.stringify({
      query: operation('RegionalDashboard'),
      variables: { code: 'FES' },
      operationName: 'RegionalDashboard',
    }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

  // The gateway's log line for the request names its trace (logs reach this process a moment after the answer).
  const gatewayLine = async (): Promise<{ traceId?: string } | undefined> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const line = platform
        .process('gateway')
        .output()
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as { requestId?: string; traceId?: string })
        .find((entry) => entry.requestId === requestId);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  };
  const traceId = (await gatewayLine())?.traceId;
  expect(traceId).toMatch(/^[0-9a-f]{32}$/);

  // Spans leave each process in batches, every half second.
  const deadline = Date.now() + 15_000;
  const inTrace = (): Array<{ service: string; span: OtlpSpan }> =>
    received.filter((entry) => entry.span.traceId === traceId);
  const services = (): Set<string> => new Set(inTrace().map((entry) => entry.service));
  const sql = (service: string): OtlpSpan[] =>
    inTrace()
      .filter(
        (entry) =>
          entry.service === service &&
          entry.span.attributes?.some(
            (attribute) => attribute.key === 'db.system' || attribute.key === 'db.system.name',
          ),
      )
      .map((entry) => entry.span);
  // Each service's request span carries the request id the logs use.
  const tagged = (): Set<string> =>
    new Set(
      inTrace()
        .filter((entry) =>
          entry.span.attributes?.some(
            (attribute) => attribute.key === 'dsp.request_id' && attribute.value.stringValue === requestId,
          ),
        )
        .map((entry) => entry.service),
    );
  while (Date.now() < deadline && !(tagged().size === 3 && sql('foundation').length > 0 && sql('mutual').length > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(services()).toEqual(new Set(['gateway', 'foundation', 'mutual']));
  expect(sql('foundation').length).toBeGreaterThan(0);
  expect(sql('mutual').length).toBeGreaterThan(0);
  expect(tagged()).toEqual(new Set(['gateway', 'foundation', 'mutual']));
});
