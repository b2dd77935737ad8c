import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { type Caller, IdentityTokenSigner } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ClinicalFields } from '../clinical-fields';
import { SubgraphDataSource, type GatewayContext } from '../subgraph-data-source';
import { subgraphFetcher } from '../subgraph-fetcher';

const HEAD_FES: Caller = testRegionalHead('FES');
const HEAD_RABAT: Caller = testRegionalHead('RABAT');

/** A slow subgraph that counts its requests and answers with the count, so shared and separate answers can be told apart. */
async function slowSubgraph(): Promise<{ url: string; received: () => number; close: () => void }> {
  let received = 0;
  const server = http.createServer((request, response) => {
    const serial = ++received;
    request.resume();
    request.once('end', () => {
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { serial } }));
      }, 300);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received: () => received,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

function options(caller: Caller, query: string): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables: { code: 'FES' }, http: { method: 'POST', url: '', headers: new Headers() } },
    context: { caller },
    incomingRequestContext: { request: { http: { headers: new Headers() } } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

/** The clinical fields of the supergraph the gateway serves. */
function servedClinicalFields(): ClinicalFields {
  const clinical = new ClinicalFields();
  clinical.update(readFileSync(path.resolve(__dirname, '..', '..', '..', 'schemas', 'supergraph.graphql'), 'utf8'));
  return clinical;
}

let subgraph: Awaited<ReturnType<typeof slowSubgraph>>;
let source: SubgraphDataSource;
let closeFetcher: () => Promise<void>;

beforeEach(async () => {
  subgraph = await slowSubgraph();
  const { fetcher, close } = subgraphFetcher({ timeoutMs: 5_000, maxConnections: 8 });
  closeFetcher = close;
  source = new SubgraphDataSource(
    'mutual',
    subgraph.url,
    new IdentityTokenSigner(generateKeyPairSync('ed25519').privateKey),
    fetcher,
    servedClinicalFields(),
  );
});
afterEach(async () => {
  await closeFetcher();
  subgraph.close();
});

describe('identical subgraph queries in flight together', () => {
  const QUERY = 'query ($code: ID!) { region(code: $code) { health { pendingClaims } } }';

  it('share one call for the same caller, each answer a copy of its own', async () => {
    const [first, second] = await Promise.all([
      source.process(options(HEAD_FES, QUERY)),
      source.process(options(HEAD_FES, QUERY)),
    ]);
    expect(subgraph.received()).toBe(1);
    expect(first.data).toEqual({ serial: 1 });
    expect(second.data).toEqual({ serial: 1 });
    expect(second).not.toBe(first);
    // The HTTP answer (headers included) stays usable by every caller: the gateway reads its cache-control.
    expect(first.http?.headers.get('content-type')).toBe('application/json');
    expect(second.http?.headers.get('content-type')).toBe('application/json');
    (first.data as { serial: number }).serial = 99;
    expect(second.data).toEqual({ serial: 1 });
  });

  it('never cross callers: another region’s head gets their own call', async () => {
    const [fes, rabat] = await Promise.all([
      source.process(options(HEAD_FES, QUERY)),
      source.process(options(HEAD_RABAT, QUERY)),
    ]);
    expect(subgraph.received()).toBe(2);
    expect(new Set([fes.data?.serial, rabat.data?.serial])).toEqual(new Set([1, 2]));
  });

  it('are not kept once answered, and mutations and clinical reads are never shared', async () => {
    await source.process(options(HEAD_FES, QUERY));
    await source.process(options(HEAD_FES, QUERY));
    expect(subgraph.received()).toBe(2);
    const mutation = 'mutation { reviewClaim(id: "1", version: 1) { id } }';
    await Promise.all([source.process(options(HEAD_FES, mutation)), source.process(options(HEAD_FES, mutation))]);
    expect(subgraph.received()).toBe(4);
    const diagnoses = 'query { claim(id: "1") { diagnosisCodes } }';
    await Promise.all([source.process(options(HEAD_FES, diagnoses)), source.process(options(HEAD_FES, diagnoses))]);
    expect(subgraph.received()).toBe(6);
    for (const clinical of ['decisionNote', 'lines { actCode }']) {
      const query = `query { claim(id: "1") { ${clinical} } }`;
      await Promise.all([source.process(options(HEAD_FES, query)), source.process(options(HEAD_FES, query))]);
    }
    expect(subgraph.received()).toBe(10);
  });
});
