import { createLogger, createMetrics, envPort, keyFromEnv, runService } from '@dsp/common';
import { statementTimeoutFromEnv } from '@dsp/subgraph-kit';
import { loadConfig } from './config';
import { startMutualService } from './server';

runService('mutual', createLogger('mutual'), () =>
  startMutualService({
    ...loadConfig(),
    gatewayPublicKey: keyFromEnv('GATEWAY_PUBLIC_KEY', 'public'),
    statementTimeoutMs: statementTimeoutFromEnv(),
    metrics: createMetrics('mutual'),
    metricsPort: envPort('MUTUAL_METRICS_PORT', 9402),
  }),
);
