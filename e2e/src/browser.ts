import AxeBuilder from '@axe-core/playwright';
import { apiSchema, launchBrowser } from '@dsp/tools';
import { isEnumType, type GraphQLEnumType } from 'graphql';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { operation, startPlatform, SUPERGRAPH_PATH, type Platform } from './platform';

// What the browser tests share: the Chromium or Chrome npm test found (see requireBrowser; never a downloaded one), the built client, signing in as a demonstration user.
export const ROOT = path.resolve(__dirname, '..', '..');
export const CLIENT_DIST = path.join(ROOT, 'admin-client', 'dist');

/** The newest change under the client's sources (its pages, catalogues and generated operations). */
function newestClientSource(dir = path.join(ROOT, 'admin-client', 'src')): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestClientSource(file) : statSync(file).mtimeMs);
  }, 0);
}

/**
 * Builds the client when it was never built; refuses a build older than the
 * client's sources, which would test yesterday's pages (`npm test` builds
 * first; a test file run alone does not).
 */
export function ensureClientBuilt(): void {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (existsSync(index)) {
    if (statSync(index).mtimeMs < newestClientSource())
      throw new Error(
        'admin-client/dist is older than admin-client/src: run `npm run build -w admin-client` (or `npm run build`) first',
      );
    return;
  }
  try {
    execFileSync('npm', ['run', 'build', '-w', 'admin-client'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      'admin-client/dist/index.html is missing and building it failed: run `npm run build` (or `npm run build -w admin-client`)',
      { cause: error },
    );
  }
  if (!existsSync(path.join(CLIENT_DIST, 'index.html')))
    throw new Error('admin-client/dist/index.html is missing: run `npm run build -w admin-client`');
}

export function launchChromium(): Promise<Browser> {
  return launchBrowser();
}

/** The platform serving the built client, a browser and one French page on it; the page's CSP refusals go to `cspViolations`. */
export async function openClientSession(
  cspViolations: string[],
): Promise<{ platform: Platform; browser: Browser; page: Page; base: string }> {
  ensureClientBuilt();
  const platform = await startPlatform({ adminClientDir: CLIENT_DIST });
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage();
  watchCsp(page, cspViolations);
  return { platform, browser, page, base: platform.gatewayUrl.replace(/\/graphql$/, '') };
}

/**
 * A test file's client session: opened before its tests (`take` receives it),
 * every test then checked for Content-Security-Policy refusals, and the
 * browser and platform closed after them.
 */
export function useClientSession(
  take: (session: { platform: Platform; browser: Browser; page: Page; base: string }) => void,
): void {
  const cspViolations: string[] = [];
  let session: { platform: Platform; browser: Browser } | undefined;
  beforeAll(async () => {
    const opened = await openClientSession(cspViolations);
    session = opened;
    take(opened);
  });
  afterEach(() => {
    expect(cspViolations).toEqual([]);
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.platform.stop();
  });
}

/** The token of the user signed in on the page, where the client keeps it. */
export function pageToken(page: Page): Promise<string> {
  return page.evaluate<string>('sessionStorage.getItem("dsp.token")');
}

/** The matricule of a region's first officer, read with the token of the user signed in on the page. */
export async function firstOfficerOf(platform: Platform, page: Page, region: string): Promise<string> {
  const found = await platform.query<{ officers: { edges: { node: { matricule: string } }[] } }>(
    await pageToken(page),
    operation('Officers'),
    { region, first: 1 },
  );
  return found.data!.officers.edges[0].node.matricule;
}

/** A provider's names and city in both languages, as the API gives them. */
export interface ProviderNames {
  id: string;
  nameFr: string;
  nameAr: string;
  cityFr: string;
  cityAr: string;
}

/** A region's first provider that gives consultations, read with the token of the user signed in on the page. */
export async function consultationProviderOf(platform: Platform, page: Page, region: string): Promise<ProviderNames> {
  const found = await platform.query<{ region: { facilities: (ProviderNames & { careTypes: string[] })[] } }>(
    await pageToken(page),
    operation('RegionFacilities'),
    { code: region },
  );
  return found.data!.region.facilities.find((p) => p.careTypes.includes('CONSULTATION'))!;
}

/**
 * The serious and critical accessibility violations axe finds on the page,
 * one line each (`exclude`: a third party's part of the page, not checked).
 * axe runs every rule; only its violations are gathered and sent back, not
 * the nodes each rule passed or could not decide, which on the larger pages
 * cost more than the checks themselves. A page without frames is checked
 * in the page itself (`setLegacyMode`, axe's `axe.run`), where axe would
 * otherwise gather its parts in a blank page it opens for each check, at
 * three times the cost of the checks (the national comparison: 8.6 s a check
 * against 2.3 s; the same violations on every page of every role). That way
 * is kept for a page with frames, whose insides only it reaches.
 */
export async function accessibilityProblems(page: Page, where: string, exclude?: string): Promise<string[]> {
  const framed = page.frames().length > 1;
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(!framed);
  const results = await (exclude ? axe.exclude(exclude) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** Collects the page's Content-Security-Policy refusals: each one is a defect. */
export function watchCsp(page: Page, sink: string[]): void {
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) sink.push(message.text());
  });
}

/** Signs in as one of the demonstration users the sign-in page lists (signing out first). */
export async function signInAs(page: Page, base: string, user: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.locator('[data-testid="sign-out"], button[data-user]').first().waitFor();
  if (await page.getByTestId('sign-out').isVisible()) await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/signin/);
  await page.locator(`button[data-user="${user}"]`).click();
  await page.getByTestId('identity').waitFor();
}

/** The demonstration users the gateway offers (DEV_TOKENS). */
export async function demoUsers(
  base: string,
): Promise<{ id: string; role: string; region: string | null; sub: string }[]> {
  const response = await fetch(`${base}/dev/users`);
  return ((await response.json()) as { users: { id: string; role: string; region: string | null; sub: string }[] })
    .users;
}

/** The API schema's enums (the gateway's schema, without federation's). */
function apiEnums(): GraphQLEnumType[] {
  const schema = apiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLEnumType => isEnumType(type) && !type.name.startsWith('__'),
  );
}

/** Every value of every enum of the API schema: none may appear raw on a page. */
export function enumValues(): Set<string> {
  return new Set(apiEnums().flatMap((type) => type.getValues().map((value) => value.name)));
}

/** The values of one enum of the API schema, in the schema's order. */
export function enumValuesOf(name: string): string[] {
  const type = apiEnums().find((candidate) => candidate.name === name);
  if (!type) throw new Error(`${name} is not an enum of the API schema.`);
  return type.getValues().map((value) => value.name);
}

/** A select's options: each value with the words shown for it. */
export function optionsOf(select: Locator): Promise<[string, string][]> {
  return select
    .locator('option')
    .evaluateAll((options: { value: string; textContent: string | null }[]) =>
      options.map((option): [string, string] => [option.value, option.textContent ?? '']),
    );
}

/** The raw enum values in a text (whole words in capitals, as the API writes them). */
export function rawEnumValuesIn(text: string, values: Set<string>): string[] {
  return [...new Set(text.match(/\b[A-Z][A-Z_]+\b/g) ?? [])].filter((word) => values.has(word));
}

/** Presses Tab until the element with the test id (or the sign-in button of that user) has the focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate<boolean>(
        `document.activeElement?.getAttribute('data-testid') === ${JSON.stringify(testId)} || document.activeElement?.getAttribute('data-user') === ${JSON.stringify(testId)}`,
      )
    )
      return;
  }
  throw new Error(`${testId} cannot be reached with the Tab key`);
}

/**
 * A mutual agent's request of a prior authorisation from the health entry page,
 * for the officer with this matricule, at the region's first provider, in ten
 * days; returns the form once it shows the outcome.
 */
export async function requestPriorAuthorisation(page: Page, matricule: string, reason: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Saisie santé' }).click();
  await page.getByTestId('beneficiary-matricule').fill(matricule);
  await page.getByTestId('beneficiary-find').click();
  const form = page.getByTestId('request-prior-authorisation');
  await form.waitFor();
  await form.getByTestId('field-providerId').click();
  await page.locator('[role="listbox"] [role="option"]:visible').first().click();
  await form.getByTestId('field-plannedDate').fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
  await form.getByTestId('field-reason').fill(reason);
  await form.getByTestId('request-prior-authorisation-submit').click();
  await form.getByTestId('prior-authorisation-outcome').waitFor();
  return form;
}

/** The card of a prior authorisation on the list shown, after as many "Suivants" as it takes (oldest request first). */
export async function listedPriorAuthorisation(page: Page, id: string): Promise<Locator> {
  const cards = page.getByTestId('prior-authorisation');
  const card = page.locator(`[data-testid="prior-authorisation"][data-id="${id}"]`);
  await cards.first().waitFor();
  for (let pages = 0; (await card.count()) === 0; pages += 1) {
    if (pages >= 30) throw new Error(`prior authorisation ${id} is not on the list`);
    const shown = await cards.count();
    await page.getByTestId('queue-more').click();
    await cards.nth(shown).waitFor();
  }
  return card;
}

/** Waits until the page has nothing loading (Apollo answered every query it shows). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The page of the address bar rendered (a navigation keeps the previous page on show until the next one's code has
  // arrived), and every loading indicator in it gone (it shows one while it reads).
  await page.waitForFunction(() => {
    const { document, location } = globalThis as unknown as {
      document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
      location: { pathname: string };
    };
    return (
      document.querySelector('main')?.getAttribute('data-path') === location.pathname &&
      document.querySelector('main [role="status"]') === null
    );
  });
}

/** Tries each campaign and beneficiary the form offers, the page's own rule check first, until the API takes one; returns the new application's id. */
export async function applyToSomething(page: Page): Promise<string> {
  const form = page.getByTestId('apply');
  const valuesOf = async (testId: string) => (await optionsOf(form.getByTestId(testId))).map(([value]) => value);
  // The form reads the open campaigns apart from the file around it: its choices may come after the page.
  await form.getByTestId('field-campaignId').locator('option').first().waitFor({ state: 'attached' });
  const campaigns = await valuesOf('field-campaignId');
  const people = await valuesOf('field-dependentId');
  for (const campaign of campaigns) {
    for (const person of people) {
      await form.getByTestId('field-campaignId').selectOption(campaign);
      await form.getByTestId('field-dependentId').selectOption(person);
      // A rule excludes this person, or they already have an application to the campaign: the client sends nothing.
      if (
        (await form.getByTestId('eligibility-warning').isVisible()) ||
        (await form.getByTestId('duplicate-warning').isVisible())
      )
        continue;
      // The answer to this attempt, not an error still shown from the one before.
      const answered = page.waitForResponse(
        async (response) =>
          (response.request().postData() ?? '').includes('"operationName":"SubmitApplication"') &&
          // Not the persisted query's first try (hash only), which the client repeats with the query's text.
          !(await response.text()).includes('PERSISTED_QUERY_NOT_FOUND'),
      );
      await form.getByTestId('apply-submit').click();
      const answer = (await (await answered).json()) as { data?: { submitApplication?: unknown } | null };
      if (answer.data?.submitApplication) {
        await form.getByTestId('apply-done').waitFor();
        return (await form.getByTestId('apply-link').getAttribute('data-id'))!;
      }
      await form.getByTestId('apply-error').waitFor();
    }
  }
  throw new Error('no open campaign took an application from this family');
}

const execFileAsync = promisify(execFile);

/**
 * A PDF's text and page count (a printed report or receipt), by pdf-parse in a plain Node process: pdf.js
 * loads its worker with a dynamic import, which jest's module sandbox refuses. The process is awaited,
 * never waited for in a blocking call, and killed after 30 s: a parser that never ends fails its test,
 * not the whole run.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; total: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'printed-'));
  const file = path.join(dir, 'printed.pdf');
  writeFileSync(file, pdf);
  const script = `const { PDFParse } = require('pdf-parse');
    const parser = new PDFParse({ data: require('node:fs').readFileSync(process.argv[1]) });
    parser.getText().then((r) => { process.stdout.write(JSON.stringify({ text: r.text, total: r.total })); return parser.destroy(); });`;
  try {
    const { stdout } = await execFileAsync(process.execPath, ['-e', script, file], {
      cwd: __dirname,
      encoding: 'utf8',
      timeout: 30_000,
      killSignal: 'SIGKILL',
    });
    return JSON.parse(stdout) as { text: string; total: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page as printed on A4 (print media, the page's own size), its text with every run of spaces made one. */
export async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  try {
    return (await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).text.replace(/\s+/g, ' ');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** A printed receipt's lines, in order: each line's field and the API's value it shows. */
export async function receiptLines(receipt: Locator): Promise<Array<[string | null, string | null]>> {
  return Promise.all(
    (await receipt.getByTestId('receipt-field').all()).map(async (line): Promise<[string | null, string | null]> => [
      await line.getAttribute('data-field'),
      await line.getAttribute('data-value'),
    ]),
  );
}

/** The words a receipt shows on the line of `field`. */
export function receiptWords(receipt: Locator, field: string): Promise<string> {
  return receipt.locator(`[data-testid="receipt-field"][data-field="${field}"] td`).innerText();
}
