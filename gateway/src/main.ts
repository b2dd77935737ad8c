import './tracing';
import { createLogger, createMetrics, envPort, runService } from '@dsp/common';
import { authConfig, clientSignIn } from './auth/auth-config';
import { createUserTokenVerifier } from './auth/user-token-verifier';
import { gatewayConfig } from './config';
import { startGateway } from './gateway';

const logger = createLogger('gateway');
runService('gateway', logger, async () => {
  const auth = authConfig();
  return startGateway({
    ...gatewayConfig(),
    logger,
    verifyUser: createUserTokenVerifier(auth.userTokens),
    signingKey: auth.signingKey,
    metrics: createMetrics('gateway'),
    metricsPort: envPort('GATEWAY_METRICS_PORT', 9400),
    ...clientSignIn(auth),
  });
});
