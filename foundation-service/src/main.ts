import { createLogger, createMetrics, envPort, keyFromEnv, runService } from '@dsp/common';
import { loadConfig } from './config';
import { startFoundationService } from './server';

runService('foundation', createLogger('foundation'), async () => {
  const config = loadConfig();
  return startFoundationService({
    databaseUrl: config.databaseUrl, port: config.port, host: config.host, headTermYears: config.headTermYears,
    headMinServiceYears: config.headMinServiceYears, headRequiredTraining: config.headRequiredTraining,
    gatewayPublicKey: keyFromEnv('GATEWAY_PUBLIC_KEY', 'public'),
    metrics: createMetrics('foundation'),
    metricsPort: envPort('FOUNDATION_METRICS_PORT', 9401),
  });
});
