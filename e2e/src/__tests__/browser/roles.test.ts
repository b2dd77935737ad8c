import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST, demoUsers, enumValues, ensureClientBuilt, launchChromium, rawEnumValuesIn, settled, signInAs, watchCsp } from '../../browser';
import { startPlatform, type Platform } from '../../platform';

// Each role's menu, followed link by link in French and in Arabic: no page refuses it, and no page shows an API value raw.
jest.setTimeout(300_000);

describe('the admin client, role by role', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let base: string;
  const cspViolations: string[] = [];
  const values = enumValues();

  beforeAll(async () => {
    ensureClientBuilt();
    platform = await startPlatform({ adminClientDir: CLIENT_DIST });
    base = platform.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage();
    watchCsp(page, cspViolations);
  });

  afterEach(() => {
    expect(cspViolations).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lists every demonstration user on the sign-in page by the words for their role', async () => {
    await page.goto(`${base}/signin`);
    await page.locator('button[data-user]').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(rawEnumValuesIn(text, values)).toEqual([]);
    expect(text).toContain('Chef régional');
  });

  it("opens every menu link of every role, in French and in Arabic, with no refusal, no error and no raw enum value", async () => {
    const users = await demoUsers(base);
    expect(users.map((u) => u.role)).toEqual(expect.arrayContaining(['NATIONAL_ADMIN', 'REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT', 'MEDICAL_ADVISOR', 'OFFICER']));
    const problems: string[] = [];
    for (const user of users) {
      await signInAs(page, base, user.id);
      for (const lang of ['fr', 'ar'] as const) {
        await page.getByTestId('language').selectOption(lang);
        await page.waitForFunction(`document.documentElement.dir === "${lang === 'ar' ? 'rtl' : 'ltr'}"`);
        const links = page.locator('header nav a');
        const paths = await Promise.all((await links.all()).map(async (link) => (await link.getAttribute('href')) ?? ''));
        expect(paths.length).toBeGreaterThan(0);
        for (const [index, path] of paths.entries()) {
          await links.nth(index).click();
          await page.waitForURL((url) => url.pathname === path);
          if (path === '/graphiql') {
            await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
            continue;
          }
          await settled(page);
          const where = `${user.id} ${lang} ${path}`;
          if (new URL(page.url()).pathname !== path) problems.push(`${where}: sent to ${page.url()}`);
          const alerts = await page.locator('main [role="alert"]').allInnerTexts();
          if (alerts.length > 0) problems.push(`${where}: ${alerts.join(' | ')}`);
          const raw = rawEnumValuesIn(await page.locator('body').innerText(), values);
          if (raw.length > 0) problems.push(`${where}: raw ${raw.join(', ')}`);
        }
      }
      await page.getByTestId('language').selectOption('fr');
    }
    expect(problems).toEqual([]);
  });

  it("gives an officer their own space, never the regions' pages: /dashboard brings them home", async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('officer-file').waitFor();
    const menu = await page.locator('header nav a').allInnerTexts();
    expect(menu).toEqual(['Mon espace']);
    expect(await page.getByTestId('identity').innerText()).not.toContain('toutes les régions');
    await page.goto(`${base}/dashboard`);
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('officer-file').waitFor();
    expect(await page.locator('main [role="alert"]').count()).toBe(0);
  });
});
