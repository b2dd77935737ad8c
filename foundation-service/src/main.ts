import type { KeyObject } from 'node:crypto';
import { createLogger, createMetrics, envPort, keyFromEnv, optionalKeyFromEnv, runService } from '@dsp/common';
import { statementTimeoutFromEnv } from '@dsp/subgraph-kit';
import { loadConfig } from './config';
import { startFoundationService } from './server';

/** The mutual's service key, which alone reads the registry feed; without it the feed answers 503. */
function optionalMutualKey(): { mutualServicePublicKey?: KeyObject } {
  const key = optionalKeyFromEnv('MUTUAL_SERVICE_PUBLIC_KEY', 'public');
  return key ? { mutualServicePublicKey: key } : {};
}

runService('foundation', createLogger('foundation'), () =>
  startFoundationService({
    ...loadConfig(),
    gatewayPublicKey: keyFromEnv('GATEWAY_PUBLIC_KEY', 'public'),
    statementTimeoutMs: statementTimeoutFromEnv(),
    metrics: createMetrics('foundation'),
    metricsPort: envPort('FOUNDATION_METRICS_PORT', 9401),
    ...optionalMutualKey(),
  }),
);
