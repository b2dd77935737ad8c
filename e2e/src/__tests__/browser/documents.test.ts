import { demoUsers } from '@dsp/demo';
import { samplePdf } from '@dsp/testing';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import {
  applyToSomething,
  consultationProviderOf,
  firstOfficerOf,
  listedPriorAuthorisation,
  requestPriorAuthorisation,
  settled,
  signInAs,
  useClientSession,
} from '../../browser';
import type { Platform } from '../../platform';
import { sql } from '../sql';

// A mutual agent attaches an invoice while entering a claim, later to a claim opened in a queue, or a prescription to a prior
// authorisation; the medical advisor opens them. A foundation agent attaches a certificate to an application just submitted;
// the region's head opens it from the officer's file.
jest.setTimeout(300_000);

describe('supporting documents in the admin client', () => {
  let platform: Platform;
  let page: Page;
  let base: string;
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

  useClientSession((session) => ({ platform, page, base } = session));

  /** The matricule of an officer of the signed-in agent's region (Fès). */
  const fesOfficer = () => firstOfficerOf(platform, page, 'FES');

  /** Attaches a file of this kind with the attach form in scope; returns the line saying it is attached. */
  async function attachFile(scope: Page | Locator, kind: string, name: string, buffer: Buffer): Promise<string> {
    const attach = scope.getByTestId('attach-documents');
    await attach.getByTestId('document-kind').selectOption(kind);
    await attach.getByTestId('document-file').setInputFiles({ name, mimeType: 'application/pdf', buffer });
    await attach.getByTestId('document-attach').click();
    const attached = attach.getByTestId('document-attached').filter({ hasText: name });
    // A refusal says why in the failure, instead of a timeout.
    await attached.or(attach.getByTestId('document-error')).first().waitFor();
    expect(await attach.getByTestId('document-error').allInnerTexts()).toEqual([]);
    return attached.innerText();
  }

  /** Opens a listed document with its link and checks the browser downloads the very file attached. */
  async function opensAs(row: Locator, name: string, content: Buffer): Promise<void> {
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link').click()]);
    expect(download.suggestedFilename()).toBe(name);
    expect(await readFile(await download.path())).toEqual(content);
  }

  it('attaches an invoice to a claim as the FES mutual agent, and opens it as the medical advisor, in French and Arabic', async () => {
    await signInAs(page, base, 'mutual-agent-fes');
    const matricule = await fesOfficer();
    const provider = await consultationProviderOf(platform, page, 'FES');

    await page.getByRole('link', { name: 'Saisie santé' }).click();
    await page.getByTestId('beneficiary-matricule').fill(matricule);
    await page.getByTestId('beneficiary-find').click();
    const form = page.getByTestId('submit-claim');
    await form.waitFor();
    await form.getByTestId('field-careType').selectOption('CONSULTATION');
    await form.getByTestId('field-providerId').fill(provider.nameFr);
    await page.getByRole('option', { name: provider.nameFr }).first().click();
    await form.getByTestId('field-careStartDate').fill(daysAgo(2));
    await form.getByTestId('field-careEndDate').fill(daysAgo(2));
    await form.getByTestId('field-diagnosisCodes').fill('J06.9');
    await form.getByTestId('field-lines.0.actCode').fill('médecin général');
    await page.getByRole('option', { name: /^C — Consultation de médecin généraliste/ }).click();
    await form.getByTestId('field-lines.0.quantity').fill('1');
    await form.getByTestId('submit-claim-submit').click();
    await form.getByTestId('claim-outcome').waitFor();

    const attach = page.getByTestId('attach-documents');
    // Not a document: refused by its content, in words, and nothing attached.
    await attach.getByTestId('document-file').setInputFiles({
      name: 'facture.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a pdf</html>'),
    });
    await attach.getByTestId('document-attach').click();
    await attach.getByTestId('document-error').waitFor();
    expect(await attach.getByTestId('document-error').innerText()).toContain(
      'Seuls les fichiers PDF, JPEG et PNG complets',
    );

    const invoice = samplePdf(12_000);
    expect(await attach.getByTestId('document-kind').innerText()).toContain('Facture');
    expect(await attachFile(page, 'INVOICE', 'facture-mars.pdf', invoice)).toBe('facture-mars.pdf joint (Facture)');

    await signInAs(page, base, 'medical-advisor');
    await page.goto(`${base}/officers/${encodeURIComponent(matricule)}`);
    const row = page.getByTestId('health-document').filter({ hasText: 'facture-mars.pdf' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Facture');
    await opensAs(row, 'facture-mars.pdf', invoice);

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    await settled(page);
    expect(await page.getByTestId('health-document').filter({ hasText: 'facture-mars.pdf' }).innerText()).toContain(
      'فاتورة',
    );
  });

  it("attaches an invoice that came after the claim was entered to a claim opened in the FES mutual agent's queue: the opened claim lists it, and its link opens it", async () => {
    await signInAs(page, base, 'mutual-agent-fes');
    // The page is shared with the test before, which left it in Arabic.
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('link', { name: 'Files de travail' }).click();
    const row = page.getByTestId('queue-claim').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-id'))!;
    await row.getByTestId('claim-open').click();
    const detail = page.locator(`[data-testid="claim-detail"][id="claim-detail-${id}"]`);
    await detail.getByTestId('claim-line').first().waitFor();
    const before = await detail.getByTestId('claim-document').count();

    const invoice = samplePdf(11_000);
    expect(await attachFile(detail, 'INVOICE', 'facture-tardive.pdf', invoice)).toBe(
      'facture-tardive.pdf joint (Facture)',
    );
    // The opened claim reads itself again: the invoice is listed beside the claim's other documents, with its link.
    const listed = detail.getByTestId('claim-document').filter({ hasText: 'facture-tardive.pdf' });
    await listed.waitFor();
    expect(await listed.innerText()).toContain('facture-tardive.pdf — Facture');
    expect(await detail.getByTestId('claim-document').count()).toBe(before + 1);
    await opensAs(listed, 'facture-tardive.pdf', invoice);
  });

  it("attaches a prescription to a prior authorisation as the FES mutual agent, and opens it on the medical advisor's list, in French and Arabic", async () => {
    await signInAs(page, base, 'mutual-agent-fes');
    // The page is shared with the test before, which left it in Arabic.
    await page.getByTestId('language').selectOption('fr');
    const form = await requestPriorAuthorisation(page, await fesOfficer(), 'Rééducation après entorse du genou');
    const id = (await form.getByTestId('prior-authorisation-outcome').getAttribute('data-id'))!;
    const prescription = samplePdf(9_000);
    expect(await attachFile(form, 'PRESCRIPTION', 'ordonnance-kine.pdf', prescription)).toBe(
      'ordonnance-kine.pdf joint (Ordonnance)',
    );

    await signInAs(page, base, 'medical-advisor');
    await page.getByRole('link', { name: 'Accords préalables' }).click();
    const card = await listedPriorAuthorisation(page, id);
    const row = card.getByTestId('health-document').filter({ hasText: 'ordonnance-kine.pdf' });
    expect(await row.innerText()).toContain('Ordonnance');
    await opensAs(row, 'ordonnance-kine.pdf', prescription);

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    await settled(page);
    expect(await card.getByTestId('health-document').innerText()).toContain('وصفة طبية');
  });

  it("attaches a school certificate to an application just submitted as the FES foundation agent, and the FES head opens it from the officer's file, in French and Arabic", async () => {
    await signInAs(page, base, 'foundation-agent-fes');
    await page.getByTestId('language').selectOption('fr');
    const matricule = await fesOfficer();
    await page.goto(`${base}/officers/${encodeURIComponent(matricule)}`);
    await page.getByTestId('apply').waitFor();
    const applicationId = await applyToSomething(page);
    const form = page.getByTestId('apply');
    expect(await form.getByTestId('attach-documents').innerText()).toContain('Joindre des certificats');
    const certificate = samplePdf(10_000);
    expect(await attachFile(form, 'SCHOOL_CERTIFICATE', 'certificat-scolarite.pdf', certificate)).toBe(
      'certificat-scolarite.pdf joint (Certificat de scolarité)',
    );

    await signInAs(page, base, 'head-fes');
    await page.goto(`${base}/officers/${encodeURIComponent(matricule)}`);
    const row = page.getByTestId('social-document').filter({ hasText: 'certificat-scolarite.pdf' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Certificat de scolarité');
    await opensAs(row, 'certificat-scolarite.pdf', certificate);
    // The application's own row lists it too, with its kind in words and a link that opens it.
    const application = page.locator(`[data-testid="officer-application"][data-id="${applicationId}"]`);
    const listed = application.getByTestId('application-document');
    await listed.waitFor();
    expect(await listed.innerText()).toContain('certificat-scolarite.pdf — Certificat de scolarité');
    const headFes = demoUsers().find((user) => user.id === 'head-fes')?.caller.sub;
    // Shown twice, issued once: the file's list and the application's row share one read, and one LINK in the read log.
    const documentId = await listed.getAttribute('data-id');
    expect(await row.getAttribute('data-id')).toBe(documentId);
    expect(
      await sql<{ action: string; reader_sub: string }>(
        platform.foundation.db.superuserUrl,
        "SELECT action, reader_sub FROM document_read WHERE document_id = $1 AND reader_role = 'REGIONAL_HEAD' ORDER BY id",
        [documentId],
      ),
    ).toEqual([
      { action: 'LINK', reader_sub: headFes },
      { action: 'DOWNLOAD', reader_sub: headFes },
    ]);
    await opensAs(listed, 'certificat-scolarite.pdf', certificate);

    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction('document.documentElement.dir === "rtl"');
    await settled(page);
    expect(
      await page.getByTestId('social-document').filter({ hasText: 'certificat-scolarite.pdf' }).innerText(),
    ).toContain('شهادة مدرسية');
    expect(await application.getByTestId('application-document').innerText()).toContain('شهادة مدرسية');
    expect(await page.getByTestId('applications').innerText()).toContain('الوثائق المثبتة');
  });
});
