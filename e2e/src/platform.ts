import { type Caller, signUserToken } from '@dsp/common';
import { type DocumentStore, LocalFolderStore, StatementCounter } from '@dsp/subgraph-kit';
import { demoUsers } from '@dsp/demo';
import { createTestDatabase, type GraphQLResponse, postGraphQL, seededTemplate, type TestDatabase } from '@dsp/testing';
import { migrateFoundation, REGISTRY_FEED_PATH, seedFoundation, startFoundationService } from 'foundation-service';
import { createUserTokenVerifier, startGateway, type GatewayOptions } from 'gateway';
import { migrateMutual, seedMutual, startMutualService } from 'mutual-service';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCHEMAS = path.resolve(__dirname, '..', '..', 'schemas');

/** The committed supergraph, as the gateway serves it in production. */
export { postGraphQL, type GraphQLResponse };

export const SUPERGRAPH_PATH = path.join(SCHEMAS, 'supergraph.graphql');

/** One of the admin client's operations (schemas/operations/<name>.graphql), as the client sends it. */
export function operation(name: string): string {
  return readFileSync(path.join(SCHEMAS, 'operations', `${name}.graphql`), 'utf8');
}

export interface Subgraph {
  /** The running subgraph and its pool (for what runs beside requests: the document sweep). */
  server: Awaited<ReturnType<typeof startMutualService>>;
  db: TestDatabase;
  /** Every SQL statement the subgraph sent since the last reset. */
  statements: StatementCounter;
}

export interface Platform {
  gatewayUrl: string;
  foundation: Subgraph;
  mutual: Subgraph;
  /** Where the subgraphs keep documents: the one given in the options, or a temporary folder. */
  documentStore: DocumentStore;
  /** The key documents are encrypted with. */
  documentKey: Buffer;
  /** A user token of the test identity provider for this caller, as the gateway expects, valid `ttlSeconds` (8 hours by default). */
  tokenFor(caller: Caller, ttlSeconds?: number): Promise<string>;
  /** Posts a GraphQL operation to the gateway with the given token. */
  query<TData = Record<string, unknown>>(
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Stops one subgraph (to see the gateway without it). */
  stopSubgraph(name: 'foundation' | 'mutual'): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Both subgraphs over their own fresh databases (real migrations and demo
 * seed, copied from a template seeded once per test run)
 * and the gateway in front of them, all on port 0: the federation tests'
 * `startSubgraphsAndGateway()`.
 */
export interface PlatformOptions {
  /** Runs on the two fresh databases before the subgraphs start (to shrink or complete the demonstration data). */
  prepareDatabases?: (foundation: TestDatabase, mutual: TestDatabase) => Promise<void>;
  /** Where documents are kept (an S3Store on a test server); a temporary folder by default. */
  documentStore?: DocumentStore;
}

export async function startPlatform(
  gatewayOptions: Partial<GatewayOptions> = {},
  options: PlatformOptions = {},
): Promise<Platform> {
  const identityProvider = generateKeyPairSync('ed25519');
  const gatewayKeys = generateKeyPairSync('ed25519');
  const mutualServiceKeys = generateKeyPairSync('ed25519');
  const foundationTemplate = await seededTemplate('foundation', async (ownerUrl) => {
    await migrateFoundation(ownerUrl);
    await seedFoundation(ownerUrl);
  });
  const mutualTemplate = await seededTemplate('mutual', async (ownerUrl) => {
    await migrateMutual(ownerUrl);
    await seedMutual(ownerUrl);
  });
  const foundationDb = await createTestDatabase('foundation', foundationTemplate);
  const mutualDb = await createTestDatabase('mutual', mutualTemplate);
  await options.prepareDatabases?.(foundationDb, mutualDb);
  const documentFolder = options.documentStore ? undefined : await mkdtemp(path.join(tmpdir(), 'dsp-documents-'));
  const documentStore = options.documentStore ?? new LocalFolderStore(documentFolder as string);
  // The client's origin is the gateway's, known once it listens: added to this list then.
  const allowedOrigins: string[] = [];
  const documents = {
    store: documentStore,
    key: randomBytes(32),
    maxBytes: 10 * 1024 * 1024,
    ticketLifetimeMs: 10 * 60_000,
    allowedOrigins,
  };
  const foundationStatements = new StatementCounter();
  const mutualStatements = new StatementCounter();
  const foundationServer = await startFoundationService({
    gatewayPublicKey: gatewayKeys.publicKey,
    mutualServicePublicKey: mutualServiceKeys.publicKey,
    databaseUrl: foundationDb.appUrl,
    port: 0,
    host: '127.0.0.1',
    queryLogger: foundationStatements,
    documents,
  });
  const mutualServer = await startMutualService({
    gatewayPublicKey: gatewayKeys.publicKey,
    databaseUrl: mutualDb.appUrl,
    port: 0,
    host: '127.0.0.1',
    queryLogger: mutualStatements,
    documents,
    // The mutual reads the foundation's registry feed in the background, as in production, polling often.
    registryFeed: {
      url: foundationServer.url.replace(/\/graphql$/, REGISTRY_FEED_PATH),
      signingKey: mutualServiceKeys.privateKey,
      pollIntervalMs: 100,
    },
  });
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphPath: SUPERGRAPH_PATH,
    verifyUser: createUserTokenVerifier({
      issuer: 'test-idp',
      audience: 'dual-supervision',
      algorithms: ['EdDSA'],
      key: { publicKey: identityProvider.publicKey },
      clockToleranceSeconds: 30,
    }),
    signingKey: gatewayKeys.privateKey,
    devTokens: {
      privateKey: identityProvider.privateKey,
      issuer: 'test-idp',
      audience: 'dual-supervision',
      users: demoUsers(),
      ttlSeconds: 3600,
    },
    documentOrigins: [new URL(mutualServer.url).origin, new URL(foundationServer.url).origin],
    ...gatewayOptions,
    subgraphUrls: { foundation: foundationServer.url, mutual: mutualServer.url, ...gatewayOptions.subgraphUrls },
  });

  allowedOrigins.push(new URL(gateway.url).origin);

  const stopped = new Set<string>();
  const stopOnce = async (name: string, stop: () => Promise<void>): Promise<void> => {
    if (stopped.has(name)) return;
    stopped.add(name);
    await stop();
  };
  return {
    gatewayUrl: gateway.url,
    foundation: { server: foundationServer, db: foundationDb, statements: foundationStatements },
    mutual: { server: mutualServer, db: mutualDb, statements: mutualStatements },
    documentStore,
    documentKey: documents.key,
    tokenFor: (caller, ttlSeconds) =>
      signUserToken(identityProvider.privateKey, caller, { issuer: 'test-idp', ttlSeconds }),
    query: (token, query, variables) =>
      postGraphQL(gateway.url, token ? { authorization: `Bearer ${token}` } : {}, query, variables),
    stopSubgraph: (name) =>
      stopOnce(name, () => (name === 'foundation' ? foundationServer.stop() : mutualServer.stop())),
    stop: async () => {
      await stopOnce('gateway', () => gateway.stop());
      await Promise.all([
        stopOnce('foundation', () => foundationServer.stop()),
        stopOnce('mutual', () => mutualServer.stop()),
      ]);
      await Promise.all([foundationDb.drop(), mutualDb.drop()]);
      if (documentFolder) await rm(documentFolder, { recursive: true, force: true });
    },
  };
}
