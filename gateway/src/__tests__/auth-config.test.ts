import { StartupError } from '@dsp/common';
import { generateKeyPairSync } from 'node:crypto';
import { authConfig, clientSignIn } from '../auth/auth-config';

const saved = { ...process.env };
const pem = (
  key: { export(options: { type: 'spki' | 'pkcs8'; format: 'pem' }): string | Buffer },
  type: 'spki' | 'pkcs8',
): string => key.export({ type, format: 'pem' }).toString();
const keys = generateKeyPairSync('ed25519');

function withEnv(variables: Record<string, string>): void {
  process.env = { ...saved };
  for (const name of Object.keys(process.env))
    if (name.startsWith('AUTH_') || name.startsWith('GATEWAY_SIGNING_KEY')) delete process.env[name];
  Object.assign(process.env, variables);
}

describe('gateway authentication settings', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('needs AUTH_ISSUER in production', () => {
    withEnv({
      NODE_ENV: 'production',
      AUTH_PUBLIC_KEY: pem(keys.publicKey, 'spki'),
      GATEWAY_SIGNING_KEY: pem(keys.privateKey, 'pkcs8'),
    });
    expect(() => authConfig()).toThrow(StartupError);
    expect(() => authConfig()).toThrow(/^set AUTH_ISSUER/);
  });

  it('refuses shared-secret and unsigned algorithms', () => {
    withEnv({
      AUTH_ALGORITHMS: 'EdDSA,HS256,none',
      AUTH_PUBLIC_KEY: pem(keys.publicKey, 'spki'),
      GATEWAY_SIGNING_KEY: pem(keys.privateKey, 'pkcs8'),
    });
    expect(() => authConfig()).toThrow(/refused: HS256, none\.$/);
  });

  it('names the missing key variable', () => {
    withEnv({ AUTH_PUBLIC_KEY: pem(keys.publicKey, 'spki') });
    expect(() => authConfig()).toThrow(/^set GATEWAY_SIGNING_KEY \(a PEM private key\) or GATEWAY_SIGNING_KEY_FILE/);
  });

  it('reads a JWKS URL or a public key, with the development issuer by default outside production', () => {
    withEnv({
      NODE_ENV: 'development',
      AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
      GATEWAY_SIGNING_KEY: pem(keys.privateKey, 'pkcs8'),
    });
    const config = authConfig();
    expect(config.userTokens.issuer).toBe('dsp-dev-idp');
    expect(config.userTokens.key).toEqual({ jwksUrl: new URL('https://idp.example/.well-known/jwks.json') });
    expect(config.userTokens.algorithms).toEqual(['EdDSA', 'ES256', 'RS256']);
  });
});

describe('the admin client sign-in settings', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses the demonstration token endpoint in production', () => {
    withEnv({
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_PUBLIC_KEY: pem(keys.publicKey, 'spki'),
      GATEWAY_SIGNING_KEY: pem(keys.privateKey, 'pkcs8'),
    });
    const auth = authConfig();
    process.env.DEV_TOKENS = '1';
    process.env.DEV_TOKENS_SIGNING_KEY = pem(keys.privateKey, 'pkcs8');
    expect(() => clientSignIn(auth)).toThrow(/^DEV_TOKENS=1 is refused when NODE_ENV=production/);
  });

  it('has no demonstration sign-in unless DEV_TOKENS=1, and names the OpenID Connect provider when configured', () => {
    withEnv({
      AUTH_PUBLIC_KEY: pem(keys.publicKey, 'spki'),
      GATEWAY_SIGNING_KEY: pem(keys.privateKey, 'pkcs8'),
      OIDC_ISSUER: 'https://sso.example',
      OIDC_CLIENT_ID: 'admin-client',
    });
    delete process.env.DEV_TOKENS;
    expect(clientSignIn(authConfig())).toEqual({
      oidc: { issuer: 'https://sso.example', clientId: 'admin-client', scope: 'openid profile' },
    });
  });
});
