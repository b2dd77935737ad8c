import * as oauth from 'oauth4webapi';

// OpenID Connect authorisation code flow with PKCE (S256) and state, against
// the issuer the gateway names in /auth/config. The client is public (no secret).
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

const PENDING = 'dsp.oidc.pending';

/** How the gateway says users sign in (`/auth/config`): with the provider, or the demonstration tokens. */
export interface AuthConfig {
  oidc: OidcSettings | null;
  devTokens: boolean;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  const response = await fetch('/auth/config');
  if (!response.ok) throw new Error(`/auth/config: HTTP ${response.status}`);
  return (await response.json()) as AuthConfig;
}

/** What the provider's token endpoint gave: the access token for the gateway and, when it issues one, a refresh token. */
export interface OidcTokens {
  accessToken: string;
  refreshToken: string | null;
}

export function redirectUri(): string {
  return `${window.location.origin}/callback`;
}

/**
 * Plain http is allowed only for an issuer on the machine itself (127.0.0.1,
 * [::1] or localhost: development and the browser tests); any other issuer
 * must be https.
 */
export function allowsPlainHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(issuer.hostname);
}

async function discover(
  settings: OidcSettings,
): Promise<{ as: oauth.AuthorizationServer; http: { [oauth.allowInsecureRequests]: boolean } }> {
  const issuer = new URL(settings.issuer);
  const http = { [oauth.allowInsecureRequests]: allowsPlainHttp(issuer) };
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...http }),
  );
  return { as, http };
}

/** Sends the browser to the identity provider's authorisation endpoint. */
export async function beginOidcSignIn(settings: OidcSettings): Promise<void> {
  const { as } = await discover(settings);
  if (!as.authorization_endpoint) throw new Error('The identity provider has no authorization_endpoint');
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ codeVerifier, state }));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', settings.scope);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  window.location.assign(url.href);
}

/** On /callback: checks the state, exchanges the code for tokens, returns them. */
export async function completeOidcSignIn(settings: OidcSettings, currentUrl: URL): Promise<OidcTokens> {
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (!pending) throw new Error('No sign-in in progress');
  const { codeVerifier, state } = JSON.parse(pending) as { codeVerifier: string; state: string };
  const { as, http } = await discover(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const params = oauth.validateAuthResponse(as, client, currentUrl, state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    codeVerifier,
    http,
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  return { accessToken: result.access_token, refreshToken: result.refresh_token ?? null };
}

/**
 * A new access token for the session, from the refresh token the provider
 * gave (the refresh token grant of a public client); the provider may send a
 * new refresh token with it (rotation), which replaces the one used.
 */
export async function renewOidcTokens(refreshToken: string): Promise<OidcTokens> {
  const { oidc } = await fetchAuthConfig();
  if (!oidc) throw new Error('OpenID Connect is not configured');
  const { as, http } = await discover(oidc);
  const client: oauth.Client = { client_id: oidc.clientId };
  const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, http);
  const result = await oauth.processRefreshTokenResponse(as, client, response);
  return { accessToken: result.access_token, refreshToken: result.refresh_token ?? refreshToken };
}
