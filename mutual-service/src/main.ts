import { createLogger, createMetrics, envPort, keyFromEnv, runService, serviceDatabaseUrls } from '@dsp/common';
import { startMutualService } from './service';

runService('mutual', createLogger('mutual'), () =>
  startMutualService({
    databaseUrl: serviceDatabaseUrls('MUTUAL').databaseUrl,
    port: envPort('MUTUAL_PORT', 4002),
    host: process.env.HOST?.trim() || '0.0.0.0',
    gatewayPublicKey: keyFromEnv('GATEWAY_PUBLIC_KEY', 'public'),
    metrics: createMetrics('mutual'),
    metricsPort: envPort('MUTUAL_METRICS_PORT', 9402),
  }),
);
