import { demoUsers } from '@dsp/demo';
import { createUserTokenVerifier } from 'gateway';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST, ensureClientBuilt, launchChromium, ROOT } from '../../browser';
import { startOidcProvider, type OidcProvider } from '../../oidc';
import { operation, startPlatform, type Platform } from '../../platform';

// The admin client signing in with a real OpenID provider (oidc-provider on
// 127.0.0.1): authorisation code flow with PKCE, the gateway verifying the
// provider's access tokens against its JWKS, in a real Chromium or Chrome.
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const CLIENT_ID = 'dsp-admin-client';
const AUDIENCE = 'dual-supervision';
const SHORT_LIVED = 'short-lived-admin';
const RENEWED = 'renewed-admin';

jest.setTimeout(120_000);

function payload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('signing in to the admin client with an OpenID provider', () => {
  const fesHead = demoUsers().find((user) => user.id === 'head-fes')!.caller;
  let provider: OidcProvider;
  let platform: Platform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;

  const token = () => page.evaluate<string | null>('sessionStorage.getItem("dsp.token")');
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  /** From the client's sign-in page through the provider's login form and back to the client. */
  async function signInThroughProvider(login: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/signin/);
    await page.getByTestId('sign-in-oidc').click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(login);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.href.startsWith(base) && url.pathname !== '/callback');
  }

  beforeAll(async () => {
    ensureClientBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      audience: AUDIENCE,
      accounts: {
        [fesHead.sub]: { role: fesHead.role, region: fesHead.region },
        [SHORT_LIVED]: { role: 'NATIONAL_ADMIN', region: null, tokenSeconds: 3 },
        [RENEWED]: { role: 'NATIONAL_ADMIN', region: null, tokenSeconds: 6, refresh: true },
      },
    });
    platform = await startPlatform({
      adminClientDir: CLIENT_DIST,
      devTokens: undefined,
      oidc: { issuer: provider.issuer, clientId: CLIENT_ID, scope: 'openid profile' },
      // No clock tolerance here, so that the short-lived token is refused as soon as it expires.
      verifyUser: createUserTokenVerifier({
        issuer: provider.issuer,
        audience: AUDIENCE,
        algorithms: ['RS256'],
        key: { jwksUrl: new URL(provider.jwksUrl) },
        clockToleranceSeconds: 0,
      }),
    });
    base = platform.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
  });

  beforeEach(async () => {
    // A new browser profile for each test: no provider session carried over.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await provider?.stop();
  });

  it("signs the FES head in with the provider's code and PKCE, and the gateway accepts the token: the dashboard loads", async () => {
    const authorization = page.waitForRequest((request) => request.url().startsWith(`${provider.issuer}/auth?`));
    const tokenRequest = page.waitForRequest(
      (request) => request.url() === `${provider.issuer}/token` && request.method() === 'POST',
    );
    await page.goto(`${base}/signin`);
    await page.getByTestId('sign-in-oidc').waitFor();
    expect(await page.locator('button[data-user]').count()).toBe(0);
    await shot('sign-in-oidc');

    await page.getByTestId('sign-in-oidc').click();
    const asked = new URL((await authorization).url());
    expect(asked.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(asked.searchParams.get('response_type')).toBe('code');
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.searchParams.get('state')).toBeTruthy();
    expect(asked.searchParams.get('redirect_uri')).toBe(`${base}/callback`);

    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(fesHead.sub);
    await shot('oidc-provider-login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const exchange = new URLSearchParams((await tokenRequest).postData() ?? '');
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(exchange.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);

    await page.getByTestId('open-applications').waitFor();
    expect(await page.getByTestId('identity-role').getAttribute('data-role')).toBe('REGIONAL_HEAD');
    expect(await page.getByTestId('identity-role').textContent()).toBe('Chef régional');
    expect(await page.getByTestId('identity-region').getAttribute('data-code')).toBe('FES');
    expect(await page.locator('[data-testid="region-title"]').getAttribute('data-code')).toBe('FES');

    const accessToken = (await token())!;
    expect(payload(accessToken)).toMatchObject({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: fesHead.sub,
      role: 'REGIONAL_HEAD',
      region: 'FES',
    });
    const me = await platform.query<{ me: { sub: string; role: string } }>(accessToken, operation('Me'));
    expect(me.status).toBe(200);
    expect(me.data?.me).toMatchObject({ sub: fesHead.sub, role: 'REGIONAL_HEAD' });
    await shot('dashboard-oidc');
  });

  it('clears the token on sign-out: the sign-in page again, and no page without signing in', async () => {
    await signInThroughProvider(fesHead.sub);
    await page.getByTestId('identity').waitFor();
    expect(await token()).not.toBeNull();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin$/);
    expect(await token()).toBeNull();
    await page.goto(`${base}/dashboard`);
    await page.waitForURL(/\/signin$/);
    expect(await page.getByTestId('identity').count()).toBe(0);
  });

  it('brings back the sign-in page, saying the session expired, once the access token has expired', async () => {
    const tokenResponse = page.waitForResponse(
      (response) => response.url() === `${provider.issuer}/token` && response.request().method() === 'POST',
    );
    await signInThroughProvider(SHORT_LIVED);
    const expiring = ((await (await tokenResponse).json()) as { access_token: string }).access_token;
    expect(payload(expiring)).toMatchObject({ sub: SHORT_LIVED, role: 'NATIONAL_ADMIN' });
    // Wait for the provider's token to expire at the gateway (its lifetime is 3 s, no clock tolerance).
    while ((await platform.query(expiring, operation('Me'))).status !== 401)
      await new Promise((resolve) => setTimeout(resolve, 250));

    // In the page: the next request is refused (401) and the client sends the user to sign in. Opening
    // the heads' page makes that request, unless the home's own request, sent late on a busy machine, was
    // refused first and the page already went: the click then finds no link, and the sign-in page decides.
    const signInAgain = page.waitForURL(/\/signin\?expired=1$/);
    await Promise.race([
      signInAgain,
      page
        .getByRole('link', { name: /Chefs régionaux/ })
        .click()
        .catch(() => signInAgain),
    ]);
    await signInAgain;
    await page.getByTestId('session-expired').waitFor();
    expect(await token()).toBeNull();

    // On loading a page: the client sees the token's expiry itself and says so.
    await page.evaluate(`sessionStorage.setItem("dsp.token", ${JSON.stringify(expiring)})`);
    await page.goto(`${base}/dashboard`);
    await page.waitForURL(/\/signin\?expired=1$/);
    await page.getByTestId('session-expired').waitFor();
    expect(await token()).toBeNull();
  });

  it('keeps the session going past its first token with the refresh token the provider gave: no sign-in page, the form as typed', async () => {
    const tokenResponses: {
      grant: string | null;
      sent: string | null;
      body: { access_token: string; refresh_token?: string };
    }[] = [];
    page.on('response', (response) => {
      if (response.url() !== `${provider.issuer}/token` || response.request().method() !== 'POST') return;
      const form = new URLSearchParams(response.request().postData() ?? '');
      void response.json().then((body: { access_token: string; refresh_token?: string }) => {
        tokenResponses.push({ grant: form.get('grant_type'), sent: form.get('refresh_token'), body });
      });
    });
    await signInThroughProvider(RENEWED);
    await page.getByTestId('identity').waitFor();
    const first = (await token())!;
    expect(tokenResponses.map((answer) => answer.grant)).toEqual(['authorization_code']);
    expect(tokenResponses[0].body.refresh_token).toBeTruthy();

    // Something typed on a page, then the first token's end passes at the gateway (6 s, no clock tolerance).
    await page.getByRole('link', { name: /Personnels/ }).click();
    await page.getByTestId('officer-search').fill('Kettani');
    while ((await platform.query(first, operation('Me'))).status !== 401)
      await new Promise((resolve) => setTimeout(resolve, 250));

    // The page renewed its token before that end: a new one, accepted, and the session goes on.
    const renewed = (await token())!;
    expect(renewed).not.toBe(first);
    expect(payload(renewed)).toMatchObject({ sub: RENEWED, role: 'NATIONAL_ADMIN', aud: AUDIENCE });
    expect((await platform.query(renewed, operation('Me'))).status).toBe(200);
    expect(tokenResponses.map((answer) => answer.grant)).toContain('refresh_token');
    // Each renewal sent the refresh token the answer before it gave (the provider rotates them), and the tab keeps
    // the newest.
    for (const [index, answer] of tokenResponses.entries())
      if (index > 0) expect(answer.sent).toBe(tokenResponses[index - 1].body.refresh_token);
    expect(await page.evaluate<string | null>('sessionStorage.getItem("dsp.refresh")')).toBe(
      tokenResponses[tokenResponses.length - 1].body.refresh_token,
    );
    // The page was left as it was: what was typed is still there, and the next page opens signed in.
    expect(await page.getByTestId('officer-search').inputValue()).toBe('Kettani');
    await page.getByRole('link', { name: /Chefs régionaux/ }).click();
    await page.waitForURL(/\/heads$/);
    await page.getByTestId('identity').waitFor();
    expect(await page.getByTestId('session-expired').count()).toBe(0);

    // Signing out forgets the refresh token with the access token.
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin$/);
    expect(await page.evaluate<string | null>('sessionStorage.getItem("dsp.refresh")')).toBeNull();
  });

  it('renews a session whose token ran out while the tab was away, and one whose token the gateway refuses, without the sign-in page', async () => {
    const renewals: string[] = [];
    page.on('request', (request) => {
      if (request.url() === `${provider.issuer}/token` && request.method() === 'POST')
        renewals.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '');
    });
    await signInThroughProvider(RENEWED);
    await page.getByTestId('identity').waitFor();

    // The tab leaves the client (no timer of its own runs) until the token it holds has expired at the gateway.
    const left = (await token())!;
    await page.goto('about:blank');
    while ((await platform.query(left, operation('Me'))).status !== 401)
      await new Promise((resolve) => setTimeout(resolve, 250));

    // Back on a page: the client renews the expired token at once with the refresh token, and the page loads.
    const before = renewals.filter((grant) => grant === 'refresh_token').length;
    await page.goto(`${base}/heads`);
    await page.getByTestId('identity').waitFor();
    await page.getByTestId('head-in-office').first().waitFor();
    expect(page.url()).toBe(`${base}/heads`);
    expect(renewals.filter((grant) => grant === 'refresh_token').length).toBeGreaterThan(before);
    const renewed = (await token())!;
    expect(renewed).not.toBe(left);
    expect((await platform.query(renewed, operation('Me'))).status).toBe(200);

    // A token the gateway refuses before its end (here, its signature altered) is renewed on the refusal.
    const refused = `${renewed.slice(0, -4)}${renewed.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    expect((await platform.query(refused, operation('Me'))).status).toBe(401);
    await page.evaluate(`sessionStorage.setItem("dsp.token", ${JSON.stringify(refused)})`);
    await page.reload();
    await page.getByTestId('head-in-office').first().waitFor();
    expect(page.url()).toBe(`${base}/heads`);
    const after = (await token())!;
    expect(after).not.toBe(refused);
    expect((await platform.query(after, operation('Me'))).status).toBe(200);
    expect(await page.getByTestId('session-expired').count()).toBe(0);
  });

  it('stays signed out when the user signs out while a renewal is on its way: its answer starts no session', async () => {
    let releaseRenewal = (): void => undefined;
    let renewalHeld = (): void => undefined;
    const held = new Promise<void>((resolve) => (renewalHeld = resolve));
    await page.route(`${provider.issuer}/token`, async (route) => {
      if (new URLSearchParams(route.request().postData() ?? '').get('grant_type') === 'refresh_token') {
        renewalHeld();
        await new Promise<void>((resolve) => (releaseRenewal = resolve));
      }
      await route.continue();
    });
    await signInThroughProvider(RENEWED);
    await page.getByTestId('identity').waitFor();
    // The renewal (due 4 s into the 6 s token) is held at the provider; the user signs out meanwhile.
    await held;
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin$/);
    const answered = page.waitForResponse(
      (response) => response.url() === `${provider.issuer}/token` && response.status() === 200,
    );
    releaseRenewal();
    await answered;
    // The provider's answer came after the sign-out: nothing is kept, and the sign-in page stays.
    await page.waitForTimeout(500);
    expect(await token()).toBeNull();
    expect(await page.evaluate<string | null>('sessionStorage.getItem("dsp.refresh")')).toBeNull();
    expect(page.url()).toMatch(/\/signin$/);
    expect(await page.getByTestId('identity').count()).toBe(0);
    await page.unroute(`${provider.issuer}/token`);
  });
});
