import { createLogger, runService } from '@dsp/common';
import { gatewayConfig } from './config';
import { startGateway } from './gateway';

const logger = createLogger('gateway');
runService('gateway', logger, () => startGateway({ ...gatewayConfig(), logger }));
