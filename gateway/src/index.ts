export { startGateway, type GatewayOptions } from './gateway';
export { gatewayConfig, type GatewayConfig } from './config';
export { authConfig, type AuthConfig } from './auth/auth-config';
export { createUserTokenVerifier, type UserTokenSettings, type VerifyUser } from './auth/user-token-verifier';
