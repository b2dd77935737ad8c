import { createLogger, createMetrics, envInteger, envPort, keyFromEnv, optionalKeyFromEnv, runService, serviceDatabaseUrls } from '@dsp/common';
import { statementTimeoutFromEnv } from '@dsp/subgraph-kit';
import type { RegistryFeedOptions } from './registry-feed/consumer';
import { startMutualService } from './service';

/** The registry feed's settings: read when the mutual's service key is configured, off otherwise. */
function registryFeedFromEnv(): { registryFeed?: RegistryFeedOptions } {
  const signingKey = optionalKeyFromEnv('MUTUAL_SERVICE_SIGNING_KEY', 'private');
  if (!signingKey) return {};
  return {
    registryFeed: {
      url: process.env.REGISTRY_FEED_URL?.trim() || 'http://localhost:4001/registry-feed',
      signingKey,
      pollIntervalMs: envInteger('REGISTRY_FEED_POLL_MS', 2_000, 50, 600_000),
    },
  };
}

runService('mutual', createLogger('mutual'), () =>
  startMutualService({
    databaseUrl: serviceDatabaseUrls('MUTUAL').databaseUrl,
    port: envPort('MUTUAL_PORT', 4002),
    host: process.env.HOST?.trim() || '0.0.0.0',
    gatewayPublicKey: keyFromEnv('GATEWAY_PUBLIC_KEY', 'public'),
    statementTimeoutMs: statementTimeoutFromEnv(),
    metrics: createMetrics('mutual'),
    metricsPort: envPort('MUTUAL_METRICS_PORT', 9402),
    ...registryFeedFromEnv(),
  }),
);
