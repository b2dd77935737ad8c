import type { Page } from 'playwright-core';
import { join } from 'node:path';
import {
  ROOT,
  accessibilityProblems,
  demoUsers,
  enumValues,
  useClientSession,
  rawEnumValuesIn,
  settled,
  signInAs,
  tabTo,
} from '../../browser';

// Each role's menu, followed link by link in French and in Arabic: no page refuses it, and no page shows an API value raw.
jest.setTimeout(300_000);

// Each role's home page in each language, for the README: `npm run screenshots` sets UPDATE_SCREENSHOTS and writes them to docs/screenshots.
const SCREENSHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs' : 'test-output', 'screenshots');

describe('the admin client, role by role', () => {
  let page: Page;
  let base: string;
  const values = enumValues();

  useClientSession((session) => ({ page, base } = session));

  it('lists every demonstration user on the sign-in page by the words for their role', async () => {
    await page.goto(`${base}/signin`);
    await page.locator('button[data-user]').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(rawEnumValuesIn(text, values)).toEqual([]);
    expect(text).toContain('Chef régional');
  });

  it('finds no serious or critical accessibility violation on the sign-in page, in French and in Arabic', async () => {
    await page.goto(`${base}/signin`);
    await page.locator('button[data-user]').first().waitFor();
    const problems = await accessibilityProblems(page, 'signin fr');
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    problems.push(...(await accessibilityProblems(page, 'signin ar')));
    await page.getByTestId('language').selectOption('fr');
    expect(problems).toEqual([]);
  });

  // The demonstration users, one of each role (the sign-in page lists them: checked below).
  const USERS = [
    'national-admin',
    'head-fes',
    'foundation-agent-fes',
    'mutual-agent-fes',
    'medical-advisor',
    'officer-fes',
  ];

  it('has a demonstration user of every role', async () => {
    const users = await demoUsers(base);
    expect(
      users
        .filter((u) => USERS.includes(u.id))
        .map((u) => u.role)
        .sort(),
    ).toEqual(['FOUNDATION_AGENT', 'MEDICAL_ADVISOR', 'MUTUAL_AGENT', 'NATIONAL_ADMIN', 'OFFICER', 'REGIONAL_HEAD']);
  });

  /** Where each role's day starts (README, "Menus and homes by role"), and what that page shows. */
  const HOMES: Readonly<Record<string, { path: string; shows: string }>> = {
    'national-admin': { path: '/national', shows: 'comparison-table' },
    'head-fes': { path: '/dashboard', shows: 'open-applications' },
    'foundation-agent-fes': { path: '/queues', shows: 'application-queue-TO_REVIEW' },
    'mutual-agent-fes': { path: '/queues', shows: 'queue-AWAITING_CHECK' },
    'medical-advisor': { path: '/queues', shows: 'queue-AWAITING_REVIEW' },
    'officer-fes': { path: '/me', shows: 'officer-file' },
  };

  it.each(USERS)('brings %s, once signed in, to the work their day starts with, first in their menu', async (user) => {
    const home = HOMES[user];
    await signInAs(page, base, user);
    await page.waitForURL((url) => url.pathname === home.path);
    await page.getByTestId(home.shows).waitFor();
    expect(await page.locator('header nav a').first().getAttribute('href')).toBe(home.path);
  });

  it("says who is signed in, in words, each label followed by its language's own colon", async () => {
    await signInAs(page, base, 'foundation-agent-fes');
    const identity = page.getByTestId('identity');
    // The region by name once the API has said who the caller is.
    await page.locator('[data-testid="identity-region"]', { hasText: 'Fès' }).waitFor();
    expect(await identity.innerText()).toBe('Rôle : Agent de la Fondation · Région : Fès');
    await page.getByTestId('language').selectOption('ar');
    await page.locator('[data-testid="identity-region"]', { hasText: 'فاس' }).waitFor();
    expect(await identity.innerText()).toBe('الدور: عون المؤسسة · الجهة: فاس');
    await page.getByTestId('language').selectOption('fr');
  });

  it('never names the region by its code while the API has not yet said who is signed in', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'Me') await held;
      await route.continue();
    });
    try {
      await signInAs(page, base, 'foundation-agent-fes');
      await page.getByTestId('identity-role').filter({ hasText: 'Agent de la Fondation' }).waitFor();
      expect(await page.getByTestId('identity-region').innerText()).toBe('');
      release();
      await page.locator('[data-testid="identity-region"]', { hasText: 'Fès' }).waitFor();
    } finally {
      release();
      await page.unroute('**/graphql');
    }
  });

  it("names every menu link in words, the API explorer only in the national administration's menu", async () => {
    const menus: Record<string, string[]> = {};
    for (const user of USERS) {
      await signInAs(page, base, user);
      await page.locator('header nav a').first().waitFor();
      menus[user] = await page.locator('header nav a').allInnerTexts();
    }
    expect(
      Object.values(menus)
        .flat()
        .filter((text) => /graphiql/i.test(text)),
    ).toEqual([]);
    expect(Object.entries(menus).filter(([, menu]) => menu.includes('Explorateur de l’API'))).toEqual([
      ['national-admin', menus['national-admin']],
    ]);
    await signInAs(page, base, 'national-admin');
    await page.getByTestId('language').selectOption('ar');
    await page.locator('header nav a', { hasText: 'مستكشف واجهة البرمجة' }).click();
    await page.waitForURL((url) => url.pathname === '/graphiql');
    await page.getByRole('heading', { name: 'مستكشف واجهة البرمجة' }).waitFor();
    await page.getByTestId('language').selectOption('fr');
    // Another role's bookmark of the explorer opens that role's home.
    await signInAs(page, base, 'head-fes');
    await page.goto(`${base}/graphiql`);
    await page.waitForURL((url) => url.pathname === '/dashboard');
  });

  it('serves the client at every address of every menu, so a reload or a bookmark opens the page itself', async () => {
    const paths = new Set<string>();
    for (const user of USERS) {
      await signInAs(page, base, user);
      for (const link of await page.locator('header nav a').all()) paths.add((await link.getAttribute('href')) ?? '');
    }
    expect(paths.size).toBeGreaterThan(10);
    const served = await Promise.all(
      [...paths].map(async (path) => {
        const response = await fetch(`${base}${path}`);
        return `${path} ${response.status} ${response.headers.get('content-type')?.split(';')[0] ?? ''}`;
      }),
    );
    expect(served.filter((line) => !line.endsWith(' 200 text/html'))).toEqual([]);
  });

  /** Pages the README shows beside each role's home page (docs/screenshots/<role>-<page>-<lang>.png). */
  const SHOWN_PAGES: Readonly<Record<string, readonly string[]>> = {
    'national-admin': ['/dashboard'],
    'head-fes': ['/solidarity'],
  };

  it.each(USERS)(
    'opens every menu link of %s, in French and in Arabic, with no refusal, no error, no raw enum value and no serious accessibility violation',
    async (user) => {
      const problems: string[] = [];
      await signInAs(page, base, user);
      for (const lang of ['fr', 'ar'] as const) {
        await page.getByTestId('language').selectOption(lang);
        await page.waitForFunction(`document.documentElement.dir === "${lang === 'ar' ? 'rtl' : 'ltr'}"`);
        const links = page.locator('header nav a');
        const paths = await Promise.all(
          (await links.all()).map(async (link) => (await link.getAttribute('href')) ?? ''),
        );
        expect(paths.length).toBeGreaterThan(0);
        for (const [index, path] of paths.entries()) {
          await links.nth(index).click();
          await page.waitForURL((url) => url.pathname === path);
          const where = `${user} ${lang} ${path}`;
          if (path === '/graphiql') {
            await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
            // GraphiQL's own editor is a third party's: the page around it is checked, not its insides.
            problems.push(...(await accessibilityProblems(page, where, '.graphiql-container')));
            continue;
          }
          await settled(page);
          if (index === 0 || SHOWN_PAGES[user]?.includes(path)) {
            const role = (await page.getByTestId('identity-role').getAttribute('data-role'))!
              .toLowerCase()
              .replace(/_/g, '-');
            const name = index === 0 ? `${role}-${lang}` : `${role}${path.replace(/\//g, '-')}-${lang}`;
            await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
          }
          problems.push(...(await accessibilityProblems(page, where)));
          if (new URL(page.url()).pathname !== path) problems.push(`${where}: sent to ${page.url()}`);
          const alerts = await page.locator('main [role="alert"]').allInnerTexts();
          if (alerts.length > 0) problems.push(`${where}: ${alerts.join(' | ')}`);
          const raw = rawEnumValuesIn(await page.locator('body').innerText(), values);
          if (raw.length > 0) problems.push(`${where}: raw ${raw.join(', ')}`);
        }
      }
      await page.getByTestId('language').selectOption('fr');
      expect(problems).toEqual([]);
    },
  );

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

  it('lets an officer sign in, reach their space and apply to a campaign with the keyboard alone', async () => {
    await page.goto(`${base}/`);
    await page.locator('[data-testid="sign-out"], button[data-user]').first().waitFor();
    if (await page.getByTestId('sign-out').isVisible()) await page.getByTestId('sign-out').click();
    await page.locator('button[data-user="officer-fes"]').waitFor();
    await tabTo(page, 'officer-fes');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('apply').waitFor();
    await tabTo(page, 'field-campaignId');
    await tabTo(page, 'apply-submit');
    await page.keyboard.press('Enter');
    // The first campaign may not take this family (a rule said before sending): either way the page answered the keyboard.
    await page.getByTestId('apply-done').or(page.getByTestId('apply-error')).first().waitFor();
    if (await page.getByTestId('apply-done').isVisible()) {
      await tabTo(page, 'apply-link');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.hash.startsWith('#application-'));
    }
  });
});
