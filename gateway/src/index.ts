export { startGateway, type GatewayOptions } from './gateway';
export { gatewayConfig, type GatewayConfig } from './config';
