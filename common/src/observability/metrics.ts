import { trace } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import express from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from 'pino';
import type { RunningServer } from '../server/http-server';
import { listen } from '../server/http-server';
import { clientOperationNames, loggedOperationName, operationLabel } from './operation-names';
import { REQUEST_ID_HEADER } from './request-id';

/** Prometheus metrics of one service process. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation' | 'outcome'>;
  subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  poolConnections: Gauge<'state'>;
  /** The operation names requests are counted under; any other name is counted as `other`. */
  operations: ReadonlySet<string>;
}

/**
 * A service's metrics. Requests are labelled by operation only for the
 * client's operations (schemas/operations/ by default): label values are
 * bounded whatever callers send.
 */
export function createMetrics(
  service: string,
  operations: ReadonlySet<string> = clientOperationNames(),
): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation (the client’s operations by name, any other as other) and outcome (ok, error).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphFetches: new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Latency of the gateway’s calls to each subgraph, by subgraph and outcome.',
      // Not `service`: that label names the process exposing the metric (the gateway).
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    poolConnections: new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting).',
      labelNames: ['state'],
      registers: [registry],
    }),
    operations,
  };
}

/**
 * One log line and one metric sample per GraphQL request, tagged with the
 * request id (and the trace id when tracing is on) so the same request can
 * be found in every service's log and in the traces.
 */
export function requestObservationPlugin<TContext extends BaseContext>(
  logger: Logger,
  metrics?: ServiceMetrics,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: ({ request }) => {
      const started = process.hrtime.bigint();
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      // With tracing on, the log line names the request's trace (its span carries the request id: assignRequestId).
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      return Promise.resolve({
        willSendResponse: ({ operationName, errors }) => {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors && errors.length > 0 ? 'error' : 'ok';
          if (metrics) {
            const operation = operationLabel(operationName, metrics.operations);
            metrics.requests.inc({ operation, outcome });
            metrics.duration.observe({ operation, outcome }, seconds);
          }
          logger.info(
            {
              requestId,
              ...(traceId ? { traceId } : {}),
              operation: loggedOperationName(operationName) ?? 'anonymous',
              outcome,
              ms: Math.round(seconds * 1000),
              errors: errors?.map((error) => error.extensions.code),
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/** Serves /metrics on its own port, away from the public one. */
export async function startMetricsServer(
  metrics: ServiceMetrics,
  port: number,
  host: string,
  variable: string,
  beforeScrape?: () => void,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', async (_request, response) => {
    beforeScrape?.();
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  const listening = await listen(app, port, host, 'the metrics endpoint', variable);
  return {
    url: `${listening.url}/metrics`,
    port: listening.port,
    stop: () => new Promise((resolve) => listening.server.close(() => resolve())),
  };
}

/** The metric types, for services that add their own to a ServiceMetrics registry. */
export { Counter, Gauge } from 'prom-client';
