import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, listen, maskError, type Logger, type RunningServer } from '@dsp/common';
import express from 'express';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { VerifyUser } from './auth/user-token-verifier';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The composed supergraph (schemas/supergraph.graphql). */
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
}

/**
 * The gateway: serves the static supergraph at /graphql (never
 * IntrospectAndCompose), planning each query across the subgraphs.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('gateway');
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for the ${name} subgraph.`);
      subgraphUrls.set(name, target);
      return new SubgraphDataSource(name, target, options.signingKey);
    },
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  const listening = await listen(app, options.port, options.host ?? '0.0.0.0', 'the gateway', 'GATEWAY_PORT');

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, logger),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: listening.server })],
  });
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
    const ready = checks.every((check) => check.ok);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway', checks });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ caller: await options.verifyUser(req.headers.authorization) }),
    }),
  );

  return { url: `${listening.url}/graphql`, port: listening.port, stop: () => apollo.stop() };
}
