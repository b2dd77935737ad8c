import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import {
  answerRequestError,
  graphqlEndpoint,
  routeGraphQL,
  createLogger,
  IdentityTokenSigner,
  listen,
  type Logger,
  maskError,
  requestObservationPlugin,
  type RunningServer,
  type ServiceMetrics,
  startMetricsServer,
} from '@dsp/common';
import express from 'express';
import type { KeyObject } from 'node:crypto';
import type { VerifyUser } from './auth/user-token-verifier';
import { serveAdminClient } from './admin-client';
import { mountDevTokens, type DevTokenSettings } from './dev-tokens';
import { REQUEST_LIMITS, requestArmor, withoutSyntaxErrorPrefix } from './request-limits';
import { responseCachePlugin, type ResponseCacheOptions } from './response-cache';
import { securityHeaders } from './security-headers';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { subgraphFetcher, type SubgraphFetchOptions } from './subgraph-fetcher';
import { ClinicalFields } from './clinical-fields';
import { fileSupergraph } from './supergraph-source';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The composed supergraph (schemas/supergraph.graphql), reloaded when it changes. */
  supergraphPath: string;
  /**
   * Subgraph URLs by name, overriding those written in the supergraph (which
   * are the local defaults): how deployments and tests point the gateway at
   * their own subgraphs.
   */
  subgraphUrls?: Partial<Record<string, string>>;
  logger?: Logger;
  /** Reads the caller from the Authorization header, or throws UNAUTHENTICATED. */
  verifyUser: VerifyUser;
  /** The gateway's private key, signing the caller's identity for each subgraph. */
  signingKey: KeyObject;
  /** Timeout and connection limit for subgraph calls (10 s, 64 connections by default). */
  subgraphFetch?: Partial<SubgraphFetchOptions>;
  /**
   * Production mode: no introspection, no field suggestions. Stack traces and
   * internal error details are never sent, in any mode.
   */
  production?: boolean;
  /** Request and subgraph-call metrics; served on `metricsPort` when one is given. */
  metrics?: ServiceMetrics;
  /** A port for /metrics, apart from the public one (0: any free port). */
  metricsPort?: number;
  /** The admin client's built files, served at `/` when the folder holds an index.html. */
  adminClientDir?: string;
  /** The local sign-in's token endpoint; never set in production. */
  devTokens?: DevTokenSettings;
  /** The organisation's OpenID Connect provider, for the admin client's sign-in. */
  oidc?: { issuer: string; clientId: string; scope: string };
  /**
   * Automatic persisted queries: how many registered operations are kept
   * (least recently used go first); 0 turns them off. 1,000 by default.
   */
  persistedQueryCacheEntries?: number;
  /** Memory for planned queries, in MiB (30 by default): a plan is made once per operation text while it stays. */
  queryPlanCacheMiB?: number;
  /** Where the client uploads documents: the subgraphs' public origins, which its pages may connect to. */
  documentOrigins?: readonly string[];
  /** The response cache (see response-cache.ts); off unless given with a TTL above 0. */
  responseCache?: ResponseCacheOptions;
  /** Called after each supergraph file change, accepted or refused (tests wait on it). */
  onSupergraphReload?: (accepted: boolean) => void;
}

/**
 * The gateway: serves the static supergraph at /graphql (never
 * IntrospectAndCompose), planning each query across the subgraphs.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('gateway');
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const subgraphUrls = new Map<string, string>();
  const signer = new IdentityTokenSigner(options.signingKey);
  const clinical = new ClinicalFields();
  const connections = subgraphFetcher({ timeoutMs: 10_000, maxConnections: 64, ...options.subgraphFetch });
  const gateway = new ApolloGateway({
    supergraphSdl: fileSupergraph(options.supergraphPath, logger, options.onSupergraphReload),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for the ${name} subgraph.`);
      subgraphUrls.set(name, target);
      return new SubgraphDataSource(name, target, signer, connections.fetcher, clinical, options.metrics);
    },
    logger,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB ?? 30,
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    const names = clinical.update(coreSupergraphSdl);
    if (names.length === 0)
      logger.warn('the supergraph marks no field @clinical: no answer is shared between calls nor cached');
  });
  const persistedQueryCacheEntries = options.persistedQueryCacheEntries ?? 1_000;
  const responseCache =
    options.responseCache && options.responseCache.ttlSeconds > 0 ? options.responseCache : undefined;

  const armor = requestArmor(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    persistedQueries:
      persistedQueryCacheEntries > 0
        ? { cache: new InMemoryLRUCache<string>({ max: persistedQueryCacheEntries }) }
        : false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      maskError({ ...formatted, message: withoutSyntaxErrorPrefix(formatted.message) }, error, logger),
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      requestObservationPlugin<GatewayContext>(logger, options.metrics),
      ...(responseCache ? [responseCachePlugin(responseCache, clinical)] : []),
    ],
  });
  const headers = securityHeaders(options.oidc?.issuer, options.documentOrigins);
  const graphql = graphqlEndpoint({
    apollo,
    maxBodyBytes: REQUEST_LIMITS.maxBodyBytes,
    logger,
    // The user's token is checked in the context, where a refusal is Apollo's 401 with its GraphQL error.
    authenticate: () => Promise.resolve(undefined),
    context: async (request) => ({ caller: await options.verifyUser(request.headers.authorization) }),
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(headers);
  const listening = await listen(
    routeGraphQL((request, response) => headers(request, response, () => graphql(request, response)), app),
    options.port,
    options.host ?? '0.0.0.0',
    'the gateway',
    'GATEWAY_PORT',
  );
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: listening.server }));
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_request, response) => {
    const checks = await Promise.all(
      [...subgraphUrls].map(async ([name, url]) => {
        try {
          const answer = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) });
          return { name, ok: answer.ok };
        } catch {
          return { name, ok: false };
        }
      }),
    );
    const ready = checks.length > 0 && checks.every((check) => check.ok);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway', checks });
  });
  app.get('/auth/config', (_request, response) => {
    response.json({ oidc: options.oidc ?? null, devTokens: options.devTokens !== undefined });
  });
  if (options.devTokens) mountDevTokens(app, options.devTokens);
  if (options.adminClientDir && !serveAdminClient(app, options.adminClientDir)) {
    logger.warn(
      { dir: options.adminClientDir },
      'the admin client is not built (npm run build -w admin-client); only the API is served',
    );
  }
  app.use(jsonErrors(logger));

  const metricsServer =
    options.metrics && options.metricsPort !== undefined
      ? await startMetricsServer(
          options.metrics,
          options.metricsPort,
          options.host ?? '0.0.0.0',
          'GATEWAY_METRICS_PORT',
        )
      : undefined;

  return {
    url: `${listening.url}/graphql`,
    port: listening.port,
    ...(metricsServer ? { metricsUrl: metricsServer.url } : {}),
    stop: async () => {
      await apollo.stop();
      await connections.close();
      await metricsServer?.stop();
    },
  };
}

/** Errors raised on the other routes are answered as GraphQL-shaped JSON with their 4xx status (answerRequestError). */
function jsonErrors(logger: Logger): express.ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => answerRequestError(error, response, logger);
}
