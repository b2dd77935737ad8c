import { diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry tracing, off unless TRACING says where spans go:
 *
 * - `TRACING=otlp`: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT
 *   (http://localhost:4318 by default: an OpenTelemetry Collector or Jaeger);
 * - `TRACING=console`: each span printed on stdout, for a look without a collector.
 *
 * One trace follows a request from the gateway (its HTTP server span, the
 * spans @apollo/gateway emits for planning and fetching, its calls to the
 * subgraphs) into each subgraph (HTTP, GraphQL resolvers) and down to every
 * SQL statement; the W3C traceparent header carries it between processes.
 * Statements are recorded without their parameters (no personal data in a
 * trace). This module must be loaded before anything it instruments: each
 * service's main.ts imports its `tracing.ts` first.
 */
export function startTracing(service: string): void {
  const mode = process.env.TRACING?.trim().toLowerCase();
  if (!mode || mode === 'off') return;
  if (mode !== 'otlp' && mode !== 'console') {
    throw new Error(`TRACING is "otlp", "console" or "off"; got "${process.env.TRACING}".`);
  }
  diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.ERROR);
  // Traces only: metrics stay with Prometheus (/metrics), logs with pino.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const processor: SpanProcessor =
    mode === 'otlp'
      ? new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 500 })
      : new SimpleSpanProcessor(new ConsoleSpanExporter());
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors: [processor],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => ['/health', '/ready', '/metrics'].includes(request.url ?? ''),
      }),
      new UndiciInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true, depth: 2 }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  // Spans still in the batch are sent before the process exits.
  const flush = (): void => void sdk.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
  process.once('SIGTERM', flush);
}
