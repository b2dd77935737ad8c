// A real OpenID provider (panva's oidc-provider) on 127.0.0.1, port 0, for the
// browser tests of the admin client's sign-in: authorisation code flow with
// PKCE, JWT access tokens for the gateway's audience carrying the role and
// region claims, signed with an RS256 key whose public half is at /jwks.
// oidc-provider is an ES module, hence a process of its own (jest loads
// CommonJS); it prints one JSON line {"issuer": ...} once it listens.
//
// Environment:
//   OIDC_CLIENT_ID  the admin client's client_id (a public client)
//   OIDC_AUDIENCE   the `aud` of access tokens (the gateway's AUTH_AUDIENCE)
//   OIDC_ACCOUNTS   JSON: { "<login>": { "role": ..., "region": ... | null, "tokenSeconds": n, "refresh": bool } };
//                   the login is the token's `sub`; `refresh`: its sign-ins also get a refresh token
//                   (rotated at each use, as the provider does for a public client).
import Provider from 'oidc-provider';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const clientId = process.env.OIDC_CLIENT_ID ?? 'admin-client';
const audience = process.env.OIDC_AUDIENCE ?? 'dual-supervision';
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');
const RESOURCE = 'urn:dsp:gateway';

const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: randomUUID(),
  alg: 'RS256',
  use: 'sig',
};
const isLoopbackOrigin = (origin) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      // A browser application: no secret, PKCE required; as a loopback client any port of 127.0.0.1 may receive the code (RFC 8252 §7.3).
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [signingKey] },
  issueRefreshToken: (_ctx, client, code) =>
    client.grantTypeAllowed('refresh_token') && accounts[code.accountId]?.refresh === true,
  clientBasedCORS: (_ctx, origin) => isLoopbackOrigin(origin),
  cookies: { keys: [randomUUID()] },
  findAccount: (_ctx, sub) => (Object.hasOwn(accounts, sub) ? { accountId: sub, claims: () => ({ sub }) } : undefined),
  extraTokenClaims: (_ctx, token) => {
    if (token.kind !== 'AccessToken' || !Object.hasOwn(accounts, token.accountId)) return undefined;
    const { role, region } = accounts[token.accountId];
    return { role, region: region ?? undefined };
  },
  features: {
    devInteractions: { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx) => ({
        scope: 'openid profile',
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: accounts[ctx.oidc.account?.accountId]?.tokenSeconds ?? 600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
});

function loginPage(uid, error) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head><body>
<h1>Test identity provider</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Login <input name="login" autofocus required></label>
<button type="submit">Sign in</button>
</form></body></html>`;
}

async function readForm(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

// The provider's interactions: a login form for any configured account, and consent granted at once (a first-party client).
async function interaction(request, response) {
  const details = await provider.interactionDetails(request, response);
  const { uid, prompt, params, session } = details;
  if (prompt.name === 'login') {
    if (request.method === 'POST') {
      const login = (await readForm(request)).get('login') ?? '';
      if (!Object.hasOwn(accounts, login)) {
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(loginPage(uid, `Unknown login: ${login}`));
        return;
      }
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid));
    return;
  }
  const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
  if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  await provider.interactionFinished(
    request,
    response,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

const callback = provider.callback();
server.on('request', (request, response) => {
  if (request.url?.startsWith('/interaction/')) {
    interaction(request, response).catch((error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
    return;
  }
  callback(request, response);
});

process.stdout.write(`${JSON.stringify({ issuer, jwksUrl: `${issuer}/jwks` })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
