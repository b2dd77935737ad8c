import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, printReport } from './report';

/**
 * `npm run report -- --region FES --month 2026-11 --lang fr --out report.pdf [--gateway URL]`: the
 * monthly supervision report of a region (or `--region national`) as a PDF, printed by Chromium from
 * the admin client of a running platform (`npm start`), signed in as the national administration
 * through the local sign-in (DEV_TOKENS).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      month: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      out: { type: 'string' },
      gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://localhost:4000' },
    },
    strict: true,
  });
  if (!values.region || !values.month)
    throw new Error('--region and --month are required (e.g. --region FES --month 2026-11)');
  const out = path.resolve(values.out ?? `report-${values.region}-${values.month}-${values.lang}.pdf`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const pdf = await printReport(page, {
      base: values.gateway.replace(/\/+$/, ''),
      region: values.region,
      month: values.month,
      lang: values.lang as 'fr' | 'ar',
    });
    writeFileSync(out, pdf);
    process.stdout.write(`Report written to ${out} (${pdf.length} bytes)\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run report: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
