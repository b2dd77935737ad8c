import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST, ensureClientBuilt, launchChromium, settled, signInAs, watchCsp } from '../../browser';
import { operation, startPlatform, type Platform } from '../../platform';

// Each role's daily work done in the page, through the real gateway, and checked after a reload and against the API.
jest.setTimeout(300_000);

describe('the daily work of each role in the admin client', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let base: string;
  const cspViolations: string[] = [];
  const token = () => page.evaluate<string>('sessionStorage.getItem("dsp.token")');
  const language = async (lang: 'fr' | 'ar') => {
    await page.getByTestId('language').selectOption(lang);
    await page.waitForFunction(`document.documentElement.dir === "${lang === 'ar' ? 'rtl' : 'ltr'}"`);
  };

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

  /** Tries each campaign and beneficiary the form offers, the page's own rule check first, until the API takes one; returns the new application's id. */
  async function applyToSomething(): Promise<string> {
    const form = page.getByTestId('apply');
    const valuesOf = async (testId: string) => Promise.all((await form.getByTestId(testId).locator('option').all()).map(async (o) => (await o.getAttribute('value')) ?? ''));
    const campaigns = await valuesOf('field-campaignId');
    const people = await valuesOf('field-dependentId');
    for (const campaign of campaigns) {
      for (const person of people) {
        await form.getByTestId('field-campaignId').selectOption(campaign);
        await form.getByTestId('field-dependentId').selectOption(person);
        if (await form.getByTestId('eligibility-warning').isVisible()) continue;
        await form.getByTestId('apply-submit').click();
        await form.getByTestId('apply-done').or(form.getByTestId('apply-error')).first().waitFor();
        if (await form.getByTestId('apply-done').isVisible()) return (await form.getByTestId('apply-link').getAttribute('data-id'))!;
      }
    }
    throw new Error('no open campaign took an application from this family');
  }

  it('lets an officer apply to an open campaign from their space, in French, and finds it after a reload', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('apply').waitFor();
    const id = await applyToSomething();
    expect(await page.getByTestId('apply-done').innerText()).toContain('Demande déposée : Déposée');
    await page.reload();
    const row = page.locator(`[data-testid="officer-application"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await row.innerText()).toContain('Déposée');
    const answer = await platform.query<{ application: { status: string } | null }>(await token(), operation('ApplicationStatus'), { id });
    expect(answer.data?.application?.status).toBe('SUBMITTED');
  });

  it('refuses to withdraw without a reason, in Arabic, sending nothing; then withdraws with one and shows it withdrawn after a reload', async () => {
    await language('ar');
    const form = page.getByTestId('withdraw');
    await form.waitFor();
    const id = await form.getByTestId('field-applicationId').inputValue();
    await form.getByTestId('withdraw-submit').click();
    const refusal = form.getByTestId('withdraw-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await refusal.getAttribute('data-field')).toBe('reason');
    expect(await refusal.innerText()).toContain('السبب');
    expect(await form.getByTestId('field-reason').getAttribute('aria-invalid')).toBe('true');
    const before = await platform.query<{ application: { status: string } | null }>(await token(), operation('ApplicationStatus'), { id });
    expect(before.data?.application?.status).not.toBe('WITHDRAWN');

    await form.getByTestId('field-reason').fill('لم نعد في حاجة إليه');
    await form.getByTestId('withdraw-submit').click();
    await page.getByTestId('withdraw-done').waitFor();
    await page.reload();
    const row = page.locator(`[data-testid="officer-application"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('WITHDRAWN');
    expect(await row.innerText()).toContain('مسحوب');
    await settled(page);
    await language('fr');
  });
});
