import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { operation, postGraphQL, startPlatform, SUPERGRAPH_PATH, type Platform } from '../platform';

const noAddress = /127\.0\.0\.1|localhost|:\d{2,5}\/|\/graphql|ECONN|\/work\/|node_modules|\.ts:\d+/;

describe('the gateway in production mode', () => {
  let platform: Platform;
  let token: string;
  let folder: string;
  let supergraph: string;
  const reloads: boolean[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-supergraph-'));
    supergraph = path.join(folder, 'supergraph.graphql');
    copyFileSync(SUPERGRAPH_PATH, supergraph);
    platform = await startPlatform({
      production: true,
      supergraphPath: supergraph,
      onSupergraphReload: (accepted) => reloads.push(accepted),
    });
    token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
  });
  afterAll(async () => {
    await platform.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses introspection', async () => {
    const response = await platform.query(token, '{ __schema { types { name } } }');
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const response = await platform.query(token, '{ region(code: "FES") { staffCoun } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|staffCount/);
  });

  it('refuses a query over the depth limit before any subgraph reads anything, without saying the limit', async () => {
    platform.foundation.statements.reset();
    const deep = `{ officer(matricule: "101365") { region { currentHead { officer { region { currentHead { officer { region { currentHead { officer { region { code } } } } } } } } } } } }`;
    const response = await platform.query(token, deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/\b10\b/);
    expect(response.errors?.[0]?.message).toBe(
      'The query reaches too deep into related records; ask for fewer levels and follow the rest in another request.',
    );
    expect(platform.foundation.statements.count).toBe(0);
  });

  it('refuses an alias flood before any subgraph reads anything', async () => {
    platform.foundation.statements.reset();
    const aliases = Array.from({ length: 40 }, (_, i) => `r${i}: region(code: "FES") { code }`).join(' ');
    const response = await platform.query(token, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toBe(
      'The query asks for the same fields under too many names; send fewer aliases, or several requests.',
    );
    expect(platform.foundation.statements.count).toBe(0);
  });

  it('says what to do when a query costs too much, is too long or carries too many directives, never the limit', async () => {
    const costly = await platform.query(
      token,
      `{ ${Array.from({ length: 14 }, (_, i) => `r${i}: officers(first: 100) { edges { node { dependents { id } applications { id } } } }`).join(' ')} }`,
    );
    expect(costly.errors?.map((error) => error.message)).toEqual([
      'The query asks for too much; ask for fewer items or fields.',
    ]);
    const long = await platform.query(token, `{ regions { ${'code '.repeat(2_100)} } }`);
    expect(long.errors?.map((error) => error.message)).toEqual([
      'The query is too long; ask for fewer items or fields.',
    ]);
    const directives = await platform.query(token, `{ regions { code ${'@include(if: true) '.repeat(25)} } }`);
    expect(directives.errors?.[0]?.message).toBe('The query uses too many directives; send fewer.');
    for (const answer of [costly, long, directives])
      expect(JSON.stringify(answer.errors)).not.toMatch(/validation error|\b(5000|2000|20)\b/i);
  });

  it('answers an oversized body and malformed JSON with a 4xx and a GraphQL-shaped error', async () => {
    const huge = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ regions { code } } # ${'x'.repeat(200_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }],
    });
    const malformed = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(noAddress);
  });

  it('answers a query sent as plain text with a 400 that says what a request must be, never a 500', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/Content-Type/);
    expect(text).not.toMatch(/req\.body|middleware/);
    expect(text).not.toMatch(noAddress);
  });

  it('refuses a GET without a CSRF-safe header (CSRF prevention)', async () => {
    const response = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent('{ regions { code } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('keeps serving the old supergraph when a broken one is written, and takes a valid new one', async () => {
    const original = readFileSync(supergraph, 'utf8');
    writeFileSync(supergraph, 'this is not a supergraph');
    await waitFor(() => reloads.length >= 1);
    expect(reloads).toEqual([false]);
    const during = await platform.query(token, operation('RegionalDashboard'), { code: 'FES' });
    expect(during.errors).toBeUndefined();
    expect((during.data as { region: { code: string } }).region.code).toBe('FES');

    writeFileSync(
      supergraph,
      original.replace(
        '"""Staff members assigned to the region and in service (status ACTIVE)."""',
        '"""Staff in service."""',
      ),
    );
    await waitFor(() => reloads.length >= 2);
    expect(reloads).toEqual([false, true]);
    const after = await platform.query(token, operation('RegionalDashboard'), { code: 'FES' });
    expect(after.errors).toBeUndefined();
  });
});

describe('a subgraph that leaks internals in its errors', () => {
  it('is masked by the gateway: no address, path or stack reaches the client', async () => {
    const leaky = http.createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          data: { _entities: [null] },
          errors: [
            {
              message: 'connect ECONNREFUSED 10.0.0.5:5432 at /app/mutual-service/src/claims/claims.repository.ts:42',
              path: ['_entities', 0, 'health'],
              extensions: {
                code: 'INTERNAL_SERVER_ERROR',
                stacktrace: ['Error: connect ECONNREFUSED', '    at /app/node_modules/pg/lib/client.js:1:1'],
              },
            },
          ],
        }),
      );
    });
    await new Promise<void>((resolve) => leaky.listen(0, '127.0.0.1', resolve));
    const platform = await startPlatform({
      production: true,
      subgraphUrls: { mutual: `http://127.0.0.1:${(leaky.address() as AddressInfo).port}/graphql` },
    });
    try {
      const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
      const response = await platform.query<{ region: { nameFr: string } }>(token, operation('RegionalDashboard'), {
        code: 'FES',
      });
      expect(response.data?.region.nameFr).toBe('Fès');
      expect(response.errors?.map((error) => error.message)).toEqual(['Internal server error']);
      expect(JSON.stringify(response.errors)).not.toMatch(/10\.0\.0\.5|\/app\/|stacktrace|ECONNREFUSED|\.ts:/);
    } finally {
      await platform.stop();
      leaky.close();
    }
  });
});

describe('a slow subgraph', () => {
  it('costs no more than the subgraph timeout: the other half arrives with SUBGRAPH_UNAVAILABLE', async () => {
    const slow = http.createServer((_request, response) => {
      setTimeout(() => response.end('{"data":{}}'), 3_000).unref();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql`;
    const platform = await startPlatform({ subgraphUrls: { mutual: slowUrl }, subgraphFetch: { timeoutMs: 1_000 } });
    try {
      const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
      const started = Date.now();
      const response = await postGraphQL<{ region: { nameFr: string; health: unknown } }>(
        platform.gatewayUrl,
        { authorization: `Bearer ${token}` },
        operation('RegionalDashboard'),
        { code: 'FES' },
      );
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(2_500);
      expect(response.data?.region.nameFr).toBe('Fès');
      expect(response.data?.region.health).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(JSON.stringify(response.errors)).not.toMatch(noAddress);
    } finally {
      await platform.stop();
      slow.closeAllConnections();
      slow.close();
    }
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the supergraph reload');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
