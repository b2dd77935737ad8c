import { printReport } from '@dsp/tools';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityProblems,
  enumValues,
  useClientSession,
  rawEnumValuesIn,
  settled,
  signInAs,
  pageToken,
  pdfText,
} from '../../browser';
import { operation, type Platform } from '../../platform';

// The supervision view (issue 18) in a real browser over the real platform: the FES head's trends,
// attention list and drill-down in French and in Arabic, the national page's 17 regions, the monthly report's PDF.
jest.setTimeout(300_000);

interface SocialMonth {
  month: string;
  submitted: number;
  decided: number;
  approved: number;
  committed: string;
  disbursed: string;
  budgetConsumption: number | null;
}
interface HealthMonth {
  month: string;
  submitted: number;
  decided: number;
  paid: number;
  reimbursed: string;
  averageProcessingDays: number | null;
  decidedWithinTarget: number | null;
}
interface RegionSupervision {
  region: {
    socialTrend: SocialMonth[];
    healthTrend: HealthMonth[] | null;
    socialAttention: { overdueApplications: number; strainedAllocations: unknown[] };
    healthAttention: { overdueClaims: number; pendingPriorAuthorisations: number } | null;
  } | null;
}

const CHARTS = ['applications', 'amounts', 'budget', 'claims', 'reimbursed', 'processing', 'withinTarget'];

describe('the supervision view', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let base: string;
  const values = enumValues();

  useClientSession((session) => ({ platform, browser, page, base } = session));

  const token = () => pageToken(page);

  async function language(lang: 'fr' | 'ar'): Promise<void> {
    await page.getByTestId('language').selectOption(lang);
    await page.waitForFunction(`document.documentElement.dir === "${lang === 'ar' ? 'rtl' : 'ltr'}"`);
  }

  async function apiFigures(code: string): Promise<NonNullable<RegionSupervision['region']>> {
    const answer = await platform.query<RegionSupervision>(await token(), operation('RegionSupervision'), {
      code,
      withHealth: true,
    });
    expect(answer.errors ?? []).toEqual([]);
    const region = answer.data?.region;
    if (!region) throw new Error('no region in the answer');
    return region;
  }

  it("opens the list behind each of the FES head's attention items, never a page that sends them home", async () => {
    await signInAs(page, base, 'head-fes');
    await page.goto(`${base}/dashboard`);
    await settled(page);
    const items = page.locator('[data-testid="attention"] [data-testid^="attention-"]');
    await items.first().waitFor();
    // The demonstration data has prior authorisations waiting in FES: that item is one of them.
    expect(await page.getByTestId('attention-pendingPriorAuthorisations').count()).toBe(1);
    const links = await Promise.all(
      (await items.locator('a').all()).map(async (link) => (await link.getAttribute('href')) ?? ''),
    );
    expect(links.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const href of links) {
      const response = await page.goto(`${base}${href}`);
      if (!response?.ok() || !response.headers()['content-type']?.startsWith('text/html')) {
        wrong.push(`${href}: ${response?.status()}, not the client`);
        continue;
      }
      await settled(page);
      const url = new URL(page.url());
      if (`${url.pathname}${url.search}` !== href) wrong.push(`${href}: sent to ${url.pathname}${url.search}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`shows the FES head the trends and the attention list of both organisations, in ${lang}, each count the API's`, async () => {
      await signInAs(page, base, 'head-fes');
      await language(lang);
      await page.goto(`${base}/dashboard`);
      await settled(page);
      await page.getByTestId('trends').waitFor();
      for (const chart of CHARTS) {
        const section = page.getByTestId(`trend-${chart}`);
        expect(await section.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
      }
      const api = await apiFigures('FES');
      expect(api.socialTrend).toHaveLength(24);

      // The applications chart's numbers as a table: every month, every count the API's.
      await page.getByTestId('trend-applications-toggle').click();
      const table = page.getByTestId('trend-applications-table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(24);
      for (const m of api.socialTrend) {
        const row = table.locator(`tr[data-month="${m.month}"]`);
        expect(await row.locator('[data-series="submitted"]').getAttribute('data-value')).toBe(String(m.submitted));
        expect(await row.locator('[data-series="decided"]').getAttribute('data-value')).toBe(String(m.decided));
        expect(await row.locator('[data-series="approved"]').getAttribute('data-value')).toBe(String(m.approved));
      }

      const attention = page.getByTestId('attention');
      const overdueClaims = api.healthAttention?.overdueClaims ?? 0;
      const overdueApplications = api.socialAttention.overdueApplications;
      if (overdueClaims > 0)
        expect(await attention.getByTestId('attention-overdueClaims').getAttribute('data-count')).toBe(
          String(overdueClaims),
        );
      else expect(await attention.getByTestId('attention-overdueClaims').count()).toBe(0);
      if (overdueApplications > 0)
        expect(await attention.getByTestId('attention-overdueApplications').getAttribute('data-count')).toBe(
          String(overdueApplications),
        );
      else expect(await attention.getByTestId('attention-overdueApplications').count()).toBe(0);

      const text = await page.locator('main').innerText();
      expect(rawEnumValuesIn(text, values)).toEqual([]);
      expect(text).toContain(lang === 'fr' ? 'Tendances des 24 derniers mois' : 'الاتجاهات خلال الأشهر');
      expect(text).toContain(lang === 'fr' ? 'À traiter' : 'ما يستوجب التدخل');
      // The outline a screen reader follows: what needs attention under its own heading, the charts under the trends'.
      const sections = (await page.locator('main h3').allInnerTexts()).map((heading) => heading.trim());
      const trendsHeading = sections.findIndex((heading) =>
        heading.startsWith(lang === 'fr' ? 'Tendances' : 'الاتجاهات'),
      );
      const attentionHeading = sections.indexOf(lang === 'fr' ? 'À traiter' : 'ما يستوجب التدخل');
      expect(attentionHeading).toBeGreaterThanOrEqual(0);
      expect([attentionHeading < trendsHeading, trendsHeading]).toEqual([true, sections.length - 1]);
      // Western digits in both languages.
      expect(text).not.toMatch(/[\u0660-\u0669]/);
      expect(await accessibilityProblems(page, `dashboard ${lang}`)).toEqual([]);

      // The overdue claims' link opens exactly those claims, the filter said in words, and can be cleared.
      if (overdueClaims === 0) throw new Error('the demonstration data has no overdue claim in FES');
      await attention.getByTestId('attention-overdueClaims').locator('a').click();
      await page.waitForURL((url) => url.pathname === '/supervision/claims');
      expect(new URL(page.url()).searchParams.get('waitingDays')).toBe('15');
      await page.getByTestId('drill-count').waitFor();
      expect(await page.getByTestId('drill-count').getAttribute('data-value')).toBe(String(overdueClaims));
      await settled(page);
      expect(await page.getByTestId('drill-filter').innerText()).toContain(
        lang === 'fr' ? 'en attente de décision depuis plus de 15 jours' : 'في انتظار القرار منذ أكثر من 15 يومًا',
      );
      // The region by its name, not its code.
      await page
        .getByTestId('drill-filter')
        .filter({ hasText: lang === 'fr' ? 'Fès' : 'فاس' })
        .waitFor();
      expect(await page.getByTestId('drill-filter').innerText()).not.toMatch(/\bFES\b/);
      expect(await accessibilityProblems(page, `overdue claims ${lang}`)).toEqual([]);
      await page.getByTestId('clear-waiting').click();
      await page.waitForURL((url) => url.pathname === '/supervision/claims' && !url.searchParams.has('waitingDays'));
      const every = page.locator(`[data-testid="drill-count"]:not([data-value="${overdueClaims}"])`);
      await every.waitFor();
      expect(Number(await every.getAttribute('data-value'))).toBeGreaterThan(overdueClaims);
    });

    it(`drills down, in ${lang}, from a month's decided applications to their list and from a row to the officer's file`, async () => {
      await signInAs(page, base, 'head-fes');
      await language(lang);
      await page.goto(`${base}/dashboard`);
      await settled(page);
      const api = await apiFigures('FES');
      const month = [...api.socialTrend].reverse().find((m) => m.decided > 0);
      if (!month) throw new Error('the demonstration data has no application decided in 24 months');
      await page.getByTestId('trend-applications-toggle').click();
      const cell = page.locator(
        `[data-testid="trend-applications-table"] tr[data-month="${month.month}"] [data-series="decided"] a`,
      );
      await cell.click();
      await page.waitForURL((url) => url.pathname === '/supervision/applications');
      expect(new URL(page.url()).searchParams.get('decidedIn')).toBe(month.month);
      await page.getByTestId('drill-count').waitFor();
      expect(await page.getByTestId('drill-count').getAttribute('data-value')).toBe(String(month.decided));
      await settled(page);
      expect(rawEnumValuesIn(await page.locator('main').innerText(), values)).toEqual([]);
      expect(await accessibilityProblems(page, `applications list ${lang}`)).toEqual([]);
      // Each row starts with the application's reference, the one on its receipt.
      const listed = await Promise.all(
        (await page.locator('[data-testid="drill-applications"] tbody tr').all()).map(
          async (row): Promise<[string, string]> => [
            (await row.getAttribute('data-id')) ?? '',
            await row.getByTestId('drill-reference').innerText(),
          ],
        ),
      );
      expect(listed.length).toBeGreaterThan(0);
      const stored = new Client({ connectionString: platform.foundation.db.superuserUrl });
      await stored.connect();
      try {
        const references = await stored.query<{ id: string; reference: string }>(
          'SELECT id, reference FROM application WHERE id = ANY($1::uuid[])',
          [listed.map(([id]) => id)],
        );
        expect(new Map(listed)).toEqual(new Map(references.rows.map((row) => [row.id, row.reference])));
      } finally {
        await stored.end();
      }

      const officer = page.getByTestId('drill-officer').first();
      const matricule = (await officer.getAttribute('href'))?.split('/').pop() ?? '';
      await officer.click();
      await page.waitForURL((url) => url.pathname === `/officers/${matricule}`);
      await settled(page);
      await page.locator('main').getByText(decodeURIComponent(matricule)).first().waitFor();
    });
  }

  it("drills down from the dashboard figure of pending claims to the claims behind it, each naming whom it is for and opening the officer's file, no clinical field", async () => {
    await signInAs(page, base, 'head-fes');
    await language('fr');
    await page.goto(`${base}/dashboard`);
    await settled(page);
    const figure = page.getByTestId('pending-claims');
    const count = await figure.getAttribute('data-value');
    await figure.locator('a').click();
    await page.waitForURL((url) => url.pathname === '/supervision/claims');
    await page.getByTestId('drill-count').waitFor();
    expect(await page.getByTestId('drill-count').getAttribute('data-value')).toBe(count);
    await settled(page);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/diagnos|CIM|ICD/i);
    expect(await accessibilityProblems(page, 'claims list fr')).toEqual([]);

    // Each row's name leads to the file of the officer the beneficiary file has for the claim.
    const rows = await page.locator('[data-testid="drill-claims"] tbody tr').all();
    const shown = await Promise.all(
      rows.map(async (row) => [
        (await row.getAttribute('data-id')) ?? '',
        decodeURIComponent((await row.getByTestId('drill-officer').getAttribute('href'))?.split('/').pop() ?? ''),
      ]),
    );
    expect(shown.length).toBeGreaterThan(0);
    const db = new Client({ connectionString: platform.mutual.db.superuserUrl });
    await db.connect();
    try {
      const filed = await db.query<{ id: string; matricule: string }>(
        `SELECT c.id, b.officer_matricule AS matricule FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
          WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
        [shown.map(([id]) => id)],
      );
      expect([...shown].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(filed.rows.map((r) => [r.id, r.matricule]));
    } finally {
      await db.end();
    }
    const [id, matricule] = shown[0];
    await page.locator(`[data-testid="drill-claims"] tr[data-id="${id}"]`).getByTestId('drill-officer').click();
    await page.waitForURL((url) => url.pathname === `/officers/${encodeURIComponent(matricule)}`);
    await page.locator(`[data-testid="officer-claim"][data-id="${id}"]`).waitFor();
  });

  it("shows the national administration every region's trends and the attention table, sortable, drifts marked", async () => {
    await signInAs(page, base, 'national-admin');
    await language('fr');
    await page.goto(`${base}/national`);
    await settled(page);
    await page.getByTestId('region-trends').waitFor();
    const regions = page.getByTestId('region-trend');
    expect(await regions.count()).toBe(17);
    for (let i = 0; i < 17; i += 1) expect(await regions.nth(i).locator('svg.recharts-surface').count()).toBe(1);
    // Each region's chart under its name, in the order of the names, leading to its dashboard; no code shown.
    const titles = await regions.locator('a').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(titles).toContain('Fès');
    expect(titles.filter((title) => /\b[A-Z][A-Z_-]+\b/.test(title))).toEqual([]);
    expect(await page.locator('[data-testid="region-trend"][data-code="FES"] a').getAttribute('href')).toBe(
      '/dashboard?region=FES',
    );
    const rows = page.locator('[data-testid="national-attention-table"] tbody tr');
    expect(await rows.count()).toBe(17);
    // Each region by its name, first in the order of the names; no code shown.
    const names = await rows.locator('td:nth-child(1)').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(
      await page.locator('[data-testid="national-attention-table"] tr[data-code="FES"] td').first().innerText(),
    ).toBe('Fès');

    // Sorted by overdue applications, most first: the order of the API's counts.
    const header = page.locator('[data-testid="national-attention-table"] [data-sort="overdueApplications"]');
    await header.click();
    await header.click();
    const codes: string[] = [];
    for (let i = 0; i < 17; i += 1) codes.push((await rows.nth(i).getAttribute('data-code')) ?? '');
    const answer = await platform.query<{
      regions: { code: string; socialAttention: { overdueApplications: number } }[];
    }>(await token(), operation('NationalSupervision'), {});
    const overdue = new Map(answer.data?.regions.map((r) => [r.code, r.socialAttention.overdueApplications]));
    const counts = codes.map((c) => overdue.get(c) ?? -1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await page.getByTestId('drift-rule').innerText()).toContain('1,5 fois le chiffre national');

    await page.getByTestId('trend-measure').selectOption('claims');
    expect(await page.locator('[data-testid="region-trend"] [data-testid="trend-claims"]').count()).toBe(17);
    expect(await accessibilityProblems(page, 'national fr')).toEqual([]);
    await language('ar');
    await settled(page);
    expect(rawEnumValuesIn(await page.locator('main').innerText(), values)).toEqual([]);
    expect(await accessibilityProblems(page, 'national ar')).toEqual([]);
  });

  it('lists solidarity candidates for the FES head only, amounts only, with no care type or diagnosis, each family with its applications awaiting a decision as the database has them', async () => {
    await signInAs(page, base, 'foundation-agent-fes');
    expect(await page.locator('nav a[href="/solidarity"]').count()).toBe(0);
    await signInAs(page, base, 'head-fes');
    await language('ar');
    await page.locator('nav a[href="/solidarity"]').click();
    await page.getByTestId('solidarity-count').waitFor();
    await settled(page);
    const shown = Number(await page.getByTestId('solidarity-count').getAttribute('data-value'));
    await page.getByTestId('solidarity-show-all').check();
    expect(Number(await page.getByTestId('solidarity-count').getAttribute('data-value'))).toBeGreaterThanOrEqual(shown);
    const text = await page.locator('main').innerText();
    expect(rawEnumValuesIn(text, values)).toEqual([]);
    // The region by its name in the page's language.
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('أسر تستحق الدعم — فاس');
    // Each family says which of its applications already wait for a decision, as the foundation's database has them.
    const rows = page.locator('[data-testid="solidarity-table"] tbody tr');
    const pendingShown = new Map<string, string[]>();
    for (const row of await rows.all()) {
      const ids = await row
        .locator('[data-testid="solidarity-pending"] [data-id]')
        .evaluateAll((items: { getAttribute(name: string): string | null }[]) =>
          items.map((item) => item.getAttribute('data-id') ?? ''),
        );
      pendingShown.set((await row.getAttribute('data-matricule'))!, ids.sort());
    }
    const db = new Client({ connectionString: platform.foundation.db.superuserUrl });
    await db.connect();
    try {
      const { rows: pending } = await db.query<{ matricule: string; id: string }>(
        `SELECT officer_matricule AS matricule, id FROM application
          WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED') AND officer_matricule = ANY($1) ORDER BY id`,
        [[...pendingShown.keys()]],
      );
      const expected = new Map([...pendingShown.keys()].map((matricule) => [matricule, [] as string[]]));
      for (const application of pending) expected.get(application.matricule)!.push(application.id);
      expect(pendingShown).toEqual(new Map([...expected].map(([matricule, ids]) => [matricule, ids.sort()])));
      expect(pending.length).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
    const withPending = rows.filter({ has: page.locator('[data-testid="solidarity-pending"] [data-id]') }).first();
    expect(await withPending.getByTestId('solidarity-pending').innerText()).toMatch(
      /— 20\d\d.*\((مودع|قيد الدراسة|في لائحة الانتظار)\)/,
    );
    expect(await accessibilityProblems(page, 'solidarity ar')).toEqual([]);
    await language('fr');
    expect(await accessibilityProblems(page, 'solidarity fr')).toEqual([]);
  });

  it("prints the FES monthly report as a PDF whose text holds the month's figures from the API, in French", async () => {
    await signInAs(page, base, 'national-admin');
    const api = await apiFigures('FES');
    const month = api.socialTrend[api.socialTrend.length - 1];
    const health = api.healthTrend?.[api.healthTrend.length - 1];
    const context = await browser.newContext({ locale: 'fr-FR' });
    try {
      const pdf = await printReport(await context.newPage(), { base, region: 'FES', month: month.month, lang: 'fr' });
      const { text, total } = await pdfText(pdf);
      expect(total).toBeGreaterThanOrEqual(3);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Rapport mensuel de supervision');
      expect(flat).toContain('Fès');
      // The region in words: its code is not printed.
      expect(flat).not.toMatch(/\bFES\b/);
      const number = new Intl.NumberFormat('fr-MA', { numberingSystem: 'latn' });
      const money = new Intl.NumberFormat('fr-MA', {
        numberingSystem: 'latn',
        style: 'currency',
        currency: 'MAD',
        minimumFractionDigits: 2,
      });
      const expected = [
        `Demandes d’aide sociale — Déposés ${number.format(month.submitted)}`,
        `Demandes d’aide sociale — Décidés ${number.format(month.decided)}`,
        `Demandes d’aide sociale — Approuvés ${number.format(month.approved)}`,
        `Montants engagés et décaissés (MAD) — Engagé ${money.format(Number(month.committed))}`,
        ...(health
          ? [
              `Dossiers de soins — Payés ${number.format(health.paid)}`,
              `Remboursé (MAD) ${money.format(Number(health.reimbursed))}`,
            ]
          : []),
      ];
      for (const line of expected) expect(flat).toContain(line.replace(/\s+/g, ' '));
    } finally {
      await context.close();
    }
  });

  it("prints the FES monthly report in Arabic: its title in Arabic, each month's figures the API's, Western digits", async () => {
    await signInAs(page, base, 'national-admin');
    const api = await apiFigures('FES');
    // The latest month with applications, so that the figures are not all zero.
    const at = api.socialTrend.findLastIndex((m) => m.submitted > 0);
    const month = api.socialTrend[at];
    const context = await browser.newContext({ locale: 'ar-MA' });
    try {
      const pdf = await printReport(await context.newPage(), { base, region: 'FES', month: month.month, lang: 'ar' });
      const { text, total } = await pdfText(pdf);
      expect(total).toBeGreaterThanOrEqual(3);
      // Right-to-left runs come out of the PDF in presentation forms, each run's letters in visual order.
      const lines = text.normalize('NFKC').split('\n');
      const visual = (word: string) => [...word].reverse().join('');
      expect(lines[0]).toContain(visual('التقرير'));
      expect(lines[0]).toContain(visual('الشهري'));
      expect(text).not.toMatch(/[\u0660-\u0669]/);
      // The trend tables' rows, month by month: "<year> <month>\t<figure>\t<figure>\t<figure>".
      const row = (monthOf: string, figures: readonly number[]) =>
        lines.some((line) => line.startsWith(monthOf.slice(0, 4)) && line.endsWith(`\t${figures.join('\t')}`));
      const months = api.socialTrend.slice(at - 11, at + 1);
      expect(months).toHaveLength(12);
      for (const m of months)
        expect([m.month, row(m.month, [m.submitted, m.decided, m.approved])]).toEqual([m.month, true]);
      for (const m of api.healthTrend?.slice(at - 11, at + 1) ?? []) {
        expect([m.month, row(m.month, [m.submitted, m.decided, m.paid])]).toEqual([m.month, true]);
      }
    } finally {
      await context.close();
    }
  });

  it("shows the head's rotation-due badge, in both languages, without an accessibility violation", async () => {
    // The demonstration heads were appointed recently: FES's head appointed five years ago is due for rotation.
    const db = new Client({ connectionString: platform.foundation.db.superuserUrl });
    await db.connect();
    try {
      await db.query(
        "UPDATE head_appointment SET start_date = current_date - interval '5 years' WHERE region_code = 'FES' AND end_date IS NULL",
      );
      await signInAs(page, base, 'head-fes');
      for (const lang of ['fr', 'ar'] as const) {
        await language(lang);
        await page.goto(`${base}/dashboard`);
        await settled(page);
        await page.getByTestId('rotation-due').waitFor();
        expect(await accessibilityProblems(page, `rotation due ${lang}`)).toEqual([]);
      }
    } finally {
      await db.query(
        "UPDATE head_appointment SET start_date = '2025-09-09' WHERE region_code = 'FES' AND end_date IS NULL",
      );
      await db.end();
    }
  });
});
