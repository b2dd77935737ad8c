export { startGateway, type GatewayOptions } from './gateway';
export { gatewayConfig, type GatewayConfig } from './config';
export { authConfig, clientSignIn, type AuthConfig, type ClientSignIn } from './auth/auth-config';
export type { DevTokenSettings } from './dev-tokens';
export { createUserTokenVerifier, type UserTokenSettings, type VerifyUser } from './auth/user-token-verifier';
