import { samplePdf } from '@dsp/testing';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import {
  accessibilityProblems,
  CLIENT_DIST,
  enumValues,
  ensureClientBuilt,
  launchChromium,
  optionsOf,
  rawEnumValuesIn,
  ROOT,
  settled,
  signInAs as signIn,
  watchCsp,
  pageToken,
} from '../../browser';
import { operation, startPlatform, type Platform } from '../../platform';
import { claimReads, sql } from '../sql';

// The admin client in a real Chromium or Chrome (the one npm test found: see requireBrowser),
// served by the gateway over both subgraphs and seeded PostgreSQL.
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

jest.setTimeout(120_000);

interface DashboardAnswer {
  region: {
    staffCount: number;
    social: {
      openApplications: number;
      approvedThisYear: number;
      budget: { allocated: string; committed: string; disbursed: string };
    };
    health: {
      pendingClaims: number;
      claimsThisYear: number;
      reimbursedThisYear: string;
      averageProcessingDays: number | null;
    };
  };
}

interface ApplicationQueueAnswer {
  applicationQueue: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        reference: string;
        version: number;
        status: string;
        rankingScore: number;
        amount: string;
        campaign: { id: string; season: string; programme: { nameFr: string; nameAr: string } };
        officer: { fullName: string; fullNameAr: string };
        dependent: { fullName: string; fullNameAr: string } | null;
      };
    }[];
  };
}

interface ApplicationDetailAnswer {
  application: {
    officer: {
      yearsOfService: number;
      dependents: { relation: string }[];
      applications: { id: string; status: string }[];
    };
    dependent: { documents: { fileName: string }[] } | null;
    documents: { id: string; fileName: string }[];
  };
}

describe('the admin client in a browser', () => {
  let platform: Platform;
  /** The application the FES head decides in the page, for the tests after it. */
  let decided: { id: string; campaignId: string; amount: string };
  /** The application the FES agent takes under review after attaching a certificate to it, and its certificate. */
  let reviewed: { id: string; campaignId: string; certificate: Buffer };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  let base: string;

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const value = (testId: string) => page.getByTestId(testId).getAttribute('data-value');
  const token = () => pageToken(page);

  /** The queue's row of an application, asking for the next pages until it shows. */
  async function applicationRow(id: string): Promise<Locator> {
    const row = page.locator(`[data-testid="queue-application"][data-id="${id}"]`);
    const more = page.getByTestId('application-queue-more');
    await row.or(more).first().waitFor();
    while ((await row.count()) === 0) {
      await more.click();
      await row.or(more).first().waitFor();
    }
    return row;
  }

  const signInAs = (user: string) => signIn(page, base, user);

  /** Checks that an application queue's rows on the page are the API's first page of `kind`, ascending by `date`. */
  async function expectApiOrder(queue: Locator, kind: string, date: 'submittedAt' | 'decidedAt'): Promise<void> {
    const shown = await queue
      .getByTestId('queue-application')
      .evaluateAll((rows: { getAttribute(name: string): string | null }[]) =>
        rows.map((r) => r.getAttribute('data-id')),
      );
    const answer = await platform.query<{
      applicationQueue: { edges: { node: { id: string; submittedAt: string; decidedAt: string } }[] };
    }>(await token(), operation('ApplicationQueue'), { queue: kind, first: shown.length });
    const nodes = answer.data!.applicationQueue.edges.map((edge) => edge.node);
    expect(shown).toEqual(nodes.map((node) => node.id));
    const dates = nodes.map((node) => node[date]);
    expect(dates).toEqual([...dates].sort());
  }

  beforeAll(async () => {
    ensureClientBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    platform = await startPlatform({ adminClientDir: CLIENT_DIST });
    base = platform.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page = await context.newPage();
    // The gateway's Content-Security-Policy must let every page work: a refusal is a defect.
    watchCsp(page, cspViolations);
  });

  afterEach(() => {
    expect(cspViolations).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  });

  it('serves the pages with a Content-Security-Policy and the usual security headers', async () => {
    const response = await fetch(`${base}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('offers the demonstration users on the sign-in page and shows the FES head their region, role and region in the header', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/signin$/);
    await expectVisible(page.locator('button[data-user="head-fes"]'));
    await shot('sign-in');
    await page.locator('button[data-user="head-fes"]').click();
    await page.getByTestId('open-applications').waitFor();
    expect(await page.getByTestId('identity-role').getAttribute('data-role')).toBe('REGIONAL_HEAD');
    expect(await page.getByTestId('identity-role').textContent()).toBe('Chef régional');
    expect(await page.getByTestId('identity-region').getAttribute('data-code')).toBe('FES');
    // the header's identity is the API's `me` once it answers: the region in words, in the page's language
    await page.getByTestId('identity-region').filter({ hasText: /^Fès$/ }).waitFor();
    await page.getByTestId('language').selectOption('ar');
    await page.getByTestId('identity-region').filter({ hasText: /^فاس$/ }).waitFor();
    await page.getByTestId('language').selectOption('fr');
    expect(await page.getByTestId('region-title').getAttribute('data-code')).toBe('FES');
    expect(await page.getByTestId('region-picker').count()).toBe(0);
    // The region by its names, not its code; each label of the head's line with French typography's colon.
    expect(await page.getByTestId('region-title').getByRole('heading').innerText()).toBe('Fès · فاس');
    expect(await page.getByTestId('current-head').innerText()).toMatch(/^Chef de service : .+ · Effectif : \d+$/);
  });

  it("shows on the dashboard exactly the figures the API gives the same token, both organisations' halves", async () => {
    await page.getByTestId('pending-claims').waitFor();
    const answer = await platform.query<DashboardAnswer>(await token(), operation('RegionalDashboard'), {
      code: 'FES',
    });
    expect(answer.errors).toBeUndefined();
    const { region } = answer.data!;
    expect(await value('staff-count')).toBe(String(region.staffCount));
    expect(await value('open-applications')).toBe(String(region.social.openApplications));
    expect(await value('approved-this-year')).toBe(String(region.social.approvedThisYear));
    expect(await value('budget-allocated')).toBe(region.social.budget.allocated);
    expect(await value('budget-committed')).toBe(region.social.budget.committed);
    expect(await value('budget-disbursed')).toBe(region.social.budget.disbursed);
    expect(await value('pending-claims')).toBe(String(region.health.pendingClaims));
    expect(await value('claims-this-year')).toBe(String(region.health.claimsThisYear));
    expect(await value('reimbursed-this-year')).toBe(region.health.reimbursedThisYear);
    expect(await value('average-processing-days')).toBe(
      region.health.averageProcessingDays === null ? '' : String(region.health.averageProcessingDays),
    );
    await shot('dashboard');
  });

  it('finds an officer of the region by name and opens their file across both organisations', async () => {
    const admin = await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null });
    const found = await platform.query<{
      officers: { edges: { node: { matricule: string; fullName: string; fullNameAr: string } }[] };
    }>(admin, operation('Officers'), { region: 'FES', first: 1 });
    const officer = found.data!.officers.edges[0].node;
    await page.getByRole('link', { name: /Personnels/ }).click();
    await page.getByTestId('officer-search').fill(officer.fullName.split(' ')[0]);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const link = page.getByRole('link', { name: officer.matricule, exact: true });
    await link.click();
    await page.getByTestId('officer-file').waitFor();
    expect(await page.getByTestId('officer-file').getAttribute('data-matricule')).toBe(officer.matricule);
    const text = await page.getByTestId('officer-file').textContent();
    expect(text).toContain(officer.fullName);
    expect(text).toContain(officer.fullNameAr);
    // The Mutual's plan, in the page's language.
    const file = await platform.query<{ officer: { coverage: { plan: { nameFr: string; nameAr: string } } } }>(
      admin,
      operation('OfficerFile'),
      { matricule: officer.matricule },
    );
    const { plan } = file.data!.officer.coverage;
    expect(plan.nameAr).not.toBe(plan.nameFr);
    expect(await page.getByTestId('officer-coverage').innerText()).toContain(plan.nameFr);
    // The region in the page's language, as every other fact of the file.
    expect(await page.getByTestId('officer-region').innerText()).toBe('Fès');
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    expect(await page.getByTestId('officer-coverage').innerText()).toContain(plan.nameAr);
    expect(await page.getByTestId('officer-coverage').innerText()).not.toContain(plan.nameFr);
    expect(await page.getByTestId('officer-region').innerText()).toBe('فاس');
    await page.getByTestId('language').selectOption('fr');
    await page.waitForFunction('document.documentElement.dir === "ltr"');
    await shot('officer-file');
  });

  it("tells the FES head a RABAT officer is not in their region, and shows none of the officer's data", async () => {
    const admin = await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null });
    const found = await platform.query<{
      officers: { edges: { node: { matricule: string; fullName: string; fullNameAr: string } }[] };
    }>(admin, operation('Officers'), { region: 'RABAT', first: 1 });
    const rabat = found.data!.officers.edges[0].node;
    const refused = await platform.query(await token(), operation('OfficerFile'), { matricule: rabat.matricule });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await page.goto(`${base}/officers/${rabat.matricule}`);
    const message = page.getByTestId('officer-error');
    await message.waitFor();
    expect(await message.getAttribute('data-code')).toBe('FORBIDDEN');
    expect(await message.textContent()).toContain('pas dans votre région');
    expect(await page.getByTestId('officer-file').count()).toBe(0);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain(rabat.fullName);
    expect(body).not.toContain(rabat.fullNameAr);
    await shot('officer-forbidden');
  });

  it('turns the page right to left in Arabic, names in both scripts, and back to French', async () => {
    await page.goto(`${base}/dashboard`);
    await page.getByTestId('open-applications').waitFor();
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.getByText('المؤسسة — العمل الاجتماعي').count()).toBe(1);
    // People's names in the page's script: the head in office, who is also the one signed in.
    const dashboard = await platform.query<{
      region: { currentHead: { officer: { fullNameAr: string } } };
    }>(await token(), operation('RegionalDashboard'), { code: 'FES' });
    const { fullNameAr } = dashboard.data!.region.currentHead.officer;
    expect(await page.getByTestId('current-head-name').innerText()).toBe(fullNameAr);
    expect(await page.getByTestId('identity-name').innerText()).toContain(fullNameAr);
    // Its rank and matricule apart with the Arabic comma.
    expect(await page.getByTestId('current-head').innerText()).toMatch(/\([^(),]+، \d+\)/);
    expect(await page.getByTestId('current-head').innerText()).toMatch(/^رئيس المصلحة: .+ · عدد الموظفين: \d+$/);
    await shot('dashboard-ar');
    await page.reload();
    await page.getByTestId('open-applications').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('language').selectOption('fr');
    await page.waitForFunction('document.documentElement.dir === "ltr"');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it("shows the national administration the seventeen regions, sortable, with both fairness figures, each region's name opening its dashboard", async () => {
    await signInAs('national-admin');
    expect(await page.getByTestId('identity-role').getAttribute('data-role')).toBe('NATIONAL_ADMIN');
    expect(await page.getByTestId('identity-role').textContent()).toBe('Administration nationale');
    await page.getByRole('link', { name: /Comparaison nationale/ }).click();
    await page.getByTestId('comparison-table').waitFor();
    expect(await page.locator('[data-testid="comparison-table"] tbody tr').count()).toBe(17);
    // First in the order its header says: by the region's name, ascending, in the page's language.
    expect(await page.locator('[data-testid="comparison-table"] th[aria-sort="ascending"]').innerText()).toMatch(
      /^Région/,
    );
    const names = await page.locator('[data-testid="comparison-table"] tbody tr td:nth-child(1)').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(names).toContain('Fès');
    // Regions in words: no code in the table, and the chart's bars named as the rows are.
    const codes = await page
      .locator('[data-testid="comparison-table"] tbody tr')
      .evaluateAll((rows: { getAttribute(name: string): string | null }[]) =>
        rows.map((row) => row.getAttribute('data-code') ?? ''),
      );
    const tableText = await page.getByTestId('comparison-table').innerText();
    expect(codes.filter((code) => new RegExp(`\\b${code}\\b`).test(tableText))).toEqual([]);
    expect(await page.locator('[data-testid="spend-chart"] text[data-code]').allTextContents()).toEqual(names);
    const cv = Number(await value('cv'));
    const gini = Number(await value('gini'));
    expect(cv).toBeGreaterThanOrEqual(0);
    expect(gini).toBeGreaterThanOrEqual(0);
    expect(gini).toBeLessThan(1);
    expect(await page.locator('[data-testid="spend-chart"] rect').count()).toBe(17);

    const answer = await platform.query<{ regions: { code: string; social: { spendPerBeneficiary: string } }[] }>(
      await token(),
      operation('NationalComparison'),
    );
    const highest = [...answer.data!.regions].sort(
      (a, b) => Number(b.social.spendPerBeneficiary) - Number(a.social.spendPerBeneficiary),
    )[0].code;
    await page.locator('button[data-sort="socialPerBeneficiary"]').click(); // ascending
    await page.locator('button[data-sort="socialPerBeneficiary"]').click(); // descending
    expect(await page.locator('[data-testid="comparison-table"] tbody tr').first().getAttribute('data-code')).toBe(
      highest,
    );

    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csvPath = await (await download).path();
    const csv = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(18);
    expect(csv[1].startsWith(`${highest},`)).toBe(true);
    await shot('national-comparison');

    // Each region's name opens its dashboard: the region that spends most per beneficiary, first.
    const first = page.locator('[data-testid="comparison-table"] tbody tr').first();
    const highestName = await first.locator('td').first().innerText();
    await first.getByRole('link', { name: highestName }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.searchParams.get('region') === highest);
    await page.locator(`[data-testid="region-title"][data-code="${highest}"]`).waitFor();
    expect(await page.getByTestId('region-title').innerText()).toContain(highestName);
    await page.goBack();
    await page.getByTestId('comparison-table').waitFor();

    // By name: in the page's language, the names it shows (an Arabic page sorted by the French names before).
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      const header = page.locator('[data-testid="comparison-table"] th:has(button[data-sort="nameFr"])');
      while ((await header.getAttribute('aria-sort')) !== 'ascending') await header.locator('button').click();
      const shown = await page.locator('[data-testid="comparison-table"] tbody tr td:nth-child(1)').allInnerTexts();
      expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, lang)));
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it("opens the national administration's API explorer, which answers its first query with the signed-in token", async () => {
    await page.goto(`${base}/graphiql`);
    await page.getByRole('heading', { name: 'Explorateur de l’API' }).waitFor();
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // The national comparison's regions, in the gateway's answer: the token was sent and accepted.
    const answer = page.locator('.graphiql-response', { hasText: '"regions"' });
    // The button runs the query once the editor has loaded it (a busy machine takes longer): pressed until it has.
    for (let tries = 0; tries < 10 && !(await answer.isVisible()); tries += 1) {
      await page.locator('.graphiql-execute-button').click();
      await answer.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    await answer.waitFor();
    expect(await page.locator('.graphiql-response').innerText()).toContain('"code"');
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    await shot('graphiql');
  });

  it('lets the national administration pick any region on the dashboard', async () => {
    await page.getByRole('link', { name: /Tableau régional/ }).click();
    await page.getByTestId('region-picker').waitFor();
    await page.getByTestId('region-picker').selectOption('FES');
    await page.waitForURL(/region=FES/);
    await page.locator('[data-testid="region-title"][data-code="FES"]').waitFor();
  });

  it("shows the national administration every application, read-only, people's names in both scripts and the page's first, campaigns in its language", async () => {
    await signInAs('national-admin');
    await page.goto(`${base}/queues`);
    await page.getByTestId('application-queue-ALL').waitFor();
    await page.getByTestId('application-queue-count').waitFor();
    expect(await page.getByTestId('application-queue-intro').innerText()).toBe(
      'Les demandes de toutes les régions, les plus récemment déposées d’abord, en lecture seule : les agents de chaque région les examinent et son chef en décide.',
    );
    const answer = await platform.query<ApplicationQueueAnswer>(await token(), operation('ApplicationQueue'), {
      queue: 'ALL',
      first: 20,
    });
    expect(answer.errors).toBeUndefined();
    expect(Number(await value('application-queue-count'))).toBe(answer.data!.applicationQueue.totalCount);
    expect(answer.data!.applicationQueue.totalCount).toBeGreaterThan(0);
    const first = answer.data!.applicationQueue.edges[0].node;
    const row = page.locator(`[data-testid="queue-application"][data-id="${first.id}"]`);
    const beneficiary = first.dependent ?? first.officer;
    const names = row.getByTestId('application-beneficiary').locator('span[lang]');
    const { season, programme } = first.campaign;
    expect(await names.allInnerTexts()).toEqual([beneficiary.fullName, beneficiary.fullNameAr]);
    // The campaign, and under it the reference on the applicant's receipt.
    const campaignLines = async () => (await row.getByTestId('application-campaign').innerText()).split(/\n+/);
    expect(await campaignLines()).toEqual([`${programme.nameFr} — ${season}`, first.reference]);
    expect(await row.getByTestId('application-reference').innerText()).toBe(first.reference);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    expect(await names.allInnerTexts()).toEqual([beneficiary.fullNameAr, beneficiary.fullName]);
    expect(await campaignLines()).toEqual([`${programme.nameAr} — ${season}`, first.reference]);
    await page.getByTestId('language').selectOption('fr');
    await page.waitForFunction('document.documentElement.dir === "ltr"');
    // Read-only: no button acts on an application (the beneficiary's only opens it).
    expect(
      await page.locator('[data-testid="queue-application"] button:not([data-testid="application-open"])').count(),
    ).toBe(0);
    expect(await page.getByTestId('queue-AWAITING_REVIEW').count()).toBe(0);
    await shot('queue-applications-national');

    // Narrowed to FES's paid applications: the API's count, and only those rows.
    const paid = await platform.query<ApplicationQueueAnswer>(await token(), operation('ApplicationQueue'), {
      queue: 'ALL',
      region: 'FES',
      status: ['PAID'],
      first: 20,
    });
    await page.getByTestId('application-region-filter').selectOption('FES');
    await page.getByTestId('application-status-filter').selectOption('PAID');
    await page
      .locator(`[data-testid="application-queue-count"][data-value="${paid.data!.applicationQueue.totalCount}"]`)
      .waitFor();
    const statuses = await Promise.all(
      (await page.getByTestId('queue-application').all()).map((row) => row.getAttribute('data-status')),
    );
    expect(new Set(statuses)).toEqual(new Set(paid.data!.applicationQueue.totalCount > 0 ? ['PAID'] : []));
  });

  it("shows the rows and the count of the last filter chosen, even when an earlier filter's answer comes after it", async () => {
    // The answer for FES with every status is held back until the answer for FES's paid applications is on show.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const isEveryStatusOfFes = (request: Request) => {
      const body = request.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
      return body?.operationName === 'ApplicationQueue' && body.variables?.region === 'FES' && !body.variables.status;
    };
    await page.route(`${base}/graphql`, async (route) => {
      if (isEveryStatusOfFes(route.request())) await held;
      await route.continue();
    });
    try {
      const paid = await platform.query<ApplicationQueueAnswer>(await token(), operation('ApplicationQueue'), {
        queue: 'ALL',
        region: 'FES',
        status: ['PAID'],
        first: 20,
      });
      await page.goto(`${base}/queues`);
      await page.getByTestId('application-queue-count').waitFor();
      const late = page.waitForResponse((response) => isEveryStatusOfFes(response.request()));
      await page.getByTestId('application-region-filter').selectOption('FES');
      await page.getByTestId('application-status-filter').selectOption('PAID');
      const count = `[data-testid="application-queue-count"][data-value="${paid.data!.applicationQueue.totalCount}"]`;
      await page.locator(count).waitFor();
      release();
      await late;
      await settled(page);
      expect(await page.locator(count).count()).toBe(1);
      const statuses = await Promise.all(
        (await page.getByTestId('queue-application').all()).map((row) => row.getAttribute('data-status')),
      );
      expect(new Set(statuses)).toEqual(new Set(paid.data!.applicationQueue.totalCount > 0 ? ['PAID'] : []));
    } finally {
      release();
      await page.unroute(`${base}/graphql`);
    }
  });

  it("says the FES head's step above the applications to decide and what their ranking score counts, the rows in that order, in French and in Arabic", async () => {
    await signInAs('head-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('application-queue-TO_DECIDE');
    await queue.getByTestId('queue-application').nth(1).waitFor();
    expect(await queue.getByTestId('application-queue-intro').innerText()).toBe(
      'Décidez des demandes que l’agent vous a transmises, la plus haute au score de classement d’abord. « Approuver » engage le montant sur le budget de la région pour la campagne et une place de son quota ; « Liste d’attente » garde la demande, approuvée d’elle-même dans l’ordre du score quand une demande approuvée est retirée ; « Rejeter » demande un motif.',
    );
    // What a score counts, in the API's points (rankingRule), as the page's language writes numbers.
    const ranking = await platform.query<{ rankingRule: Record<string, number> }>(
      await token(),
      operation('RankingRule'),
    );
    expect(ranking.errors).toBeUndefined();
    const rule = ranking.data!.rankingRule;
    const points = new Intl.NumberFormat('fr-MA', { numberingSystem: 'latn' });
    const [priority, first, bereaved, child, children, year, years] = [
      'killedOnDutyPriority',
      'firstTime',
      'bereaved',
      'perChild',
      'maxChildren',
      'perServiceYear',
      'maxServiceYears',
    ].map((key) => points.format(rule[key]));
    expect(await queue.getByTestId('ranking-score-help').innerText()).toBe(
      `Score de classement : ${priority} pour la famille d’un fonctionnaire tué en service (campagnes prioritaires), ${first} pour une première aide du programme, ${bereaved} pour une veuve ou un orphelin, ${child} par enfant (${children} au plus), ${year} par année de service (${years} au plus).`,
    );
    // The highest score first, as the page says.
    const scores = (await queue.getByTestId('ranking-score').allInnerTexts()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    expect(await queue.getByTestId('application-queue-intro').innerText()).toMatch(
      /^بُتّ في الطلبات التي أحالها عليك العون/,
    );
    expect(await queue.getByTestId('ranking-score-help').innerText()).toBe(
      `نقاط الترتيب: ${priority} لأسرة موظف توفي أثناء الخدمة (في الحملات ذات الأولوية)، ${first} لأول دعم من البرنامج، ${bereaved} للأرملة أو اليتيم، ${child} عن كل طفل (${children} على الأكثر)، ${year} عن كل سنة خدمة (${years} على الأكثر).`,
    );
    expect(await accessibilityProblems(page, "the head's applications to decide, in Arabic")).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it('lets the FES head waitlist an application with a reason, and shows its new status after a reload', async () => {
    await signInAs('head-fes');
    const head = await token();
    const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' });
    // An application to decide: the head's queue, or else one the agent takes under review.
    let toDecide = await platform.query<ApplicationQueueAnswer>(head, operation('ApplicationQueue'), {
      queue: 'TO_DECIDE',
      first: 100,
    });
    expect(toDecide.errors).toBeUndefined();
    let candidate = toDecide.data!.applicationQueue.edges.map((e) => e.node).find((a) => a.status === 'UNDER_REVIEW');
    if (!candidate) {
      const submitted = await platform.query<ApplicationQueueAnswer>(agent, operation('ApplicationQueue'), {
        queue: 'TO_REVIEW',
        first: 1,
      });
      const next = submitted.data!.applicationQueue.edges[0].node;
      const reviewed = await platform.query(agent, operation('StartApplicationReview'), {
        input: { applicationId: next.id, expectedVersion: next.version },
      });
      expect(reviewed.errors).toBeUndefined();
      toDecide = await platform.query<ApplicationQueueAnswer>(head, operation('ApplicationQueue'), {
        queue: 'TO_DECIDE',
        first: 100,
      });
      candidate = toDecide.data!.applicationQueue.edges.map((e) => e.node).find((a) => a.id === next.id);
    }
    const id = candidate!.id;
    decided = { id, campaignId: candidate!.campaign.id, amount: candidate!.amount };

    await page.getByRole('link', { name: /Files de travail/ }).click();
    await page.getByTestId('application-queue-TO_DECIDE').waitFor();
    await page.getByTestId('campaign-filter').selectOption(candidate!.campaign.id);
    const row = await applicationRow(id);
    expect(await row.getByTestId('ranking-score').textContent()).toBe(String(candidate!.rankingScore));

    // Before deciding, the head reads what an approval would leave of FES's budget and quota for the campaign,
    // or, when there is not enough left, that it cannot be approved (the API would refuse it).
    const left = await platform.query<{
      campaign: { allocations: { region: { code: string }; remainingQuota: number; remainingBudget: string }[] };
    }>(
      head,
      'query ($id: ID!) { campaign(id: $id) { allocations { region { code } remainingQuota remainingBudget } } }',
      { id: candidate!.campaign.id },
    );
    const fesLeft = left.data!.campaign.allocations.find((a) => a.region.code === 'FES')!;
    const short = fesLeft.remainingQuota < 1 || Number(fesLeft.remainingBudget) < Number(candidate!.amount);
    expect(await row.getByTestId('approval-effect').getAttribute('data-quota-after')).toBe(
      String(fesLeft.remainingQuota - 1),
    );
    expect(await row.getByTestId('approval-effect').innerText()).toMatch(
      short ? /^Approbation impossible : / : /après approbation/,
    );
    expect(await row.getByTestId('approve').isDisabled()).toBe(short);

    // Without a reason chosen, words alone included, the page says which field is missing and sends nothing.
    await row.getByTestId('decision-reason').fill('Quota régional presque atteint');
    await row.getByTestId('waitlist').click();
    const refusal = row.getByTestId('application-action-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await refusal.getAttribute('data-field')).toBe('reasonCode');
    expect(await refusal.textContent()).toContain('Motif');

    // The reasons are offered in words, the platform's own promotion not among them.
    const reasons = await row.getByTestId('decision-reason-code').locator('option').allInnerTexts();
    expect(reasons).toContain('Dossier incomplet : une pièce demandée manque');
    expect(reasons.join(' ')).not.toMatch(/[A-Z]{2,}_|Retenue depuis la liste/);
    await row
      .getByTestId('decision-reason-code')
      .selectOption({ label: 'Places réservées aux demandes mieux classées' });
    await row.getByTestId('waitlist').click();
    await page.locator(`[data-testid="queue-application"][data-id="${id}"][data-status="WAITLISTED"]`).waitFor();
    // The row stays in the head's queue and says why, in words; its next decision starts with no reason chosen.
    expect(await row.getByTestId('decision-reason-text').innerText()).toBe(
      'Places réservées aux demandes mieux classées — Quota régional presque atteint',
    );
    expect(await row.getByTestId('decision-reason-code').inputValue()).toBe('');
    expect(await row.getByTestId('decision-reason').inputValue()).toBe('');
    await shot('queue-applications');

    await page.reload();
    await page.locator(`[data-testid="applications-done"] li[data-id="${id}"]`).waitFor();
    expect(
      await page.locator(`[data-testid="applications-done"] li[data-id="${id}"]`).getAttribute('data-status'),
    ).toBe('WAITLISTED');
    expect(await page.locator(`[data-testid="applications-done"] li[data-id="${id}"]`).textContent()).toContain(
      'Sur liste d’attente',
    );
    // What the head decided today says why too, read again from the API after the reload.
    expect(
      await page
        .locator(`[data-testid="applications-done"] li[data-id="${id}"]`)
        .getByTestId('decision-reason-text')
        .innerText(),
    ).toBe('Places réservées aux demandes mieux classées — Quota régional presque atteint');
    const answer = await platform.query<{
      application: { status: string; decisionReasonCode: string | null; decisionReason: string | null } | null;
    }>(head, 'query ($id: ID!) { application(id: $id) { status decisionReasonCode decisionReason } }', { id });
    expect(answer.data?.application).toEqual({
      status: 'WAITLISTED',
      decisionReasonCode: 'ROOM_FOR_HIGHER_RANKED',
      decisionReason: 'Quota régional presque atteint',
    });
  });

  it("opens the waitlisted application's history from the officer's file: the change of status and the head's reason in words, in French and in Arabic, as the file says it", async () => {
    await signInAs('head-fes');
    const found = await platform.query<{ application: { officer: { matricule: string } } }>(
      await token(),
      'query ($id: ID!) { application(id: $id) { officer { matricule } } }',
      { id: decided.id },
    );
    await page.goto(`${base}/officers/${encodeURIComponent(found.data!.application.officer.matricule)}`);
    const row = page.locator(`[data-testid="officer-application"][data-id="${decided.id}"]`);
    expect(await row.getByTestId('decision-reason-text').innerText()).toBe(
      'Places réservées aux demandes mieux classées — Quota régional presque atteint',
    );
    await row.getByTestId('history-link').click();
    await page.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('id') === decided.id);
    const waitlisted = page.locator('[data-testid="audit-record"][data-action="WAITLIST"]');
    await waitlisted.waitFor();
    const lines = async () =>
      (await waitlisted.getByTestId('audit-change').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(await lines()).toEqual(
      expect.arrayContaining([
        'Statut : En examen → Sur liste d’attente',
        'Motif de la décision : Places réservées aux demandes mieux classées',
        'Motif, en toutes lettres : Quota régional presque atteint',
      ]),
    );
    expect(await page.getByTestId('audit-trail').innerText()).not.toMatch(/WAITLISTED|UNDER_REVIEW|\{/);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    await waitlisted.getByTestId('audit-change').filter({ hasText: 'الوضعية' }).waitFor();
    // In Arabic the arrow points the way the line is read, right to left.
    expect(await lines()).toEqual(
      expect.arrayContaining([
        'الوضعية: قيد الدراسة ← في لائحة الانتظار',
        'سبب القرار: المقاعد مخصصة للطلبات الأفضل ترتيبا',
      ]),
    );
    expect(await accessibilityProblems(page, 'an application history in Arabic')).toEqual([]);
    // Back in the file, the reason reads in Arabic; the head's own words stay as typed.
    await page.goBack();
    await row.getByTestId('decision-reason-text').waitFor();
    expect(await row.getByTestId('decision-reason-text').innerText()).toBe(
      'المقاعد مخصصة للطلبات الأفضل ترتيبا — Quota régional presque atteint',
    );
    await page.getByTestId('language').selectOption('fr');
  });

  it("opens the history page on the latest changes of the FES head's region, both organisations', as the API gives them, each opening its record's history, in French and in Arabic; the national administration picks a region", async () => {
    type Change = {
      id: string;
      actorSub: string;
      entity: string;
      entityId: string;
      action: string;
      region: string | null;
      application?: { officer: { fullName: string }; dependent: { fullName: string } | null } | null;
    };
    type Feed = { edges: Array<{ node: Change }> };
    const feeds = async (caller: string, region: string | null) => {
      const foundation = await platform.query<{ recentChanges: Feed }>(caller, operation('RecentChanges'), {
        region,
        first: 20,
      });
      const mutual = await platform.query<{ recentMutualChanges: Feed }>(caller, operation('RecentMutualChanges'), {
        region,
        first: 20,
      });
      expect([foundation.errors, mutual.errors]).toEqual([undefined, undefined]);
      return {
        foundation: foundation.data!.recentChanges.edges.map((edge) => edge.node),
        mutual: mutual.data!.recentMutualChanges.edges.map((edge) => edge.node),
      };
    };
    /** What the page shows of each row, as data-* attributes: entity, action, region. */
    const rowsScript = (testId: string) =>
      `[...document.querySelectorAll('[data-testid="${testId}"] [data-testid="recent-change"]')]
        .map((row) => ['data-entity', 'data-action', 'data-region'].map((name) => row.getAttribute(name)).join(' '))`;
    const shown = (testId: string) => page.evaluate<string[]>(rowsScript(testId));
    const rows = (changes: Change[]) => changes.map((c) => `${c.entity} ${c.action} ${c.region ?? ''}`);

    await signInAs('head-fes');
    await page.goto(`${base}/audit`);
    await page.getByTestId('recent-foundation').getByTestId('recent-change').first().waitFor();
    const expected = await feeds(await token(), null);
    // The waitlisting of the test before is the region's; the page shows what the API gives, newest first.
    expect(expected.foundation.some((change) => change.entityId === decided.id)).toBe(true);
    expect(await page.getByTestId('recent-activity-scope').innerText()).toContain('(Fès)');
    expect(await shown('recent-foundation')).toEqual(rows(expected.foundation));
    expect(await shown('recent-mutual')).toEqual(rows(expected.mutual));
    if (expected.mutual.length === 0) await page.getByTestId('recent-mutual-none').waitFor();
    // The head who waitlisted is named by their matricule, which opens their file.
    const waitlisting = expected.foundation.find((c) => c.entityId === decided.id && c.action === 'WAITLIST')!;
    const actor = page
      .locator(`[data-testid="recent-foundation"] [data-testid="recent-change"][data-action="WAITLIST"]`)
      .first()
      .getByTestId('audit-actor');
    expect(await actor.getByRole('link').getAttribute('href')).toBe(`/officers/${waitlisting.actorSub}`);
    expect(await actor.innerText()).toBe(`${waitlisting.actorSub} (Chef régional)`);
    const newest = expected.foundation[0];
    const first = page.getByTestId('recent-foundation').getByTestId('recent-change').first();
    const person = newest.application?.dependent ?? newest.application?.officer;
    expect(await first.getByTestId('audit-subject').innerText()).toContain(person?.fullName ?? '');
    expect(await page.getByTestId('recent-foundation').innerText()).not.toMatch(
      /\b(SUBMITTED|UNDER_REVIEW|WAITLISTED|START_REVIEW|WAITLIST)\b/,
    );
    await page.getByTestId('language').selectOption('ar');
    await page.getByText('النشاط الأخير').waitFor();
    expect(await page.getByTestId('recent-activity-scope').innerText()).toContain('(فاس)');
    expect(await accessibilityProblems(page, 'the latest changes in Arabic')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
    await first.getByTestId('history-link').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/audit' &&
        url.searchParams.get('entity') === newest.entity &&
        url.searchParams.get('id') === newest.entityId,
    );
    await page.getByTestId('audit-trail').waitFor();
    expect(await page.getByTestId('recent-foundation').count()).toBe(0);

    await signInAs('national-admin');
    await page.goto(`${base}/audit`);
    await page.getByTestId('recent-foundation').getByTestId('recent-change').first().waitFor();
    expect(await page.getByTestId('recent-activity-scope').innerText()).toContain('(toutes les régions)');
    const everywhere = await feeds(await token(), null);
    expect(await shown('recent-foundation')).toEqual(rows(everywhere.foundation));
    // A region whose changes are not every region's (Dakhla, where the tests change little): picking it must change the rows.
    const dakhla = await feeds(await token(), 'DAKHLA');
    expect(rows(dakhla.foundation)).not.toEqual(rows(everywhere.foundation));
    expect(dakhla.foundation.every((change) => change.region === 'DAKHLA')).toBe(true);
    await page.getByTestId('recent-activity-region').selectOption({ label: 'Dakhla' });
    // The rows follow the region chosen once its answer is in: read from the test, as the page's policy forbids
    // the string evaluation waitForFunction would poll with.
    const wanted = rows(dakhla.foundation);
    for (
      let tries = 0;
      tries < 100 && JSON.stringify(await shown('recent-foundation')) !== JSON.stringify(wanted);
      tries++
    )
      await page.waitForTimeout(100);
    expect(await shown('recent-foundation')).toEqual(wanted);
    expect(await page.getByTestId('recent-activity-scope').innerText()).toContain('(Dakhla)');
    expect(await accessibilityProblems(page, 'the latest changes of a region')).toEqual([]);
  });

  it("finds a claim's and an application's history by the reference people know them by, written as they type it, and says in words when no record has it", async () => {
    await signInAs('head-fes');
    const queue = await platform.query<{ claimQueue: { edges: Array<{ node: { id: string; reference: string } }> } }>(
      await token(),
      'query { claimQueue(stage: AWAITING_REVIEW, first: 1) { edges { node { id reference } } } }',
    );
    const claim = queue.data!.claimQueue.edges[0].node;
    await page.goto(`${base}/audit`);
    // The kind of record chosen is "Demande": a reference is a claim's whatever is chosen.
    expect(await page.getByTestId('audit-entity').inputValue()).toBe('application');
    await page.getByTestId('audit-id').fill(` ${claim.reference.toLowerCase()} `);
    await page.getByTestId('audit-submit').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/audit' &&
        url.searchParams.get('entity') === 'claim' &&
        url.searchParams.get('id') === claim.id,
    );
    await page.getByTestId('audit-trail').or(page.getByText('Aucune modification enregistrée')).first().waitFor();

    await page.getByTestId('audit-id').fill('RB-1999-000001');
    await page.getByTestId('audit-submit').click();
    expect(await page.getByTestId('audit-lookup-none').innerText()).toBe(
      'Aucun dossier de soins n’a la référence « RB-1999-000001 ».',
    );
    await page.getByTestId('language').selectOption('ar');
    await page.getByTestId('audit-lookup-none').filter({ hasText: 'لا يوجد ملف علاج بالمرجع' }).waitFor();
    expect(await accessibilityProblems(page, 'a claim reference no claim has, in Arabic')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');

    // An application is known by its own reference (DS-…), whichever kind of record is chosen.
    const applications = await platform.query<{
      applicationQueue: { edges: Array<{ node: { id: string; reference: string } }> };
    }>(await token(), 'query { applicationQueue(first: 1) { edges { node { id reference } } } }');
    const application = applications.data!.applicationQueue.edges[0].node;
    await page.getByTestId('audit-entity').selectOption('claim');
    await page.getByTestId('audit-id').fill(` ${application.reference.toLowerCase()} `);
    await page.getByTestId('audit-submit').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/audit' &&
        url.searchParams.get('entity') === 'application' &&
        url.searchParams.get('id') === application.id,
    );
    await page.getByTestId('audit-trail').or(page.getByText('Aucune modification enregistrée')).first().waitFor();
    await page.getByTestId('audit-entity').selectOption('application');
    expect(await page.getByText('Référence (DS-…) ou numéro').count()).toBe(1);
    await page.getByTestId('audit-id').fill('DS-1999-0000001');
    await page.getByTestId('audit-submit').click();
    expect(await page.getByTestId('audit-lookup-none').innerText()).toBe(
      'Aucune demande n’a la référence « DS-1999-0000001 ».',
    );
  });

  it("says in words, in French and in Arabic, that the region's quota is exhausted, and no longer offers the approval", async () => {
    const admin = await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null });
    const allocations = await platform.query<{
      campaign: {
        allocations: {
          region: { code: string };
          allocated: string;
          committed: string;
          quota: number;
          approvedCount: number;
          version: number;
        }[];
      };
    }>(
      admin,
      'query ($id: ID!) { campaign(id: $id) { allocations { region { code } allocated committed quota approvedCount version } } }',
      { id: decided.campaignId },
    );
    const fes = allocations.data!.campaign.allocations.find((a) => a.region.code === 'FES')!;
    const setFes = async (quota: number, version: number) => {
      const answer = await platform.query<{ setCampaignAllocation: { version: number } }>(
        admin,
        'mutation ($input: SetCampaignAllocationInput!) { setCampaignAllocation(input: $input) { version } }',
        {
          input: {
            campaignId: decided.campaignId,
            regionCode: 'FES',
            // Budget for this one application: the quota is what runs out.
            allocated: (Number(fes.committed) + Number(decided.amount)).toFixed(2),
            quota,
            expectedVersion: version,
          },
        },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.setCampaignAllocation.version;
    };
    // The head opens the queue while FES has room for one more approval.
    const roomy = await setFes(fes.approvedCount + 1, fes.version);
    await signInAs('head-fes');
    await page.goto(`${base}/queues`);
    await page.getByTestId('campaign-filter').selectOption(decided.campaignId);
    const row = await applicationRow(decided.id);
    // The page has read the region's room (the approval's effect says it) before the quota changes behind it.
    await row.getByTestId('approval-effect').waitFor();
    await settled(page);
    expect(await row.getByTestId('approve').isEnabled()).toBe(true);
    // Meanwhile the national administration brings FES's quota down to what is already approved: no approval is left.
    await setFes(fes.approvedCount, roomy);

    // The page still shows the room it read: the API refuses, and the row now says what the refusal said.
    await row.getByTestId('approve').click();
    const refusal = row.getByTestId('application-action-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('QUOTA_EXHAUSTED');
    expect(await refusal.textContent()).toContain('quota de la région pour cette campagne est épuisé');
    expect(await row.getAttribute('data-status')).toBe('WAITLISTED');
    const effect = row.getByTestId('approval-effect');
    const mad = new Intl.NumberFormat('fr-MA', {
      numberingSystem: 'latn',
      style: 'currency',
      currency: 'MAD',
      minimumFractionDigits: 2,
    });
    const remaining = mad.format(Number(decided.amount));
    expect(await effect.innerText()).toBe(
      `Approbation impossible : il reste à la région ${remaining} et aucune place pour cette campagne, pour une aide de ${mad.format(Number(decided.amount))}. La demande peut attendre sur liste d’attente ou être rejetée.`,
    );
    expect(await row.getByTestId('approve').isDisabled()).toBe(true);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    expect(await refusal.textContent()).toContain('نفدت ميزانية الجهة أو حصتها');
    expect(await effect.innerText()).toContain('لا يمكن القبول: يتبقى للجهة');
    expect(await effect.innerText()).toContain('لا مقعد');
    await shot('queue-applications-quota-ar');
    await page.getByTestId('language').selectOption('fr');

    // Read afresh, the page says it before any click, and the disabled button is described by why.
    await page.reload();
    await page.getByTestId('campaign-filter').selectOption(decided.campaignId);
    const fresh = await applicationRow(decided.id);
    expect(await fresh.getByTestId('approval-effect').innerText()).toMatch(/^Approbation impossible : /);
    expect(await fresh.getByTestId('approve').isDisabled()).toBe(true);
    expect(await fresh.getByTestId('approve').getAttribute('aria-describedby')).toBe(
      await fresh.getByTestId('approval-effect').getAttribute('id'),
    );
    expect(await fresh.getByTestId('reject').isDisabled()).toBe(false);
    expect(await accessibilityProblems(page, 'an application the region cannot cover')).toEqual([]);

    const answer = await platform.query<{ application: { status: string } | null }>(
      admin,
      operation('ApplicationStatus'),
      { id: decided.id },
    );
    expect(answer.data?.application?.status).toBe('WAITLISTED');

    // The officer's file lists the application with the same status.
    await row.getByRole('link').click();
    await page.getByTestId('officer-file').waitFor();
    const onFile = page.locator(`[data-testid="officer-application"][data-id="${decided.id}"]`);
    expect(await onFile.getAttribute('data-status')).toBe('WAITLISTED');
    expect(await onFile.textContent()).toContain('Sur liste d’attente');
  });

  it("after the head approves a campaign's last place, the campaign's other applications in the queue say no approval is left", async () => {
    await signInAs('head-fes');
    const head = await token();
    const admin = await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null });
    const queue = await platform.query<ApplicationQueueAnswer>(head, operation('ApplicationQueue'), {
      queue: 'TO_DECIDE',
      first: 100,
    });
    expect(queue.errors).toBeUndefined();
    // Two applications of one campaign waiting for the head (the demonstration data has such pairs).
    const waiting = queue
      .data!.applicationQueue.edges.map((e) => e.node)
      .filter((a) => a.campaign.id !== decided.campaignId);
    const pair = waiting
      .map((a) => waiting.filter((b) => b.campaign.id === a.campaign.id))
      .find((same) => same.length >= 2);
    expect(pair).toBeDefined();
    const [approved, other] = pair!;
    const campaignId = approved.campaign.id;
    const allocations = await platform.query<{
      campaign: {
        allocations: { region: { code: string }; committed: string; approvedCount: number; version: number }[];
      };
    }>(
      admin,
      'query ($id: ID!) { campaign(id: $id) { allocations { region { code } committed approvedCount version } } }',
      { id: campaignId },
    );
    const fes = allocations.data!.campaign.allocations.find((a) => a.region.code === 'FES')!;
    // One place left in FES, and budget for two: the place, not the money, is what runs out.
    const set = await platform.query(
      admin,
      'mutation ($input: SetCampaignAllocationInput!) { setCampaignAllocation(input: $input) { remainingQuota } }',
      {
        input: {
          campaignId,
          regionCode: 'FES',
          allocated: (Number(fes.committed) + Number(approved.amount) + Number(other.amount)).toFixed(2),
          quota: fes.approvedCount + 1,
          expectedVersion: fes.version,
        },
      },
    );
    expect(set.errors).toBeUndefined();

    await page.goto(`${base}/queues`);
    await page.getByTestId('campaign-filter').selectOption(campaignId);
    const first = await applicationRow(approved.id);
    const second = await applicationRow(other.id);
    expect(await first.getByTestId('approve').isEnabled()).toBe(true);
    expect(await second.getByTestId('approve').isEnabled()).toBe(true);

    await first.getByTestId('approve').click();
    await first.waitFor({ state: 'detached' });
    // Without a reload, the other application says the place is gone, and its approval is no longer offered.
    await second
      .getByTestId('approval-effect')
      .filter({ hasText: 'Approbation impossible' })
      .waitFor({ timeout: 10_000 });
    expect(await second.getByTestId('approval-effect').innerText()).toContain('et aucune place pour cette campagne');
    expect(await second.getByTestId('approve').isDisabled()).toBe(true);

    const statuses = await Promise.all(
      [approved.id, other.id].map(async (id) => {
        const answer = await platform.query<{ application: { status: string } | null }>(
          admin,
          operation('ApplicationStatus'),
          { id },
        );
        return answer.data?.application?.status;
      }),
    );
    expect(statuses).toEqual(['APPROVED', other.status]);
  });

  it("marks the applications of the FES foundation agent's review queue that wait past the decision target, as the database counts them", async () => {
    await signInAs('foundation-agent-fes');
    const queue = page.getByTestId('application-queue-TO_REVIEW');
    await queue.getByTestId('queue-application').first().waitFor();
    // The database's own count: waiting for a decision, submitted more than 30 days ago (APPLICATION_TARGET_DAYS).
    const { marked, late } = await overdueMarks(queue.getByTestId('queue-application'), 'application-overdue', {
      url: platform.foundation.db.superuserUrl,
      table: 'application',
      waiting: ['SUBMITTED', 'UNDER_REVIEW'],
      days: 30,
    });
    expect(late.length).toBeGreaterThan(0);
    expect(marked).toEqual(late);
    const [firstLate] = late;
    expect(await queue.getByTestId('application-overdue').first().innerText()).toBe(
      `Délai dépassé · ${firstLate[1]} jours d’attente`,
    );
    // Shown whole, not cut to "Délai dép…" by the narrow column, on a laptop's screen too.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 800 });
    const cut = await queue
      .locator('[data-testid="application-overdue"], [data-testid="application-overdue"] .mantine-Badge-label')
      .evaluateAll(
        (badges: { scrollWidth: number; clientWidth: number }[]) =>
          badges.filter((badge) => badge.scrollWidth > badge.clientWidth).length,
      );
    if (size) await page.setViewportSize(size);
    expect(cut).toBe(0);
  });

  it('lets the FES foundation agent take a submitted application under review: it leaves the queue, under review', async () => {
    await signInAs('foundation-agent-fes');
    await page.goto(`${base}/queues`);
    await page.getByTestId('application-queue-TO_PAY').waitFor();
    await page.getByTestId('application-queue-TO_REVIEW').getByTestId('application-queue-count').waitFor();
    const queue = page.getByTestId('application-queue-TO_REVIEW');
    const before = Number(await queue.getByTestId('application-queue-count').getAttribute('data-value'));
    expect(before).toBeGreaterThan(0);
    // The queue says its order, and keeps it: the oldest submission first, as the API gives it.
    expect(await queue.getByTestId('application-queue-intro').innerText()).toMatch(/ Les plus anciennes d’abord\.$/);
    await expectApiOrder(queue, 'TO_REVIEW', 'submittedAt');
    const row = queue.getByTestId('queue-application').first();
    const id = (await row.getAttribute('data-id'))!;
    // Opened, the application shows what the review checks, and takes a certificate that came after its submission.
    await row.getByTestId('application-open').click();
    const detail = queue.locator(`[data-testid="application-detail"][id="application-detail-${id}"]`);
    await detail.getByTestId('application-officer-facts').waitFor();
    await detail.getByTestId('application-document-none').waitFor();
    const certificate = samplePdf(8_000);
    const attach = detail.getByTestId('attach-documents');
    await attach.getByTestId('document-kind').selectOption('SCHOOL_CERTIFICATE');
    await attach
      .getByTestId('document-file')
      .setInputFiles({ name: 'scolarite-2026.pdf', mimeType: 'application/pdf', buffer: certificate });
    await attach.getByTestId('document-attach').click();
    // The opened application reads itself again: the certificate is listed, with its kind in words and its link.
    const listed = detail.getByTestId('application-document');
    await listed.or(attach.getByTestId('document-error')).first().waitFor();
    expect(await attach.getByTestId('document-error').allInnerTexts()).toEqual([]);
    expect(await listed.innerText()).toContain('scolarite-2026.pdf — Certificat de scolarité');
    reviewed = { id, campaignId: (await row.getAttribute('data-campaign'))!, certificate };

    // The agent's step is to check the application and pass it on to the head, who decides: the page says so.
    expect(await queue.getByTestId('application-queue-intro').innerText()).toContain(
      'puis transmettez-la au chef régional, qui décide',
    );
    expect(await row.getByTestId('start-review').innerText()).toBe('Transmettre au chef régional');
    await row.getByTestId('start-review').click();
    await queue.locator(`[data-testid="applications-done"] li[data-id="${id}"][data-status="UNDER_REVIEW"]`).waitFor();
    expect(await queue.locator(`[data-testid="queue-application"][data-id="${id}"]`).count()).toBe(0);
    expect(Number(await queue.getByTestId('application-queue-count').getAttribute('data-value'))).toBe(before - 1);
    const done = queue.locator(`[data-testid="applications-done"] li[data-id="${id}"]`);
    expect(await done.textContent()).toContain('En examen');
    expect(await done.getByTestId('application-next').innerText()).toBe(
      'Prochaine étape : la décision du chef régional',
    );
    await page.getByTestId('language').selectOption('ar');
    await done.getByTestId('application-next').filter({ hasText: 'الخطوة التالية: قرار الرئيس الجهوي' }).waitFor();
    expect(await queue.getByTestId('application-queue-intro').innerText()).toContain('الرئيس الجهوي');
    expect(await accessibilityProblems(page, "the agent's review queue in Arabic")).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
    await shot('queue-applications-agent');
  });

  it('says in words that someone else changed the application, and reloads the queue on request', async () => {
    const queue = page.getByTestId('application-queue-TO_REVIEW');
    const row = queue.getByTestId('queue-application').first();
    const id = (await row.getAttribute('data-id'))!;
    const version = Number(await row.getAttribute('data-version'));
    // another agent takes it under review behind the page's back
    const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' });
    const changed = await platform.query(agent, operation('StartApplicationReview'), {
      input: { applicationId: id, expectedVersion: version },
    });
    expect(changed.errors).toBeUndefined();
    const stale = queue.locator(`[data-testid="queue-application"][data-id="${id}"]`);
    await stale.getByTestId('start-review').click();
    const error = stale.getByTestId('application-action-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('CONFLICT');
    expect(await error.textContent()).toContain('Quelqu’un d’autre a modifié cette demande');
    await error.getByTestId('reload-queue').click();
    await stale.waitFor({ state: 'detached' });
  });

  it('lets the FES foundation agent record the payment of an approved application with its reference: it is paid', async () => {
    await signInAs('foundation-agent-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('application-queue-TO_PAY');
    await queue.getByTestId('application-queue-count').waitFor();
    expect(await queue.getByTestId('application-queue-intro').innerText()).toBe(
      'Demandes approuvées par le chef régional, les plus anciennement approuvées d’abord : enregistrez chaque paiement avec sa référence une fois le versement fait.',
    );
    expect(Number(await queue.getByTestId('application-queue-count').getAttribute('data-value'))).toBeGreaterThan(0);
    // First approved, first paid: the rows in the API's order of decision, the earliest first.
    await expectApiOrder(queue, 'TO_PAY', 'decidedAt');
    const row = queue.getByTestId('queue-application').first();
    const id = (await row.getAttribute('data-id'))!;
    await row.getByTestId('payment-reference').fill('VIR-2026-000123');
    await row.getByTestId('record-payment').click();
    await queue.locator(`[data-testid="applications-done"] li[data-id="${id}"][data-status="PAID"]`).waitFor();
    expect(await queue.locator(`[data-testid="queue-application"][data-id="${id}"]`).count()).toBe(0);
    const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' });
    const answer = await platform.query<{ application: { status: string } | null }>(
      agent,
      operation('ApplicationStatus'),
      { id },
    );
    expect(answer.data?.application?.status).toBe('PAID');
  });

  it("opens an application of the FES head's decision queue: the beneficiary, the officer's standing, the family's other applications and the certificate attached in review, as the API gives them, in French and in Arabic, each link logged", async () => {
    await signInAs('head-fes');
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('link', { name: /Files de travail/ }).click();
    await page.getByTestId('application-queue-TO_DECIDE').waitFor();
    await page.getByTestId('campaign-filter').selectOption(reviewed.campaignId);
    const row = await applicationRow(reviewed.id);

    const answer = await platform.query<ApplicationDetailAnswer>(await token(), operation('ApplicationDetail'), {
      id: reviewed.id,
    });
    expect(answer.errors).toBeUndefined();
    const { officer, dependent, documents } = answer.data!.application;
    expect(documents.map((document) => document.fileName)).toEqual(['scolarite-2026.pdf']);
    const links = async () =>
      (
        await sql<{ n: number }>(
          platform.foundation.db.superuserUrl,
          "SELECT count(*)::int AS n FROM document_read WHERE document_id = $1 AND reader_role = 'REGIONAL_HEAD' AND action = 'LINK'",
          [documents[0].id],
        )
      )[0].n;
    // The API's read for the head's own token issued one link.
    expect(await links()).toBe(1);

    const detail = page.locator(`[data-testid="application-detail"][id="application-detail-${reviewed.id}"]`);
    expect(await detail.count()).toBe(0);
    await row.getByTestId('application-open').click();
    expect(await row.getByTestId('application-open').getAttribute('aria-expanded')).toBe('true');
    const facts = detail.getByTestId('application-officer-facts');
    await facts.waitFor();
    const others = officer.applications.filter((application) => application.id !== reviewed.id);
    expect(
      await detail
        .getByTestId('family-application')
        .evaluateAll((items: { getAttribute(name: string): string | null }[]) =>
          items.map((item) => [item.getAttribute('data-id'), item.getAttribute('data-status')]),
        ),
    ).toEqual(others.map((application) => [application.id, application.status]));
    const children = officer.dependents.filter((d) => d.relation === 'CHILD').length;
    const years = officer.yearsOfService;
    expect(await facts.innerText()).toMatch(
      new RegExp(
        `^Fonctionnaire : [^·]+ · [^·]+ · ${years} années? de service · ${
          children === 0 ? 'aucun enfant' : `${children} enfants?`
        } à charge$`,
      ),
    );
    const enums = enumValues();
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      await settled(page);
      const text = await detail.innerText();
      expect(rawEnumValuesIn(text, enums)).toEqual([]);
      if (lang === 'ar') {
        expect(await facts.innerText()).toMatch(/^الموظف: /);
        // The facts are in words of the page's language: no Latin word is left in them.
        expect(await facts.innerText()).not.toMatch(/[A-Za-z]/);
      }
      expect(await detail.getByTestId('application-document').innerText()).toContain(
        lang === 'fr' ? 'scolarite-2026.pdf — Certificat de scolarité' : 'scolarite-2026.pdf — شهادة مدرسية',
      );
      // The dependent's certificates, or a line saying there are none: the section is there either way.
      if (dependent) {
        expect(
          (await detail.getByTestId('dependent-document').allInnerTexts()).map((line) => line.split(' ')[0]),
        ).toEqual(dependent.documents.map((document) => document.fileName));
        expect(await detail.getByTestId('dependent-document-none').count()).toBe(
          dependent.documents.length === 0 ? 1 : 0,
        );
      }
      expect(await accessibilityProblems(page, `opened application (${lang})`)).toEqual([]);
      await shot(`queue-application-opened-${lang}`);
    }
    await page.getByTestId('language').selectOption('fr');
    // The page's read issued one link more, the language changes none; the link downloads the very file attached.
    expect(await links()).toBe(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByTestId('application-document-open').click(),
    ]);
    expect(download.suggestedFilename()).toBe('scolarite-2026.pdf');
    expect(await readFile(await download.path())).toEqual(reviewed.certificate);
    await row.getByTestId('application-open').click();
    expect(await detail.count()).toBe(0);
  });

  it("leaves the region out of a regional role's queues and staff list, whose every row is their region's; the national ones keep it", async () => {
    const headers = async (queue: string) => {
      const section = page.getByTestId(queue);
      await section.locator('thead').waitFor();
      return (await section.locator('thead th').allInnerTexts()).map((header) => header.trim());
    };
    for (const [user, queues] of [
      ['mutual-agent-fes', ['queue-AWAITING_CHECK', 'queue-AWAITING_PAYMENT']],
      ['foundation-agent-fes', ['application-queue-TO_REVIEW', 'application-queue-TO_PAY']],
      ['head-fes', ['application-queue-TO_DECIDE']],
    ] as const) {
      await signInAs(user);
      await page.goto(`${base}/queues`);
      for (const queue of queues) {
        const shown = await headers(queue);
        expect(shown).toContain('Statut');
        expect(shown).not.toContain('Région');
      }
    }
    // Personnels: a foundation agent finds their region's staff only; the national administration, every region's.
    for (const [user, shown] of [
      ['foundation-agent-fes', false],
      ['national-admin', true],
    ] as const) {
      await signInAs(user);
      await page.goto(`${base}/officers`);
      await page.locator('[data-testid="officer-results"] tbody tr').first().waitFor();
      const columns = await page.locator('[data-testid="officer-results"] thead th').allInnerTexts();
      expect(columns).toContain('Grade');
      expect({ user, region: columns.includes('Région') }).toEqual({ user, region: shown });
    }
    await signInAs('medical-advisor');
    await page.goto(`${base}/queues`);
    expect(await headers('queue-AWAITING_REVIEW')).toContain('Région');
    await signInAs('national-admin');
    await page.goto(`${base}/queues`);
    expect(await headers('application-queue-ALL')).toContain('Région');
  });

  it('points the next page arrow the way each language reads: to the right in French, to the left in Arabic', async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('queue-AWAITING_CHECK');
    for (const [lang, forward, backward] of [
      ['fr', '→', '←'],
      ['ar', '←', '→'],
    ] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      await queue.getByTestId('queue-more').waitFor();
      const more = await queue.getByTestId('queue-more').innerText();
      expect([more.includes(forward), more.includes(backward)]).toEqual([true, false]);
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it('writes a period of care as each language writes one: a day of care once, several days as one range, in French and in Arabic', async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('queue-AWAITING_CHECK');
    type Care = { id: string; careStartDate: string; careEndDate: string };
    const claimsOf = async (careType: string | null): Promise<Care[]> => {
      const answer = await platform.query<{ claimQueue: { edges: { node: Care }[] } }>(
        await token(),
        operation('ClaimQueue'),
        { stage: 'AWAITING_CHECK', careType, first: 20 },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.claimQueue.edges.map((edge) => edge.node);
    };
    // The numbers a period shows, in order: a day of care is its day and year; a range gives each
    // year once, after the days it ends.
    const numbersOf = ({ careStartDate, careEndDate }: Care): number[] => {
      const [startYear, , startDay] = careStartDate.split('-').map(Number);
      const [endYear, , endDay] = careEndDate.split('-').map(Number);
      if (careStartDate === careEndDate) return [startDay, startYear];
      if (startYear === endYear) return [startDay, endDay, endYear];
      return [startDay, startYear, endDay, endYear];
    };
    const consultations = await claimsOf(null);
    const physiotherapy = await claimsOf('PHYSIOTHERAPY');
    // Consultations last a day; physiotherapy lasts weeks: the two pages hold both kinds.
    expect(consultations.some((claim) => claim.careStartDate === claim.careEndDate)).toBe(true);
    expect(physiotherapy.length).toBeGreaterThan(0);
    expect(physiotherapy.every((claim) => claim.careStartDate < claim.careEndDate)).toBe(true);
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      for (const [careType, claims] of [
        ['', consultations],
        ['PHYSIOTHERAPY', physiotherapy],
      ] as const) {
        await queue.getByTestId('claim-care-type-filter').selectOption(careType);
        await queue.locator(`[data-testid="queue-claim"][data-id="${claims[0].id}"]`).waitFor();
        for (const claim of claims) {
          const text = await queue
            .locator(`[data-testid="queue-claim"][data-id="${claim.id}"] [data-testid="claim-care-dates"]`)
            .innerText();
          expect({ id: claim.id, numbers: (text.match(/\d+/g) ?? []).map(Number) }).toEqual({
            id: claim.id,
            numbers: numbersOf(claim),
          });
          // A range is joined by a dash, which reads the same way in both directions; never an arrow.
          expect(text.includes('–')).toBe(claim.careStartDate !== claim.careEndDate);
          expect(text).not.toMatch(/[→←]/);
        }
      }
      await queue.getByTestId('claim-care-type-filter').selectOption('');
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it("keeps each claim's reference on one line in the medical advisor's queue, in French and in Arabic", async () => {
    await signInAs('medical-advisor');
    await page.getByTestId('claim-open').first().waitFor();
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      // The lines each reference's text takes on the page: a reference broken at a hyphen takes two.
      const lines = await page.evaluate<number[]>(
        `[...document.querySelectorAll('[data-testid="claim-open"]')].map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        })`,
      );
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((count) => count !== 1)).toEqual([]);
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it('fits each claim queue in its section on a 1280-pixel screen, in French and in Arabic: no column spills out', async () => {
    for (const [user, queue] of [
      ['medical-advisor', 'queue-AWAITING_REVIEW'],
      ['mutual-agent-fes', 'queue-AWAITING_CHECK'],
    ] as const) {
      await signInAs(user);
      await page.goto(`${base}/queues`);
      for (const lang of ['fr', 'ar'] as const) {
        await page.getByTestId('language').selectOption(lang);
        await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
        await page.getByTestId(queue).getByTestId('queue-claim').first().waitFor();
        await settled(page);
        // How far the farthest cell reaches past its section's edge, on either side, in pixels.
        const spill = await page.evaluate<number>(
          `(() => {
            const section = document.querySelector('[data-testid="${queue}"]').getBoundingClientRect();
            const cells = [...document.querySelectorAll('[data-testid="${queue}"] :is(table, th, td)')];
            return Math.round(Math.max(...cells.map((cell) => {
              const box = cell.getBoundingClientRect();
              return Math.max(box.right - section.right, section.left - box.left);
            })));
          })()`,
        );
        expect({ user, lang, spill: Math.max(0, spill) }).toEqual({ user, lang, spill: 0 });
      }
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it("keeps the medical advisor's queue inside its section on a 1000-pixel screen, the table scrolling within it", async () => {
    await signInAs('medical-advisor');
    const queue = 'queue-AWAITING_REVIEW';
    await page.getByTestId(queue).getByTestId('queue-claim').first().waitFor();
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1000, height: 900 });
    const widths = await page.evaluate<{ table: number; section: number; sectionContent: number }>(
      `(() => {
        const section = document.querySelector('[data-testid="${queue}"]');
        return {
          table: section.querySelector('table').getBoundingClientRect().width,
          section: section.clientWidth,
          sectionContent: section.scrollWidth,
        };
      })()`,
    );
    if (size) await page.setViewportSize(size);
    // The table is wider than the section, yet the section holds it: the scrolling is the table's own.
    expect(widths.table).toBeGreaterThan(widths.section);
    expect(widths.sectionContent).toBe(widths.section);
  });

  it("says whom each claim of the mutual agent's queue is for, by name as the API gives it, in French and in Arabic, and opens the officer's file from the name", async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('queue-AWAITING_CHECK');
    await queue.getByTestId('queue-claim').first().waitFor();
    interface Named {
      fullName: string;
      fullNameAr: string | null;
    }
    type Officer = Named & { __typename: 'Officer'; matricule: string };
    const answer = await platform.query<{
      claimQueue: {
        edges: {
          node: {
            id: string;
            beneficiary: Officer | (Named & { __typename: 'Dependent'; relation: string; officer: Officer });
          };
        }[];
      };
    }>(await token(), operation('ClaimQueue'), { stage: 'AWAITING_CHECK', first: 20 });
    expect(answer.errors).toBeUndefined();
    const claims = answer.data!.claimQueue.edges.map((edge) => edge.node);
    const kinds = new Set(claims.map((claim) => claim.beneficiary.__typename));
    // The first page holds claims of officers and of dependents, each named.
    expect(kinds).toEqual(new Set(['Officer', 'Dependent']));
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      const named = (person: Named) => (lang === 'ar' && person.fullNameAr ? person.fullNameAr : person.fullName);
      for (const { id, beneficiary } of claims) {
        const cell = queue.locator(`[data-testid="queue-claim"][data-id="${id}"] [data-testid="claim-beneficiary"]`);
        const text = await cell.innerText();
        const officer = beneficiary.__typename === 'Officer' ? beneficiary : beneficiary.officer;
        expect(text).toContain(named(beneficiary));
        expect(await cell.getByTestId('claim-officer').innerText()).toBe(named(officer));
        expect(await cell.getByTestId('claim-officer').getAttribute('href')).toBe(
          `/officers/${encodeURIComponent(officer.matricule)}`,
        );
        expect(rawEnumValuesIn(text, enumValues())).toEqual([]);
        // An officer's own claim says so in words, with the matricule.
        if (beneficiary.__typename === 'Officer')
          expect(text.split('\n').filter((line) => line.trim())).toEqual([
            named(officer),
            lang === 'fr'
              ? `Fonctionnaire · Matricule : ${officer.matricule}`
              : `الموظف · رقم التأجير: ${officer.matricule}`,
          ]);
        // An officer's name in the size of the row's other words, not the larger size of a link on its own.
        if (beneficiary.__typename === 'Officer') {
          const sizeOf = async (selector: string) =>
            String(
              await page.evaluate(
                `getComputedStyle(document.querySelector('[data-testid="queue-claim"][data-id="${id}"] ${selector}')).fontSize`,
              ),
            );
          const cellSize = await sizeOf('[data-testid="claim-beneficiary"]');
          expect(cellSize).toMatch(/^\d+(\.\d+)?px$/);
          expect(await sizeOf('[data-testid="claim-officer"]')).toBe(cellSize);
        }
      }
      expect(await accessibilityProblems(page, `claim queue names ${lang}`)).toEqual([]);
    }
    await page.getByTestId('language').selectOption('fr');
    // The name opens the officer's file, where the family's claims list this one.
    const [first] = claims;
    await queue.locator(`[data-testid="queue-claim"][data-id="${first.id}"]`).getByTestId('claim-officer').click();
    const firstOfficer = first.beneficiary.__typename === 'Officer' ? first.beneficiary : first.beneficiary.officer;
    await page.waitForURL((url) => url.pathname === `/officers/${encodeURIComponent(firstOfficer.matricule)}`);
    await page.locator(`[data-testid="officer-claim"][data-id="${first.id}"]`).waitFor();
  });

  it("names each claim's region in the medical advisor's review queue in the page's language, not by its code", async () => {
    await signInAs('medical-advisor');
    await page.getByTestId('queue-claim').first().waitFor();
    const answer = await platform.query<{ regions: { code: string; nameFr: string; nameAr: string }[] }>(
      await token(),
      operation('RegionList'),
      {},
    );
    const regions = new Map(answer.data!.regions.map((r) => [r.code, r]));
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      // The names come with the page's list of regions, just after the claims.
      await page.waitForFunction(
        `[...document.querySelectorAll('[data-testid="claim-region"]')].every((td) => td.textContent !== td.dataset.code)`,
      );
      const shown = await page
        .getByTestId('claim-region')
        .evaluateAll((cells: { getAttribute(name: string): string | null; textContent: string | null }[]) =>
          cells.map((td) => [td.getAttribute('data-code') ?? '', td.textContent ?? ''] as const),
        );
      // The advisor reviews every region's claims: the first page already holds several.
      expect(new Set(shown.map(([code]) => code)).size).toBeGreaterThan(1);
      for (const [code, text] of shown) {
        const region = regions.get(code)!;
        expect(text).toBe(lang === 'fr' ? region.nameFr : region.nameAr);
      }
    }
    await page.getByTestId('language').selectOption('fr');
  });

  it("marks the claims of the medical advisor's review queue that wait past the service target, as the database counts them", async () => {
    await signInAs('medical-advisor');
    await page.getByTestId('queue-claim').first().waitFor();
    // The database's own count: waiting for a decision, submitted more than 15 days ago (CLAIM_TARGET_DAYS).
    const { marked, late } = await overdueMarks(page.getByTestId('queue-claim'), 'claim-overdue', {
      url: platform.mutual.db.superuserUrl,
      table: 'claim',
      waiting: ['ENTERED', 'CHECKED', 'UNDER_REVIEW'],
      days: 15,
    });
    expect(late.length).toBeGreaterThan(0);
    expect(marked).toEqual(late);
    const [firstLate] = late;
    expect(await page.getByTestId('claim-overdue').first().innerText()).toBe(
      `Délai dépassé · ${firstLate[1]} jours d’attente`,
    );
    await page.getByTestId('language').selectOption('ar');
    await page
      .getByTestId('claim-overdue')
      .filter({ hasText: `تجاوز الأجل · ${arabicDays(firstLate[1])} من الانتظار` })
      .first()
      .waitFor();
    expect(await accessibilityProblems(page, 'overdue claims ar')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it("opens a claim of the medical advisor's review queue: its provider, diagnoses and lines with their acts in words, and documents, as the API gives them, in French and in Arabic, the reading logged", async () => {
    await signInAs('medical-advisor');
    const row = page.getByTestId('queue-claim').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-id'))!;
    interface Detail {
      provider: { nameFr: string; nameAr: string; cityFr: string; cityAr: string } | null;
      diagnosisCodes: string[];
      lines: { actCode: string; quantity: number }[];
      documents: { fileName: string }[];
    }
    const reads = () => claimReads(platform.mutual.db.superuserUrl, id);
    // The API's answer to the advisor's own token, and how many reads it logs, once what the queue reads is done.
    await settled(page);
    const before = await reads();
    const answer = await platform.query<{ claim: Detail }>(await token(), operation('ClaimDetail'), { id });
    expect(answer.errors).toBeUndefined();
    const logged = (await reads()) - before;
    expect(logged).toBeGreaterThan(0);
    const claim = answer.data!.claim;
    const tariffs = await platform.query<{ actTariffs: { code: string; nameFr: string; nameAr: string }[] }>(
      await token(),
      operation('ActTariffs'),
      {},
    );
    const act = new Map(tariffs.data!.actTariffs.map((a) => [a.code, a]));
    const named = await platform.query<{ diagnoses: { code: string; nameFr: string; nameAr: string }[] }>(
      await token(),
      operation('Diagnoses'),
      {},
    );
    const diagnosis = new Map(named.data!.diagnoses.map((d) => [d.code, d]));
    // The demonstration's diagnoses all have names: the claim's are shown in words.
    expect(claim.diagnosisCodes.filter((code) => !diagnosis.has(code))).toEqual([]);

    const detail = page.locator(`[data-testid="claim-detail"][id="claim-detail-${id}"]`);
    expect(await detail.count()).toBe(0);
    await row.getByTestId('claim-open').click();
    expect(await row.getByTestId('claim-open').getAttribute('aria-expanded')).toBe('true');
    await detail.getByTestId('claim-line').first().waitFor();
    const lines = detail.getByTestId('claim-line');
    expect(await Promise.all((await lines.all()).map((line) => line.getAttribute('data-act')))).toEqual(
      claim.lines.map((line) => line.actCode),
    );
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      const name = (named: { nameFr: string; nameAr: string }) => (lang === 'fr' ? named.nameFr : named.nameAr);
      const provider = claim.provider
        ? `${name(claim.provider)} — ${name({ nameFr: claim.provider.cityFr, nameAr: claim.provider.cityAr })}`
        : '—';
      // Each language's own spacing before the colon: "Prestataire : …", "مقدم الخدمة: …".
      expect(await detail.getByTestId('claim-provider').innerText()).toBe(
        `${lang === 'fr' ? 'Prestataire : ' : 'مقدم الخدمة: '}${provider}`,
      );
      // One diagnosis a line, by its code and its name in the page's language.
      expect(await detail.getByTestId('claim-diagnosis').allInnerTexts()).toEqual(
        claim.diagnosisCodes.map((code) => `${code} — ${name(diagnosis.get(code)!)}`),
      );
      if (claim.diagnosisCodes.length === 0)
        expect(await detail.getByTestId('claim-diagnoses').innerText()).toContain('—');
      const firstCells = await Promise.all((await lines.all()).map((line) => line.locator('td').first().innerText()));
      expect(firstCells).toEqual(claim.lines.map((line) => `${line.actCode} — ${name(act.get(line.actCode)!)}`));
      expect(await accessibilityProblems(page, `opened claim (${lang})`)).toEqual([]);
      await shot(`queue-claim-opened-${lang}`);
      if (claim.documents.length === 0) await detail.getByTestId('claim-document-none').waitFor();
      else
        expect((await detail.getByTestId('claim-document').allInnerTexts()).map((text) => text.split(' ')[0])).toEqual(
          claim.documents.map((document) => document.fileName),
        );
    }
    await page.getByTestId('language').selectOption('fr');
    // Opening the claim is logged as the API's read was, once: the language does not read it again.
    expect((await reads()) - before).toBe(2 * logged);
    await row.getByTestId('claim-open').click();
    expect(await detail.count()).toBe(0);
  });

  it("narrows the medical advisor's review queue to a region and a care type, the regions offered by their names", async () => {
    await signInAs('medical-advisor');
    const queue = page.getByTestId('queue-AWAITING_REVIEW');
    await queue.getByTestId('queue-count').waitFor();
    const list = await platform.query<{ regions: { code: string; nameFr: string }[] }>(
      await token(),
      operation('RegionList'),
      {},
    );
    const byName = [...list.data!.regions].sort((a, b) => a.nameFr.localeCompare(b.nameFr, 'fr'));
    const offered = await optionsOf(queue.getByTestId('claim-region-filter'));
    expect(offered).toEqual([
      ['', 'toutes les régions'],
      ...byName.map((region): [string, string] => [region.code, region.nameFr]),
    ]);

    const narrowed = await platform.query<{
      claimQueue: { totalCount: number; edges: { node: { id: string } }[] };
    }>(await token(), operation('ClaimQueue'), {
      stage: 'AWAITING_REVIEW',
      region: 'FES',
      careType: 'DENTAL',
      first: 20,
    });
    const { totalCount, edges } = narrowed.data!.claimQueue;
    expect(totalCount).toBeGreaterThan(0);
    await queue.getByTestId('claim-region-filter').selectOption('FES');
    await queue.getByTestId('claim-care-type-filter').selectOption('DENTAL');
    await queue.locator(`[data-testid="queue-count"][data-value="${totalCount}"]`).waitFor();
    await settled(page);
    const rows = await queue.getByTestId('queue-claim').all();
    expect(await Promise.all(rows.map((row) => row.getAttribute('data-id')))).toEqual(
      edges.map((edge) => edge.node.id),
    );
  });

  it('shows a decision made in the page after a reload: the claim leaves the review queue, REJECTED', async () => {
    await signInAs('medical-advisor');
    expect(await page.getByTestId('identity-role').getAttribute('data-role')).toBe('MEDICAL_ADVISOR');
    expect(await page.getByTestId('identity-role').textContent()).toBe('Médecin-conseil');
    await page.getByRole('link', { name: /Files de travail/ }).click();
    await page.getByTestId('queue-count').waitFor();
    const before = Number(await value('queue-count'));
    expect(before).toBeGreaterThan(0);

    const first = page.getByTestId('queue-claim').first();
    const id = (await first.getAttribute('data-id'))!;
    const row = page.locator(`[data-testid="queue-claim"][data-id="${id}"]`);
    if ((await row.getAttribute('data-status')) === 'CHECKED') {
      await row.getByTestId('start-review').click();
      await page.locator(`[data-testid="queue-claim"][data-id="${id}"][data-status="UNDER_REVIEW"]`).waitFor();
    }
    await row.getByTestId('rejection-code').selectOption('MEDICAL_ADVICE');
    await row.getByTestId('decision-note').fill('Acte non justifié par le diagnostic');
    await row.getByTestId('reject').click();
    await page.locator(`[data-testid="queue-done"] li[data-id="${id}"][data-status="REJECTED"]`).waitFor();
    expect(await row.count()).toBe(0);

    await page.reload();
    await page.getByTestId('queue-count').waitFor();
    await page.locator(`[data-testid="queue-done"] li[data-id="${id}"]`).waitFor();
    expect(await page.locator(`[data-testid="queue-done"] li[data-id="${id}"]`).getAttribute('data-status')).toBe(
      'REJECTED',
    );
    expect(await page.locator(`[data-testid="queue-done"] li[data-id="${id}"]`).textContent()).toContain('Rejeté');
    expect(await page.locator(`[data-testid="queue-claim"][data-id="${id}"]`).count()).toBe(0);
    expect(Number(await value('queue-count'))).toBe(before - 1);
    await shot('queue');

    const advisor = await platform.tokenFor({ sub: 'test-advisor', role: 'MEDICAL_ADVISOR', region: null });
    const answer = await platform.query<{ claim: { status: string; rejectionCode: string | null } | null }>(
      advisor,
      operation('ClaimStatus'),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.claim).toMatchObject({ status: 'REJECTED', rejectionCode: 'MEDICAL_ADVICE' });
    const noted = await platform.query<{ claim: { decisionNote: string | null } }>(
      advisor,
      'query ($id: ID!) { claim(id: $id) { decisionNote } }',
      { id },
    );
    expect(noted.data?.claim.decisionNote).toBe('Acte non justifié par le diagnostic');
  });

  it("says the medical advisor's step above their review queue, and what an approved claim will be reimbursed, as the API computed it, in French and in Arabic, still said after a reload", async () => {
    await signInAs('medical-advisor');
    const queue = page.getByTestId('queue-AWAITING_REVIEW');
    expect(await queue.getByTestId('claim-queue-intro').innerText()).toBe(
      'Commencez l’examen d’un dossier (sa référence ouvre les soins, les diagnostics et les pièces), puis approuvez-le ou rejetez-le avec un motif. Le remboursement se calcule sur le tarif, le taux du régime et ce qui reste du plafond annuel ; une hospitalisation demande un accord préalable accordé.',
    );
    // A consultation: no prior authorisation to wait on.
    await queue.getByTestId('claim-care-type-filter').selectOption('CONSULTATION');
    const first = queue.locator('[data-testid="queue-claim"][data-care-type="CONSULTATION"]').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-id'))!;
    const row = queue.locator(`[data-testid="queue-claim"][data-id="${id}"]`);
    if ((await row.getAttribute('data-status')) === 'CHECKED') {
      await row.getByTestId('start-review').click();
      await queue.locator(`[data-testid="queue-claim"][data-id="${id}"][data-status="UNDER_REVIEW"]`).waitFor();
    }
    await row.getByTestId('approve').click();
    const item = queue.locator(`[data-testid="queue-done"] li[data-id="${id}"]`);
    await item.getByTestId('claim-next').waitFor();
    const answer = await platform.query<{ claim: { status: string; amountApproved: string } }>(
      await token(),
      operation('ClaimStatus'),
      { id },
    );
    expect(['APPROVED', 'PARTIALLY_APPROVED']).toContain(answer.data!.claim.status);
    const reimbursed = answer.data!.claim.amountApproved;
    // "Prochaine étape : le remboursement de 1.234,50 MAD": the amount the API approved, as French writes it.
    const said = async () => (await item.getByTestId('claim-next').innerText()).replace(/\s/g, ' ');
    const amountIn = (text: string) => /([\d.]+,\d{2}) MAD$/.exec(text)?.[1]?.replace(/\./g, '').replace(',', '.');
    expect(await said()).toMatch(/^Prochaine étape : le remboursement de [\d.]+,\d{2} MAD$/);
    expect(amountIn(await said())).toBe(reimbursed);
    await page.reload();
    await item.getByTestId('claim-next').waitFor();
    expect(amountIn(await said())).toBe(reimbursed);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    expect(await queue.getByTestId('claim-queue-intro').innerText()).toMatch(/^ابدأ دراسة الملف/);
    expect(await said()).toMatch(/^الخطوة التالية: تعويض قدره /);
    expect(await accessibilityProblems(page, "the advisor's queue after an approval, in Arabic")).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it('tells the medical advisor, beside each claim to decide, what approving it would reimburse as the API computes it, and approving records that amount, in French and in Arabic', async () => {
    await signInAs('medical-advisor');
    const queue = page.getByTestId('queue-AWAITING_REVIEW');
    // Consultations: no prior authorisation to wait on.
    await queue.getByTestId('claim-care-type-filter').selectOption('CONSULTATION');
    await queue.locator('[data-testid="queue-claim"][data-care-type="CONSULTATION"]').first().waitFor();
    await settled(page);
    const rows = await queue.getByTestId('queue-claim').all();
    expect(rows.length).toBeGreaterThan(1);
    type Estimate = { outcome: string; amount: string; rate: number };
    const estimateOf = async (id: string): Promise<Estimate> => {
      const answer = await platform.query<{ claim: { estimate: Estimate } }>(
        await token(),
        'query ($id: ID!) { claim(id: $id) { estimate { outcome amount rate } } }',
        { id },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.claim.estimate;
    };
    const approvable: { row: Locator; id: string; api: Estimate }[] = [];
    for (const row of rows.slice(0, 5)) {
      const shown = row.getByTestId('claim-estimate');
      const id = (await row.getAttribute('data-id'))!;
      const api = await estimateOf(id);
      expect([await shown.getAttribute('data-outcome'), await shown.getAttribute('data-amount')]).toEqual([
        api.outcome,
        api.amount,
      ]);
      if (api.outcome === 'APPROVED') approvable.push({ row, id, api });
    }
    expect(approvable.length).toBeGreaterThan(0);
    const { row, id, api } = approvable[0];
    const shown = row.getByTestId('claim-estimate');
    const words = (await shown.innerText()).replace(/\s/g, ' ');
    expect(words).toMatch(/^Si vous approuvez : [\d.]+,\d{2} MAD remboursés \(\d+ % du tarif\)\.$/);
    expect(words.replace(/\D/g, '')).toBe(api.amount.replace(/\D/g, '') + String(Math.round(api.rate * 100)));
    if ((await row.getAttribute('data-status')) === 'CHECKED') {
      await row.getByTestId('start-review').click();
      await queue.locator(`[data-testid="queue-claim"][data-id="${id}"][data-status="UNDER_REVIEW"]`).waitFor();
    }
    // The approve button is described by what it would reimburse.
    expect((await row.getByTestId('approve').getAttribute('aria-describedby'))?.split(' ')).toContain(
      await shown.getAttribute('id'),
    );
    await row.getByTestId('approve').click();
    await queue.locator(`[data-testid="queue-done"] li[data-id="${id}"]`).getByTestId('claim-next').waitFor();
    const decided = await platform.query<{ claim: { status: string; amountApproved: string } }>(
      await token(),
      operation('ClaimStatus'),
      { id },
    );
    expect(decided.data!.claim).toMatchObject({ status: 'APPROVED', amountApproved: api.amount });

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    expect(await queue.getByTestId('claim-estimate').first().innerText()).toMatch(/^إذا وافقتم: /);
    expect(
      await accessibilityProblems(page, "what approving would reimburse, in the advisor's queue, in Arabic"),
    ).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it("says again what approving a person's other claim would reimburse once one of theirs is approved, as the API then computes it", async () => {
    const mutual = platform.mutual.db.superuserUrl;
    // A Rabat officer (the Fès history is another test's) of the Formule Essentielle (consultations: 80% of the tariff, 6.000,00 MAD a year) with no
    // consultation this year: two consultations, the first taking most of the ceiling.
    const [person] = await sql<{ person_id: string }>(
      mutual,
      `SELECT b.person_id FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id JOIN plan p ON p.id = c.plan_id
        WHERE b.kind = 'OFFICER' AND b.region_code = 'RABAT' AND p.code = 'ESSENTIEL'
          AND c.start_date <= current_date AND (c.end_date IS NULL OR c.end_date >= current_date)
          AND NOT EXISTS (SELECT 1 FROM claim k WHERE k.beneficiary_id = b.person_id AND k.care_type = 'CONSULTATION'
                           AND k.care_start_date >= date_trunc('year', current_date))
        ORDER BY b.person_id DESC LIMIT 1`,
    );
    const [provider] = await sql<{ id: string }>(
      mutual,
      "SELECT id FROM provider WHERE region_code = 'RABAT' AND 'CONSULTATION' = ANY (care_types) ORDER BY name LIMIT 1",
    );
    const agent = await platform.tokenFor({ sub: 'e2e-agent-rabat-estimates', role: 'MUTUAL_AGENT', region: 'RABAT' });
    const enter = async (quantity: number, daysAgo: number): Promise<string> => {
      const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
      const entered = await platform.query<{ submitClaim: { id: string; status: string } }>(
        agent,
        operation('SubmitClaim'),
        {
          input: {
            beneficiaryId: person.person_id,
            providerId: provider.id,
            careType: 'CONSULTATION',
            careStartDate: day,
            careEndDate: day,
            diagnosisCodes: ['J06.9'],
            lines: [{ actCode: 'CS', quantity, unitPrice: '150.00' }],
            idempotencyKey: `estimates-${person.person_id}-${daysAgo}`,
          },
        },
      );
      expect(entered.errors).toBeUndefined();
      expect(entered.data!.submitClaim.status).toBe('CHECKED');
      return entered.data!.submitClaim.id;
    };
    const first = await enter(48, 6);
    const second = await enter(3, 5);

    await signInAs('medical-advisor');
    const queue = page.getByTestId('queue-AWAITING_REVIEW');
    await queue.getByTestId('claim-region-filter').selectOption('RABAT');
    await queue.getByTestId('claim-care-type-filter').selectOption('CONSULTATION');
    const row = (id: string) => queue.locator(`[data-testid="queue-claim"][data-id="${id}"]`);
    await settled(page);
    // The newest consultations of the region: on the queue's last page.
    for (let more = 0; (await row(first).count()) === 0 || (await row(second).count()) === 0; more++) {
      expect(more).toBeLessThan(100);
      await queue.getByTestId('queue-more').click();
      await settled(page);
    }
    const estimate = row(second).getByTestId('claim-estimate');
    expect([await estimate.getAttribute('data-outcome'), await estimate.getAttribute('data-amount')]).toEqual([
      'APPROVED',
      '360.00',
    ]);
    await row(first).getByTestId('start-review').click();
    await queue.locator(`[data-testid="queue-claim"][data-id="${first}"][data-status="UNDER_REVIEW"]`).waitFor();
    await row(first).getByTestId('approve').click();
    await queue.locator(`[data-testid="queue-done"] li[data-id="${first}"]`).waitFor();
    // 5.760,00 MAD approved: the ceiling leaves 240,00 MAD of the second's 360,00.
    await queue
      .locator(`[data-testid="queue-claim"][data-id="${second}"] [data-outcome="PARTIALLY_APPROVED"]`)
      .waitFor();
    const api = await platform.query<{ claim: { estimate: { amount: string; ceilingLeft: string } } }>(
      await token(),
      operation('ClaimEstimate'),
      { id: second },
    );
    expect(api.data!.claim.estimate).toMatchObject({ amount: '240.00', ceilingLeft: '240.00' });
    expect(await estimate.getAttribute('data-amount')).toBe('240.00');
    expect((await estimate.innerText()).replace(/\s/g, ' ')).toMatch(
      /^Si vous approuvez : 240,00 MAD remboursés sur 360,00 MAD ; le plafond annuel de 6\.000,00 MAD n’en laisse que 240,00 MAD \(approbation partielle\)\.$/,
    );
  });

  it('says in words that a stale version is someone else changing the claim', async () => {
    await signInAs('medical-advisor');
    await page.getByTestId('queue-AWAITING_REVIEW').getByTestId('queue-count').waitFor();
    const advisor = await platform.tokenFor({ sub: 'test-advisor', role: 'MEDICAL_ADVISOR', region: null });
    const row = page.getByTestId('queue-claim').first();
    const id = (await row.getAttribute('data-id'))!;
    const version = Number(await row.getAttribute('data-version'));
    const status = await row.getAttribute('data-status');
    // someone else moves the claim on behind the page's back
    const changed =
      status === 'CHECKED'
        ? await platform.query(advisor, operation('ReviewClaim'), { id, version })
        : await platform.query(advisor, operation('DecideClaim'), {
            id,
            version,
            decision: 'REJECT',
            rejectionCode: 'MEDICAL_ADVICE',
            note: null,
          });
    expect(changed.errors).toBeUndefined();
    await row.getByTestId(status === 'CHECKED' ? 'start-review' : 'reject').click();
    const error = page.locator(`[data-testid="queue-claim"][data-id="${id}"] [data-testid="claim-action-error"]`);
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('CONFLICT');
    expect(await error.textContent()).toContain('Quelqu’un d’autre a modifié ce dossier');
  });

  it("says where each hospitalisation of the advisor's review queue stands with its prior authorisation, as the database has it, and offers no approval the API would refuse, in French and in Arabic", async () => {
    await signInAs('medical-advisor');
    const queue = page.getByTestId('queue-AWAITING_REVIEW');
    await queue.getByTestId('queue-count').waitFor();
    // FES's hospitalisations under review, each with the authorisation decideClaim would look for (30 days before care to its end).
    const stored = await sql<{ id: string; version: number; status: string | null; planned: string | null }>(
      platform.mutual.db.superuserUrl,
      `SELECT c.id, c.version, covering.status, to_char(covering.planned_date, 'YYYY-MM-DD') AS planned
         FROM claim c
         LEFT JOIN LATERAL (
               SELECT p.status, p.planned_date FROM prior_authorisation p
                WHERE p.beneficiary_id = c.beneficiary_id AND p.planned_date BETWEEN c.care_start_date - 30 AND c.care_end_date
                ORDER BY p.status = 'GRANTED' DESC, p.status = 'REQUESTED' DESC, p.planned_date DESC, p.id LIMIT 1) covering ON true
        WHERE c.handling_region_code = 'FES' AND c.care_type = 'HOSPITALISATION' AND c.status = 'UNDER_REVIEW'
        ORDER BY c.submitted_at`,
    );
    // The seed leaves some granted, some requested and awaiting the advisor, some with none.
    expect(stored.map((row) => row.status)).toEqual(expect.arrayContaining(['GRANTED', 'REQUESTED']));
    await queue.getByTestId('claim-region-filter').selectOption('FES');
    await queue.getByTestId('claim-care-type-filter').selectOption('HOSPITALISATION');
    const day = new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    const spoken = (date: string) => day.format(new Date(`${date}T12:00:00Z`));
    const words: Record<string, (planned: string) => string> = {
      GRANTED: (planned) => `Accord préalable accordé pour le ${spoken(planned)}`,
      REQUESTED: (planned) =>
        `Accord préalable demandé pour le ${spoken(planned)}, pas encore décidé : approbation impossible avant. Le décider dans Accords préalables`,
      REFUSED: (planned) => `Accord préalable du ${spoken(planned)} refusé : approbation impossible.`,
      NONE: () => 'Aucun accord préalable pour ces dates : approbation impossible.',
    };
    for (const claim of stored) {
      const row = queue.locator(`[data-testid="queue-claim"][data-id="${claim.id}"]`);
      await row.waitFor();
      const said = row.getByTestId('claim-authorisation');
      const status = claim.status ?? 'NONE';
      expect(await said.getAttribute('data-status')).toBe(status);
      expect(await said.innerText()).toBe(words[status](claim.planned ?? ''));
      const approve = row.getByTestId('approve');
      if (status === 'GRANTED') {
        expect(await approve.isEnabled()).toBe(true);
        expect(await row.getByTestId('rejection-code').inputValue()).toBe('MEDICAL_ADVICE');
      } else {
        expect(await approve.isDisabled()).toBe(true);
        // Described by why it cannot approve (and by what approval would reimburse, once it could).
        expect((await approve.getAttribute('aria-describedby'))?.split(' ')).toContain(await said.getAttribute('id'));
        expect(await row.getByTestId('rejection-code').inputValue()).toBe('PRIOR_AUTHORISATION_MISSING');
      }
    }

    const requested = stored.find((row) => row.status === 'REQUESTED')!;
    const row = queue.locator(`[data-testid="queue-claim"][data-id="${requested.id}"]`);
    const said = row.getByTestId('claim-authorisation');
    expect(await said.getByTestId('claim-authorisation-link').getAttribute('href')).toBe('/prior-authorisations');
    expect(await accessibilityProblems(page, 'hospitalisation authorisations fr')).toEqual([]);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    expect(await said.innerText()).toContain('موافقة مسبقة مطلوبة ليوم');
    expect(await said.innerText()).toContain('البت فيها في الموافقات المسبقة');
    expect(await accessibilityProblems(page, 'hospitalisation authorisations ar')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');

    // Rejected for the missing authorisation, the reason already chosen.
    await row.getByTestId('reject').click();
    await queue.locator(`[data-testid="queue-done"] li[data-id="${requested.id}"][data-status="REJECTED"]`).waitFor();
    const [rejected] = await sql<{ status: string; rejection_code: string }>(
      platform.mutual.db.superuserUrl,
      'SELECT status, rejection_code FROM claim WHERE id = $1',
      [requested.id],
    );
    expect(rejected).toEqual({ status: 'REJECTED', rejection_code: 'PRIOR_AUTHORISATION_MISSING' });
  });

  it("shows in an officer's file why each claim was rejected and when each was paid, in words, as the API gives them", async () => {
    await signInAs('medical-advisor');
    // An officer of Fès with a claim of their own rejected and another paid.
    const [found] = await sql<{ matricule: string }>(
      platform.mutual.db.superuserUrl,
      `SELECT b.officer_matricule AS matricule FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
        WHERE b.kind = 'OFFICER' AND b.region_code = 'FES' GROUP BY b.officer_matricule
       HAVING bool_or(c.status = 'REJECTED') AND bool_or(c.status = 'PAID') ORDER BY 1 LIMIT 1`,
    );
    expect(found).toBeDefined();
    const answer = await platform.query<{
      officer: { claims: { id: string; rejectionCode: string | null; paidAt: string | null }[] };
    }>(await token(), operation('OfficerFile'), { matricule: found.matricule, withApplications: false });
    expect(answer.errors).toBeUndefined();
    const { claims } = answer.data!.officer;
    await page.goto(`${base}/officers/${encodeURIComponent(found.matricule)}`);
    await page.getByTestId('claims').waitFor();
    const words: Record<string, string[]> = {};
    for (const lang of ['fr', 'ar'] as const) {
      await page.getByTestId('language').selectOption(lang);
      await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
      await settled(page);
      words[lang] = [];
      for (const claim of claims) {
        const row = page.locator(`[data-testid="officer-claim"][data-id="${claim.id}"]`);
        const rejection = row.getByTestId('claim-rejection');
        if (claim.rejectionCode === null) expect(await rejection.count()).toBe(0);
        else {
          expect(await rejection.getAttribute('data-code')).toBe(claim.rejectionCode);
          const text = await rejection.innerText();
          expect(rawEnumValuesIn(text, enumValues())).toEqual([]);
          words[lang].push(text);
        }
        // The last column: the day it was paid, or a dash.
        expect((await row.locator('td').last().innerText()) === '—').toBe(claim.paidAt === null);
      }
    }
    expect(words.fr.length).toBeGreaterThan(0);
    expect(words.fr).not.toEqual(words.ar);
    await page.getByTestId('language').selectOption('fr');
  });

  it("lets the FES mutual agent record a payment, and pages through the payment queue with 'more'", async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    // The agent's payment queue, below the claims left to check again.
    const queue = page.getByTestId('queue-AWAITING_PAYMENT');
    await queue.getByTestId('queue-count').waitFor();
    expect(await queue.getByTestId('claim-queue-intro').innerText()).toBe(
      'Dossiers approuvés par le médecin-conseil, en tout ou en partie : enregistrez le paiement une fois le virement fait. Le montant remboursé est le montant accordé.',
    );
    const total = Number(await queue.getByTestId('queue-count').getAttribute('data-value'));
    expect(total).toBeGreaterThan(0);
    const shown = await queue.getByTestId('queue-claim').count();
    if (total > shown) {
      await queue.getByTestId('queue-more').click();
      await queue.getByTestId('queue-claim').nth(shown).waitFor();
    }
    const row = queue.getByTestId('queue-claim').first();
    const id = (await row.getAttribute('data-id'))!;
    await row.getByTestId('record-payment').click();
    await queue.locator(`[data-testid="queue-done"] li[data-id="${id}"][data-status="PAID"]`).waitFor();
    expect(await queue.locator(`[data-testid="queue-claim"][data-id="${id}"]`).count()).toBe(0);
    await shot('queue-payment');
  });

  it("starts the FES mutual agent's day with what each of their queues holds, each linked to its queue, the count following the work done, in French and in Arabic", async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    const summary = page.getByTestId('queue-summary');
    const items = summary.locator('li[data-queue]');
    await summary.locator('li[data-queue][data-count]:not([data-count=""])').nth(1).waitFor();
    const totals: number[] = [];
    for (const stage of ['AWAITING_CHECK', 'AWAITING_PAYMENT']) {
      const answer = await platform.query<{ claimQueue: { totalCount: number } }>(
        await token(),
        'query ($stage: ClaimQueueStage!) { claimQueue(stage: $stage, first: 1) { totalCount } }',
        { stage },
      );
      totals.push(answer.data!.claimQueue.totalCount);
    }
    // In the page's order, each as the API counts it and as its queue says it further down.
    const attributes = async (name: string) => Promise.all((await items.all()).map((item) => item.getAttribute(name)));
    expect(await attributes('data-queue')).toEqual(['queue-AWAITING_CHECK', 'queue-AWAITING_PAYMENT']);
    expect((await attributes('data-count')).map(Number)).toEqual(totals);
    expect(
      Number(await page.getByTestId('queue-AWAITING_PAYMENT').getByTestId('queue-count').getAttribute('data-value')),
    ).toBe(totals[1]);
    expect((await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      `Dossiers à recontrôler : ${totals[0].toLocaleString('fr-MA', { numberingSystem: 'latn' })}`,
      `Dossiers à payer : ${totals[1].toLocaleString('fr-MA', { numberingSystem: 'latn' })}`,
    ]);

    // The link takes the agent to the queue, the page scrolled to it.
    await summary.getByRole('link', { name: 'Dossiers à payer' }).click();
    await page.waitForURL((url) => url.hash === '#queue-AWAITING_PAYMENT');
    // Scrolled to it: its top at the top of the window.
    const box = await page.getByTestId('queue-AWAITING_PAYMENT').boundingBox();
    expect(Math.abs(box?.y ?? Infinity)).toBeLessThan(50);

    // A claim checked again leaves its queue: the summary says one fewer.
    const check = page.getByTestId('queue-AWAITING_CHECK');
    await check.getByTestId('queue-claim').first().getByTestId('recheck').click();
    await summary.locator(`li[data-queue="queue-AWAITING_CHECK"][data-count="${totals[0] - 1}"]`).waitFor();

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    await summary.getByText('ما ينتظرك').waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['ملفات لإعادة المراقبة', 'ملفات للأداء']);
    expect(await accessibilityProblems(page, "the mutual agent's queues with their summary, in Arabic")).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it('pays the claims the FES mutual agent checks, one after the other, its progress and outcome said, a claim someone else paid first refused in its row; the checkboxes named in both languages', async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    const queue = page.getByTestId('queue-AWAITING_PAYMENT');
    await queue.getByTestId('queue-claim').nth(2).waitFor();
    const rows = (await queue.getByTestId('queue-claim').all()).slice(0, 3);
    const chosen = await Promise.all(
      rows.map(async (row) => ({
        id: (await row.getAttribute('data-id')) ?? '',
        version: Number(await row.getAttribute('data-version')),
        reference: (await row.getAttribute('data-reference')) ?? '',
      })),
    );
    // Someone else pays the third while the page shows it: the run asks at the version it showed.
    const [first, second, third] = chosen as [
      (typeof chosen)[number],
      (typeof chosen)[number],
      (typeof chosen)[number],
    ];
    const elsewhere = await platform.query<{ recordClaimPayment: { status: string } }>(
      await token(),
      operation('RecordClaimPayment'),
      { id: third.id, version: third.version },
    );
    expect(elsewhere.data?.recordClaimPayment.status).toBe('PAID');

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    expect(await queue.getByTestId('claim-select-page').getAttribute('aria-label')).toBe('تحديد كل ملفات هذه الصفحة');
    expect(
      await queue
        .locator(`[data-testid="queue-claim"][data-id="${first.id}"] [data-testid="claim-select"]`)
        .getAttribute('aria-label'),
    ).toBe(`تحديد الملف ${first.reference}`);
    expect(await accessibilityProblems(page, 'payment run ar')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
    await page.waitForFunction('document.documentElement.lang === "fr"');

    expect(await queue.getByTestId('run-checked').isDisabled()).toBe(true);
    for (const claim of chosen)
      await queue.locator(`[data-testid="queue-claim"][data-id="${claim.id}"] [data-testid="claim-select"]`).check();
    expect(await queue.getByTestId('run-checked').innerText()).toBe('Enregistrer le paiement des 3 dossiers cochés');
    await queue.getByTestId('run-checked').click();
    const outcome = queue.locator('[data-testid="run-progress"][data-running="false"]');
    await outcome.waitFor();
    expect(await outcome.innerText()).toBe('2 paiements enregistrés, 1 refusé : voir sa ligne');
    // The two paid leave the queue; the third stays, said refused in its row.
    for (const claim of [first, second])
      expect(await queue.locator(`[data-testid="queue-claim"][data-id="${claim.id}"]`).count()).toBe(0);
    const refused = queue.locator(
      `[data-testid="queue-claim"][data-id="${third.id}"] [data-testid="claim-action-error"]`,
    );
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('CONFLICT');
    expect(await accessibilityProblems(page, 'payment run fr')).toEqual([]);
    // Each paid once, at the version shown, as the database has them.
    const stored = await sql<{ id: string; status: string; payments: number }>(
      platform.mutual.db.superuserUrl,
      `SELECT c.id, c.status,
              (SELECT count(*)::int FROM audit_record a WHERE a.entity_id = c.id::text AND a.action = 'PAY') AS payments
         FROM claim c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
      [chosen.map((claim) => claim.id)],
    );
    expect(stored.map((row) => [row.id, row.status, row.payments])).toEqual(
      [...chosen].sort((a, b) => (a.id < b.id ? -1 : 1)).map((claim) => [claim.id, 'PAID', 1]),
    );
  });

  it("opens the FES mutual agent's history page, from their menu, on their region's latest Mutual changes alone, as the API gives them, the payments just recorded among them, each opening its claim's history; the search offers the Mutual's records alone, in French and in Arabic", async () => {
    type Change = { entity: string; entityId: string; action: string; claim: { reference: string } | null };
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    await page.locator('header nav a', { hasText: 'Historique d’un dossier' }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    const feed = page.getByTestId('recent-mutual');
    await feed.getByTestId('recent-change').first().waitFor();
    const answer = await platform.query<{ recentMutualChanges: { edges: Array<{ node: Change }> } }>(
      await token(),
      operation('RecentMutualChanges'),
      { region: null, first: 20 },
    );
    expect(answer.errors).toBeUndefined();
    const changes = answer.data!.recentMutualChanges.edges.map((edge) => edge.node);
    // The payments the agent recorded in the tests before are among the region's latest changes.
    const paid = changes.findIndex((change) => change.entity === 'claim' && change.action === 'PAY');
    expect(paid).toBeGreaterThanOrEqual(0);
    const rows = await feed.getByTestId('recent-change').all();
    expect(
      await Promise.all(
        rows.map(async (row) => `${await row.getAttribute('data-entity')} ${await row.getAttribute('data-action')}`),
      ),
    ).toEqual(changes.map((change) => `${change.entity} ${change.action}`));
    const payment = rows[paid];
    expect(await payment.getByTestId('audit-subject').innerText()).toContain(changes[paid].claim!.reference);
    expect(await payment.getByTestId('audit-action').innerText()).toBe('Paiement');
    // The Foundation's records are not the agent's to read: no section of them, nothing refused on the page.
    expect(await page.getByTestId('recent-foundation').count()).toBe(0);
    expect(await page.getByTestId('recent-mutual-error').count()).toBe(0);
    expect((await optionsOf(page.getByTestId('audit-entity'))).map(([value]) => value)).toEqual([
      'claim',
      'prior_authorisation',
    ]);
    expect(await page.getByLabel('Référence (RB-…) ou numéro').count()).toBe(1);
    await page.getByTestId('language').selectOption('ar');
    await page.getByText('النشاط الأخير').waitFor();
    expect(await accessibilityProblems(page, "the mutual agent's latest changes in Arabic")).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
    await payment.getByTestId('history-link').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/audit' &&
        url.searchParams.get('entity') === 'claim' &&
        url.searchParams.get('id') === changes[paid].entityId,
    );
    await page.locator('[data-testid="audit-record"][data-action="PAY"]').waitFor();
  });

  it('runs the checks again on the claims the FES mutual agent checks, in Arabic, each once, its outcome said in words as the database has it', async () => {
    await signInAs('mutual-agent-fes');
    await page.goto(`${base}/queues`);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    const queue = page.getByTestId('queue-AWAITING_CHECK');
    await queue.getByTestId('queue-claim').nth(1).waitFor();
    expect(await queue.getByTestId('claim-queue-intro').innerText()).toMatch(/^سُجلت هذه الملفات قبل المراقبات الآلية/);
    const ids = await Promise.all(
      (await queue.getByTestId('queue-claim').all())
        .slice(0, 2)
        .map(async (row) => (await row.getAttribute('data-id')) ?? ''),
    );
    for (const id of ids)
      await queue.locator(`[data-testid="queue-claim"][data-id="${id}"] [data-testid="claim-select"]`).check();
    expect(await queue.getByTestId('run-checked').innerText()).toBe('إعادة مراقبة الملفين المحددين');
    await queue.getByTestId('run-checked').click();
    const outcome = queue.locator('[data-testid="run-progress"][data-running="false"]');
    await outcome.waitFor();
    expect(await outcome.innerText()).toBe('روقب ملفان');
    for (const id of ids) expect(await queue.locator(`[data-testid="queue-claim"][data-id="${id}"]`).count()).toBe(0);
    const stored = await sql<{ id: string; status: string; rejectionCode: string | null; checks: number }>(
      platform.mutual.db.superuserUrl,
      `SELECT c.id, c.status, c.rejection_code AS "rejectionCode",
              (SELECT count(*)::int FROM audit_record a WHERE a.entity_id = c.id::text AND a.action = 'AUTOMATIC_CHECK') AS checks
         FROM claim c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(stored.map((row) => row.checks)).toEqual([1, 1]);
    // Each said in the list of what this page did, by its status in words, and why it was rejected or where it goes.
    const rejectedFor: Record<string, string> = {
      NOT_COVERED: 'غير مغطى',
      CEILING_REACHED: 'تم بلوغ السقف',
      DUPLICATE: 'ملف مكرر',
      LATE_FILING: 'إيداع خارج الأجل',
      ACT_NOT_IN_TARIFF: 'عمل خارج التعريفة',
    };
    for (const row of stored) {
      const item = queue.locator(`[data-testid="queue-done"] li[data-id="${row.id}"]`);
      expect(await item.getAttribute('data-status')).toBe(row.status);
      expect(rawEnumValuesIn(await item.innerText(), enumValues())).toEqual([]);
      if (row.status === 'CHECKED')
        expect(await item.getByTestId('claim-next').innerText()).toBe('الخطوة التالية: رأي الطبيب المستشار');
      else expect(await item.innerText()).toContain(`مرفوض — ${rejectedFor[row.rejectionCode ?? '']}`);
    }
    expect(['CHECKED', 'REJECTED']).toEqual(expect.arrayContaining(stored.map((row) => row.status)));
    expect(await accessibilityProblems(page, 'check run ar')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');
  });

  it('keeps the page and what was typed when the session ends mid-form: signed in again, the same user finds both and sends; signing out forgets them', async () => {
    await signInAs('foundation-agent-fes');
    await page.goto(`${base}/officers`);
    const form = page.getByTestId('register-officer');
    await form.waitFor();
    const matricule = `S${Date.now().toString().slice(-8)}`;
    const typed: Record<string, string> = {
      matricule,
      firstNameLatin: 'Rachid',
      lastNameLatin: 'Bennani',
      firstNameAr: 'رشيد',
      lastNameAr: 'بناني',
      birthDate: '1988-05-02',
      serviceStartDate: '2012-10-01',
    };
    for (const [field, value] of Object.entries(typed)) await form.getByTestId(`field-${field}`).fill(value);
    // The session ends as the agent sends: the gateway refuses the token the request carries (one it does not trust).
    const ended = [
      { alg: 'EdDSA', typ: 'JWT' },
      { sub: 'x', role: 'FOUNDATION_AGENT', exp: 1 },
    ]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('c2lnbmF0dXJl')
      .join('.');
    await page.route(`${base}/graphql`, (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${ended}` } }),
    );
    await form.getByTestId('register-officer-submit').click();
    await page.waitForURL(/\/signin\?expired=1/);
    await page.unroute(`${base}/graphql`);
    const registered = async () =>
      (
        await platform.query<{ officer: { matricule: string } | null }>(
          await platform.tokenFor({ sub: 'test-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' }),
          'query ($m: ID!) { officer(matricule: $m) { matricule } }',
          { m: matricule },
        )
      ).data?.officer ?? null;
    expect(await registered()).toBeNull();

    // Signed in again as the same user: back on the page, every field as it was typed; sending registers the officer.
    await page.locator('button[data-user="foundation-agent-fes"]').click();
    await page.waitForURL((url) => url.pathname === '/officers');
    await form.waitFor();
    for (const [field, value] of Object.entries(typed))
      expect([field, await form.getByTestId(`field-${field}`).inputValue()]).toEqual([field, value]);
    await form.getByTestId('register-officer-submit').click();
    await form.getByTestId('register-officer-done').waitFor();
    expect(await registered()).toEqual({ matricule });

    // A draft left when signing out is gone for whoever signs in next, the same user included, who starts at home.
    await form.getByTestId('field-firstNameLatin').fill('Brouillon');
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin$/);
    await page.locator('button[data-user="foundation-agent-fes"]').click();
    await page.getByTestId('identity').waitFor();
    await page.waitForURL((url) => url.pathname === '/queues');
    await page.goto(`${base}/officers`);
    await form.waitFor();
    expect(await form.getByTestId('field-firstNameLatin').inputValue()).toBe('');
  });

  it("keeps no health data in a form's draft: a prior authorisation's reason is retyped, its date is kept", async () => {
    await signInAs('mutual-agent-fes');
    const [officer] = await sql<{ matricule: string }>(
      platform.mutual.db.superuserUrl,
      "SELECT officer_matricule AS matricule FROM beneficiary WHERE kind = 'OFFICER' AND region_code = 'FES' ORDER BY 1 LIMIT 1",
    );
    await page.goto(`${base}/health-work?matricule=${encodeURIComponent(officer.matricule)}`);
    const form = page.getByTestId('request-prior-authorisation');
    await form.waitFor();
    const planned = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
    await form.getByTestId('field-plannedDate').fill(planned);
    await form.getByTestId('field-reason').fill('Cholécystectomie en brouillon');
    const stored = String(await page.evaluate('JSON.stringify(sessionStorage)'));
    expect(stored).toContain(planned);
    expect(stored).not.toContain('Cholécystectomie');
  });

  it('says two minutes ahead when the session will end, in French and in Arabic, and once it has, signs in again back to the same page', async () => {
    const agent = { sub: 'dev-foundation-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' } as const;
    // A session with 90 seconds left: the warning is on from the first page.
    await page.goto(`${base}/signin`);
    await page.evaluate(`sessionStorage.setItem("dsp.token", ${JSON.stringify(await platform.tokenFor(agent, 90))})`);
    await page.goto(`${base}/officers`);
    const warning = page.getByTestId('session-ending');
    await warning.waitFor();
    expect(await warning.getAttribute('data-ended')).toBe('false');
    expect(await warning.innerText()).toMatch(/^Votre session se termine à \d{1,2}:\d{2}\./);
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.lang === "ar"');
    expect(await warning.innerText()).toMatch(/^تنتهي جلستك على الساعة \d{1,2}:\d{2}/);
    expect(await accessibilityProblems(page, 'the session end warning in Arabic')).toEqual([]);
    await page.getByTestId('language').selectOption('fr');

    // A session whose token has just expired: the page says so and offers to sign in again, back to the same page.
    await page.evaluate(`sessionStorage.setItem("dsp.token", ${JSON.stringify(await platform.tokenFor(agent, 6))})`);
    await page.goto(`${base}/officers?q=Alaoui`);
    await page.locator('[data-testid="session-ending"][data-ended="true"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('sign-in-again').click();
    await page.waitForURL(/\/signin\?expired=1/);
    await page.locator('button[data-user="foundation-agent-fes"]').click();
    await page.waitForURL((url) => url.pathname === '/officers' && url.searchParams.get('q') === 'Alaoui');
    await page.getByTestId('identity').waitFor();
    // Signed in for the demonstration users' hours: no warning.
    expect(await page.getByTestId('session-ending').count()).toBe(0);
  });

  it('sends a refused token back to sign-in, and sign-out clears the token', async () => {
    // A token the gateway refuses (signed by no one it trusts, not yet expired): 401 UNAUTHENTICATED.
    const forged = [
      { alg: 'EdDSA', typ: 'JWT' },
      { sub: 'x', role: 'NATIONAL_ADMIN', exp: Math.floor(Date.now() / 1000) + 600 },
    ]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('c2lnbmF0dXJl')
      .join('.');
    await page.evaluate(`sessionStorage.setItem("dsp.token", ${JSON.stringify(forged)})`);
    await page.goto(`${base}/national`);
    await page.waitForURL(/\/signin\?expired=1/);
    await page.getByTestId('session-expired').waitFor();
    expect(await token()).toBeNull();

    await page.locator('button[data-user="head-fes"]').click();
    await page.getByTestId('identity').waitFor();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin$/);
    expect(await token()).toBeNull();
  });

  it("keeps the foundation's half when the mutual is down, and says the mutual's is unavailable", async () => {
    await signInAs('head-fes');
    await page.getByTestId('open-applications').waitFor();
    await platform.stopSubgraph('mutual');
    await page.reload();
    await page.getByTestId('mutual-half-error').waitFor();
    expect(await page.getByTestId('mutual-half-error').getAttribute('data-code')).toBe('SUBGRAPH_UNAVAILABLE');
    expect(await page.getByTestId('open-applications').isVisible()).toBe(true);
    await shot('dashboard-mutual-down');
  });

  it("says nothing of anyone's coverage at the counter while the mutual is down: unknown is not none", async () => {
    await signInAs('mutual-agent-fes');
    const found = await platform.query<{ officers: { edges: Array<{ node: { matricule: string } }> } }>(
      await token(),
      'query { officers(region: "FES", first: 1) { edges { node { matricule } } } }',
    );
    const matricule = found.data!.officers.edges[0].node.matricule;
    await page.goto(`${base}/health-work?matricule=${matricule}`);
    await page.getByTestId('beneficiary-error').waitFor();
    const choice = page.getByTestId('submit-claim').getByTestId('field-beneficiaryId');
    await choice.waitFor();
    expect((await optionsOf(choice)).filter(([, label]) => label.includes('sans couverture'))).toEqual([]);
    expect(await page.getByTestId('claim-uncovered').count()).toBe(0);
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

/** A count of days in Arabic, by the plural category the language gives the number (the oracle for the catalogue's words). */
function arabicDays(days: number): string {
  const words: Partial<Record<Intl.LDMLPluralRule, string>> = {
    zero: 'لا يوم',
    one: 'يوم واحد',
    two: 'يومان',
    few: `${days} أيام`,
    many: `${days} يومًا`,
  };
  return words[new Intl.PluralRules('ar').select(days)] ?? `${days} يوم`;
}

/**
 * The rows of a work queue marked overdue, in order, with the days each badge says it has waited, and the rows the
 * database finds waiting past the target (`waiting` statuses, submitted more than `days` days ago) with the whole
 * days since they were submitted: a queue marks exactly the second, and says their days.
 */
async function overdueMarks(
  rows: Locator,
  badge: string,
  database: { url: string; table: 'application' | 'claim'; waiting: readonly string[]; days: number },
): Promise<{ marked: (readonly [string, number])[]; late: (readonly [string, number])[] }> {
  const shown = await rows.evaluateAll(
    (trs: { getAttribute(name: string): string | null; querySelector(s: string): unknown }[], testId: string) =>
      trs.map((tr) => {
        const mark = tr.querySelector(`[data-testid="${testId}"]`) as {
          getAttribute(name: string): string | null;
        } | null;
        return [
          tr.getAttribute('data-id') ?? '',
          mark === null ? null : Number(mark.getAttribute('data-days')),
        ] as const;
      }),
    badge,
  );
  // Late, and for how many whole days it has waited, as the database counts them.
  const late = new Map(
    (
      await sql<{ id: string; days: number }>(
        database.url,
        `SELECT id, floor(extract(epoch FROM now() - submitted_at) / 86400)::int AS days
           FROM ${database.table} WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[])
           AND submitted_at < now() - make_interval(days => $3)`,
        [shown.map(([id]) => id), database.waiting, database.days],
      )
    ).map((row) => [row.id, row.days]),
  );
  return {
    marked: shown.filter(([, days]) => days !== null).map(([id, days]) => [id, days!] as const),
    late: shown.filter(([id]) => late.has(id)).map(([id]) => [id, late.get(id)!] as const),
  };
}
