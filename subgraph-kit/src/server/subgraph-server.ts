import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestScope } from '../database/request-scope';
import type { Caller } from '@dsp/common';
import { graphqlEndpoint, requireIdentity, routeGraphQL } from '@dsp/common';
import { requestObservationPlugin, type ServiceMetrics, startMetricsServer } from '@dsp/common';
import { listen, type RunningServer } from '@dsp/common';
import { maskError } from '@dsp/common';
import { refuseNulCharacters } from './refuse-nul';

export interface ScopedContext extends BaseContext {
  /** Who is asking, as the gateway vouched for it. */
  caller: Caller;
  db: RequestScope;
}

export interface ReadinessCheck {
  name: string;
  /** Throws when not ready; may return details shown in /ready (a background worker's lag, say). */
  check: () => Promise<void | Record<string, unknown>>;
}

export interface SubgraphServerOptions<TContext extends ScopedContext> {
  /** The subgraph's name as the supergraph knows it: foundation, mutual. */
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  logger: Logger;
  /** Builds the per-request context for a verified caller; its RequestScope is ended after the response. */
  context: (request: IncomingMessage, caller: Caller) => Promise<TContext>;
  /** The gateway's public key: GraphQL requests without an identity it signed for this subgraph get 401 (requireIdentity). */
  gatewayPublicKey: KeyObject;
  /** Request counts and latencies; served on `metricsPort` when one is given. */
  metrics?: ServiceMetrics;
  /** A port for /metrics, apart from the public one (0: any free port). */
  metricsPort?: number;
  /** The database pool's connections, sampled for each /metrics scrape. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /** What /ready checks, such as the database. */
  readiness: ReadinessCheck[];
  /** The environment variable that sets the port, named in errors. */
  portVariable: string;
  /** More HTTP routes beside /graphql, each guarding itself (the foundation's registry feed). */
  routes?: (app: express.Express) => void;
}

/** Ends every request's database transaction once its response is ready. */
function requestScopePlugin<TContext extends ScopedContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: async ({ contextValue, errors }) => {
          try {
            await contextValue.db.finish();
          } catch (error) {
            logger.error({ err: error }, 'could not commit the request transaction');
            (errors as unknown[] | undefined)?.push(error);
            throw error;
          }
        },
      }),
  };
}

/** `cache-control: no-store` on every answer, as Apollo's cache-control plugin sets it when no field has a hint. */
function uncacheableAnswers<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Serves one subgraph: GraphQL at /graphql, /health (the process is up) and
 * /ready (its dependencies answer). Internal errors are logged and masked.
 */
export async function startSubgraphServer<TContext extends ScopedContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => maskError(formatted, error, options.logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Traces for Apollo's usage reporting, which this deployment does not use.
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries a cache hint, yet the plugin's hook runs on every field of every answer (a 24-month trend
      // has hundreds): a tenth of a subgraph's CPU under load. Answers stay uncacheable, as the plugin made them.
      ApolloServerPluginCacheControlDisabled(),
      uncacheableAnswers<TContext>(),
      refuseNulCharacters<TContext>(),
      requestScopePlugin<TContext>(options.logger),
      requestObservationPlugin<TContext>(options.logger, options.metrics),
    ],
  });
  const graphql = graphqlEndpoint({
    apollo,
    maxBodyBytes: 1024 * 1024,
    logger: options.logger,
    authenticate: requireIdentity(options.gatewayPublicKey, options.name),
    context: options.context,
  });
  const app = express();
  app.disable('x-powered-by');
  const listening = await listen(
    routeGraphQL(graphql, app),
    options.port,
    options.host ?? '0.0.0.0',
    `the ${options.name} subgraph`,
    options.portVariable,
  );
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: listening.server }));
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_request, response) => {
    const results = await Promise.all(
      options.readiness.map(async ({ name, check }) => {
        try {
          const details = await check();
          return { name, ok: true, ...(details ? { details } : {}) };
        } catch (error) {
          return { name, ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const ready = results.every((result) => result.ok);
    response
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', service: options.name, checks: results });
  });
  options.routes?.(app);

  const { metrics, poolStats } = options;
  const metricsServer =
    metrics && options.metricsPort !== undefined
      ? await startMetricsServer(
          metrics,
          options.metricsPort,
          options.host ?? '0.0.0.0',
          `${options.name.toUpperCase()}_METRICS_PORT`,
          () => {
            const stats = poolStats?.();
            if (!stats) return;
            for (const [state, value] of Object.entries(stats)) metrics.poolConnections.set({ state }, value);
          },
        )
      : undefined;

  return {
    url: `${listening.url}/graphql`,
    port: listening.port,
    ...(metricsServer ? { metricsUrl: metricsServer.url } : {}),
    stop: async () => {
      await apollo.stop();
      await metricsServer?.stop();
    },
  };
}
