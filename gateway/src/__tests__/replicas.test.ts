import { signUserToken, type RunningServer } from '@dsp/common';
import { createHash, generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { createUserTokenVerifier, startGateway } from '..';

/**
 * Two gateway replicas, as Kubernetes runs them: their persisted-query stores
 * are their own (docs/operations.md, Kubernetes). A query registered on one is
 * unknown to the other, which asks for its text once (what Apollo Client's
 * persisted-query link resends by itself), then knows it too.
 */
const SUPERGRAPH = path.resolve(__dirname, '..', '..', '..', 'schemas', 'supergraph.graphql');
const identityProvider = generateKeyPairSync('ed25519');
let replicas: RunningServer[] = [];
let token: string;

beforeAll(async () => {
  const start = (): Promise<RunningServer> =>
    startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphPath: SUPERGRAPH,
      // `{ __typename }` is answered by the gateway alone: no subgraph is needed.
      subgraphUrls: { foundation: 'http://127.0.0.1:9/graphql', mutual: 'http://127.0.0.1:9/graphql' },
      verifyUser: createUserTokenVerifier({
        issuer: 'replicas-test',
        audience: 'dual-supervision',
        algorithms: ['EdDSA'],
        key: { publicKey: identityProvider.publicKey },
        clockToleranceSeconds: 30,
      }),
      signingKey: generateKeyPairSync('ed25519').privateKey,
    });
  replicas = [await start(), await start()];
  token = await signUserToken(
    identityProvider.privateKey,
    { sub: 'admin', role: 'NATIONAL_ADMIN', region: null },
    { issuer: 'replicas-test' },
  );
});
afterAll(() => Promise.all(replicas.map((replica) => replica.stop())));

async function post(
  replica: RunningServer,
  body: unknown,
): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('automatic persisted queries across gateway replicas', () => {
  it('are per replica: another replica asks for the text once, then answers the hash alone', async () => {
    const [first, second] = replicas as [RunningServer, RunningServer];
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    expect(await post(first, { query, extensions: { persistedQuery } })).toEqual({ data: { __typename: 'Query' } });
    expect(await post(first, { extensions: { persistedQuery } })).toEqual({ data: { __typename: 'Query' } });

    const unknown = await post(second, { extensions: { persistedQuery } });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(await post(second, { query, extensions: { persistedQuery } })).toEqual({ data: { __typename: 'Query' } });
    expect(await post(second, { extensions: { persistedQuery } })).toEqual({ data: { __typename: 'Query' } });
  });
});
