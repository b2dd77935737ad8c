import { isRegionCode } from '@dsp/common';
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireBrowser } from './browser';

export interface ReportRequest {
  /** The gateway's address, e.g. http://localhost:4000. */
  base: string;
  /** A region code, or "national". */
  region: string;
  /** "YYYY-MM". */
  month: string;
  lang: 'fr' | 'ar';
  /** The demonstration user that signs in (DEV_TOKENS): the national administration reads every region. */
  user?: string;
}

/** The request's problems, in words (an empty list when it can be printed). */
export function reportRequestProblems(request: Omit<ReportRequest, 'base'>): string[] {
  const problems: string[] = [];
  if (request.region !== 'national' && !isRegionCode(request.region))
    problems.push(`--region ${request.region} is neither a region code (FES, RABAT...) nor "national"`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(request.month)) problems.push(`--month ${request.month} is not YYYY-MM`);
  if (request.lang !== 'fr' && request.lang !== 'ar') problems.push(`--lang ${String(request.lang)} is not fr or ar`);
  return problems;
}

/** The Chromium or Chrome the tests use (tools/src/browser.ts), headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireBrowser(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The monthly report as a PDF: signs in on the local sign-in page, picks the language, opens
 * /report/<region>/<month>, waits until every figure has arrived and prints it as the print stylesheet
 * lays it out (A4). Throws the page's own words when the report cannot be shown.
 */
export async function printReport(page: Page, request: ReportRequest): Promise<Buffer> {
  const problems = reportRequestProblems(request);
  if (problems.length > 0) throw new Error(problems.join('; '));
  await page.goto(`${request.base}/signin`);
  await page.locator(`button[data-user="${request.user ?? 'national-admin'}"]`).click();
  await page.getByTestId('identity').waitFor();
  await page.getByTestId('language').selectOption(request.lang);
  await page.waitForFunction(`document.documentElement.lang === ${JSON.stringify(request.lang)}`);
  await page.goto(`${request.base}/report/${encodeURIComponent(request.region)}/${request.month}`);
  await page.locator('[data-testid="report"], main [role="alert"]').first().waitFor({ timeout: 60_000 });
  const alert = page.locator('main [role="alert"]');
  if ((await alert.count()) > 0) throw new Error(`the report page says: ${(await alert.first().innerText()).trim()}`);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}
