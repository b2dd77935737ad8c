import type { Locator, Page } from 'playwright-core';
import {
  accessibilityProblems,
  consultationProviderOf,
  applyToSomething,
  firstOfficerOf,
  enumValuesOf,
  optionsOf,
  listedPriorAuthorisation,
  type ProviderNames,
  requestPriorAuthorisation,
  settled,
  signInAs,
  tabTo,
  useClientSession,
  pageToken,
  printedText,
  receiptLines,
  receiptWords,
  rawEnumValuesIn,
} from '../../browser';
import { operation, type Platform } from '../../platform';
import { claimReads, sql } from '../sql';

// Each role's daily work done in the page, through the real gateway, and checked after a reload and against the API.
jest.setTimeout(300_000);

/** The calendar year the API's ceilings are for (its clock is UTC). */
const YEAR = new Date().toISOString().slice(0, 4);
/** A text's digits alone: amounts compared whatever the language's grouping and decimal signs. */
const digits = (text: string): string => text.replace(/\D/g, '');
/** One care type of a person's plan this year, as `Coverage.ceilingUse` gives it. */
type CeilingUseRow = {
  careType: string;
  rate: number;
  yearlyCeiling: string;
  approved: string;
  remaining: string;
  inProgress: string;
  claimsInProgress: number;
};

describe('the daily work of each role in the admin client', () => {
  let platform: Platform;
  let page: Page;
  let base: string;
  const token = () => pageToken(page);
  const language = async (lang: 'fr' | 'ar') => {
    await page.getByTestId('language').selectOption(lang);
    await page.waitForFunction(`document.documentElement.dir === "${lang === 'ar' ? 'rtl' : 'ltr'}"`);
  };

  useClientSession((session) => ({ platform, page, base } = session));

  it("shows an officer, in Arabic, their family's names in Arabic script and whom a campaign is for apart with the Arabic comma", async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('apply').waitFor();
    await language('ar');
    const me = await platform.query<{
      me: { officer: { fullNameAr: string; dependents: { fullNameAr: string; linkEndedOn: string | null }[] } };
    }>(await token(), 'query { me { officer { fullNameAr dependents { fullNameAr linkEndedOn } } } }');
    const { officer } = me.data!.me;
    const people = await page.getByTestId('apply').getByTestId('field-dependentId').locator('option').allInnerTexts();
    expect(people.map((person) => person.replace(/ \(.*\)$/, ''))).toEqual([
      officer.fullNameAr,
      ...officer.dependents.filter((dependent) => !dependent.linkEndedOn).map((dependent) => dependent.fullNameAr),
    ]);
    expect(await page.getByTestId('campaign-terms').innerText()).toMatch(/[^,]+، [^,]+$/);
    await language('fr');
  });

  it('lets an officer open a claim of their own in their space: its diagnoses and acts in words and what was approved of each, as the API gives them, the reading logged', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await language('fr');
    const mine = await platform.query<{ me: { officer: { claims: { id: string }[] } } }>(
      await token(),
      'query { me { officer { claims { id } } } }',
    );
    const id = mine.data!.me.officer.claims[0]?.id;
    expect(id).toBeDefined();
    const reads = () => claimReads(platform.mutual.db.superuserUrl, id, 'OFFICER');
    // What the space reads as it opens (its hospitalisations' prior authorisations, logged against their claims) is
    // done before counting: the reads counted are the API's and the opened claim's alone.
    await settled(page);
    const before = await reads();
    const answer = await platform.query<{
      claim: { diagnosisCodes: string[]; lines: { actCode: string; amountApproved: string | null }[] };
    }>(await token(), operation('ClaimDetail'), { id });
    expect(answer.errors).toBeUndefined();
    const logged = (await reads()) - before;
    expect(logged).toBeGreaterThan(0);
    const { diagnosisCodes, lines } = answer.data!.claim;

    const row = page.locator(`[data-testid="officer-claim"][data-id="${id}"]`);
    await row.getByTestId('claim-open').click();
    const detail = page.locator(`[data-testid="claim-detail"][id="officer-claim-detail-${id}"]`);
    await detail.getByTestId('claim-line').first().waitFor();
    // Each act by its code and its name, each diagnosis too: no code left alone.
    const acts = await Promise.all(
      (await detail.getByTestId('claim-line').all()).map((line) => line.locator('td').first().innerText()),
    );
    expect(acts.map((act) => act.split(' — ')[0])).toEqual(lines.map((line) => line.actCode));
    expect(acts.every((act) => /^\S+ — \S/.test(act))).toBe(true);
    const diagnoses = await detail.getByTestId('claim-diagnosis').allInnerTexts();
    expect(diagnoses.map((diagnosis) => diagnosis.split(' — ')[0])).toEqual(diagnosisCodes);
    expect(diagnoses.every((diagnosis) => /^\S+ — \S/.test(diagnosis))).toBe(true);
    // What was approved of each act: a dash until the claim is decided.
    const approved = await Promise.all(
      (await detail.getByTestId('claim-line').all()).map((line) => line.locator('td').last().innerText()),
    );
    expect(approved.map((amount) => amount === '—')).toEqual(lines.map((line) => line.amountApproved === null));
    expect(await accessibilityProblems(page, 'opened claim in the officer space')).toEqual([]);
    // Opened once, read once: logged as the API's read was.
    expect((await reads()) - before).toBe(2 * logged);
  });

  it("shows an officer what each covered member of the family's plan has left this year, per care type, as the API gives it, in French and in Arabic", async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await language('fr');
    type Use = CeilingUseRow;
    type Covered = { coverage: { active: boolean; ceilingUse: Use[] } | null };
    const USE = 'careType rate yearlyCeiling approved remaining inProgress claimsInProgress';
    const mine = await platform.query<{
      me: {
        officer: Covered & { matricule: string; dependents: (Covered & { id: string; linkEndedOn: string | null })[] };
      };
    }>(
      await token(),
      `query { me { officer { matricule coverage { active ceilingUse { ${USE} } }
        dependents { id linkEndedOn coverage { active ceilingUse { ${USE} } } } } } }`,
    );
    expect(mine.errors).toBeUndefined();
    const { officer } = mine.data!.me;
    const people = [
      { id: officer.matricule, coverage: officer.coverage },
      ...officer.dependents.filter((d) => !d.linkEndedOn),
    ].filter((person) => person.coverage?.active);
    // The seeded officer of Fès and his wife are covered, and some of her care this year is approved.
    expect(people.length).toBeGreaterThanOrEqual(2);
    const used = people.flatMap((person) =>
      person.coverage!.ceilingUse.filter((use) => use.approved !== '0.00').map((use) => ({ person, use })),
    );
    expect(used.length).toBeGreaterThan(0);

    const table = page.getByTestId('ceilings');
    await table.waitFor();
    expect(await page.getByRole('heading', { name: `Ce que la Mutuelle rembourse encore en ${YEAR}` }).count()).toBe(1);
    const attributes = async (cells: Locator, names: string[]) =>
      Promise.all((await cells.all()).map((cell) => Promise.all(names.map((name) => cell.getAttribute(name)))));
    expect(await attributes(table.getByTestId('ceilings-person'), ['data-person'])).toEqual(
      people.map((person) => [person.id]),
    );
    const cells: (string | null)[][] = [];
    for (const row of await table.getByTestId('ceilings-row').all()) {
      const careType = await row.getAttribute('data-care-type');
      for (const cell of await attributes(row.getByTestId('ceiling'), ['data-person', 'data-remaining']))
        cells.push([careType, ...cell]);
    }
    expect(cells).toEqual(
      people[0].coverage!.ceilingUse.flatMap((row) =>
        people.map((person) => [
          row.careType,
          person.id,
          person.coverage!.ceilingUse.find((use) => use.careType === row.careType)?.remaining ?? '',
        ]),
      ),
    );
    // A care type with approved care reads what is left, out of the ceiling, and the rate.
    const { person, use } = used[0];
    const cell = table.locator(
      `[data-testid="ceilings-row"][data-care-type="${use.careType}"] [data-testid="ceiling"][data-person="${person.id}"]`,
    );
    expect(digits(await cell.innerText())).toBe(
      digits(use.remaining) + digits(use.yearlyCeiling) + String(Math.round(use.rate * 100)),
    );
    expect(await cell.innerText()).toMatch(/\sMAD\s+sur .*\sMAD · remboursé à \d+\s?%$/);
    // The claims not decided yet: what they ask for, in the cells that have some and only there (the seeded officer's
    // hospitalisation waits for its prior authorisation).
    const examined = people.flatMap((member) =>
      member
        .coverage!.ceilingUse.filter((row) => row.claimsInProgress > 0)
        .map((row) => [row.careType, member.id, row.inProgress]),
    );
    expect(examined.length).toBeGreaterThan(0);
    const notes = table.getByTestId('ceiling-in-progress');
    const shown: (string | null)[][] = [];
    for (const note of await notes.all()) {
      const owner = note.locator('xpath=ancestor::*[@data-testid="ceiling"]');
      const row = note.locator('xpath=ancestor::*[@data-testid="ceilings-row"]');
      shown.push([
        await row.getAttribute('data-care-type'),
        await owner.getAttribute('data-person'),
        await note.getAttribute('data-amount'),
      ]);
    }
    const order = (rows: (string | null)[][]) => rows.map((row) => row.join('|')).sort();
    expect(order(shown)).toEqual(order(examined));
    const [careType, member, amount] = examined[0];
    const note = table.locator(
      `[data-testid="ceilings-row"][data-care-type="${careType}"] [data-testid="ceiling"][data-person="${member}"] [data-testid="ceiling-in-progress"]`,
    );
    const count = people
      .find((candidate) => candidate.id === member)!
      .coverage!.ceilingUse.find((row) => row.careType === careType)!.claimsInProgress;
    expect(await note.innerText()).toMatch(/^\d+ dossiers? en cours : .+\sMAD demandés$/);
    expect(digits(await note.innerText())).toBe(String(count) + digits(String(amount)));

    await language('ar');
    expect(await page.getByRole('heading', { name: `ما تبقى للتعاضدية تعويضه في ${YEAR}` }).count()).toBe(1);
    expect(await cell.innerText()).toContain('من أصل');
    expect(await note.innerText()).toContain('قيد الدراسة');
    expect(await accessibilityProblems(page, "what the family's plans have left, in the officer space")).toEqual([]);
    await language('fr');
  });

  it('says in words, in the officer space, which family member the Mutual does not cover, as the API has it, in French and in Arabic', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await language('fr');
    const mine = await platform.query<{
      me: { officer: { dependents: { id: string; coverage: { memberNumber: string } | null }[] } };
    }>(await token(), 'query { me { officer { dependents { id coverage { memberNumber } } } } }');
    expect(mine.errors).toBeUndefined();
    const { dependents } = mine.data!.me.officer;
    // The seeded officer of Fès has his mother, whom the Mutual does not cover, and his wife, whom it does.
    expect(dependents.some((d) => d.coverage === null)).toBe(true);
    expect(dependents.some((d) => d.coverage !== null)).toBe(true);
    const said = async () => {
      const cells: [string | null, boolean][] = [];
      for (const row of await page.getByTestId('dependents').getByTestId('dependent').all())
        cells.push([await row.getAttribute('data-id'), (await row.getByTestId('no-coverage').count()) === 1]);
      return cells;
    };
    await page.getByTestId('dependents').waitFor();
    expect(await said()).toEqual(dependents.map((d) => [d.id, d.coverage === null]));
    const none = page.getByTestId('dependents').getByTestId('no-coverage').first();
    expect(await none.innerText()).toBe('Pas de couverture à la Mutuelle');
    await language('ar');
    expect(await none.innerText()).toBe('لا تغطية لدى التعاضدية');
    await language('fr');
  });

  it("lists the whole family's claims in the officer's space, newest first, each with whom it is for, as the API gives them, in French and in Arabic", async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    type Claim = { id: string; submittedAt: string };
    const mine = await platform.query<{
      me: {
        officer: {
          fullName: string;
          fullNameAr: string;
          claims: Claim[];
          dependents: { fullName: string; fullNameAr: string; claims: Claim[] }[];
        };
      };
    }>(
      await token(),
      `query { me { officer { fullName fullNameAr claims { id submittedAt }
        dependents { fullName fullNameAr claims { id submittedAt } } } } }`,
    );
    expect(mine.errors).toBeUndefined();
    const { officer } = mine.data!.me;
    const family = [
      ...officer.claims.map((claim) => ({ ...claim, who: officer })),
      ...officer.dependents.flatMap((dependent) => dependent.claims.map((claim) => ({ ...claim, who: dependent }))),
    ].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    // The seeded officer of Fès has claims of their own and a dependent's: both must be in the one list.
    expect(officer.claims.length).toBeGreaterThan(0);
    expect(family.length).toBeGreaterThan(officer.claims.length);
    for (const lang of ['fr', 'ar'] as const) {
      await language(lang);
      await page.getByTestId('claims').waitFor();
      const rows = page.getByTestId('claims').getByTestId('officer-claim');
      const ids = await Promise.all((await rows.all()).map((row) => row.getAttribute('data-id')));
      expect(ids).toEqual(family.map((claim) => claim.id));
      const named = await rows.getByTestId('claim-beneficiary').allInnerTexts();
      // Both scripts, the page's first.
      expect(named).toEqual(
        family.map(({ who }) =>
          lang === 'ar' ? `${who.fullNameAr} · ${who.fullName}` : `${who.fullName} · ${who.fullNameAr}`,
        ),
      );
    }
    expect(await accessibilityProblems(page, "the family's claims in the officer space")).toEqual([]);
    await language('fr');
  });

  it("shows an officer their family's prior authorisations, whom each is for, where and where it stands, as the API gives them, in French and in Arabic; a head's view of the file has none", async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    const me = await platform.query<{
      me: {
        officer: {
          matricule: string;
          dependents: { id: string; linkEndedOn: string | null; coverage: { active: boolean } | null }[];
        };
      };
    }>(await token(), 'query { me { officer { matricule dependents { id linkEndedOn coverage { active } } } } }');
    const { matricule, dependents } = me.data!.me.officer;
    // A dependent the Mutual covers (a parent may not be).
    const dependent = dependents.find((d) => d.linkEndedOn === null && d.coverage?.active)!;
    expect(dependent).toBeDefined();
    // The region's mutual agent asks for a hospitalisation of the officer's dependent.
    const [clinic] = await sql<{ id: string }>(
      platform.mutual.db.superuserUrl,
      "SELECT id FROM provider WHERE region_code = 'FES' AND 'HOSPITALISATION' = ANY (care_types) ORDER BY name LIMIT 1",
    );
    const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' });
    const requested = await platform.query<{ requestPriorAuthorisation: { id: string } }>(
      agent,
      `mutation ($b: ID!, $p: ID!, $d: Date!, $k: String!) {
        requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: "Cholécystectomie", idempotencyKey: $k) { id } }`,
      {
        b: dependent.id,
        p: clinic.id,
        d: new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10),
        k: `browser-family-${Date.now()}`,
      },
    );
    expect(requested.errors).toBeUndefined();
    interface Person {
      fullName: string;
      fullNameAr: string;
    }
    const listed = await platform.query<{
      officer: { priorAuthorisations: { id: string; status: string; dependent: Person | null }[] };
    }>(await token(), operation('OfficerPriorAuthorisations'), { matricule });
    expect(listed.errors).toBeUndefined();
    const { priorAuthorisations } = listed.data!.officer;
    expect(priorAuthorisations.map((a) => a.id)).toContain(requested.data!.requestPriorAuthorisation.id);
    const officer = await platform.query<{ officer: Person }>(
      await token(),
      'query ($m: ID!) { officer(matricule: $m) { fullName fullNameAr } }',
      { m: matricule },
    );
    await page.reload();
    const table = page.getByTestId('family-prior-authorisations');
    for (const lang of ['fr', 'ar'] as const) {
      await language(lang);
      await table.waitFor();
      const rows = table.getByTestId('family-prior-authorisation');
      const ids = await Promise.all((await rows.all()).map((row) => row.getAttribute('data-id')));
      expect(ids).toEqual(priorAuthorisations.map((a) => a.id));
      expect(await rows.getByTestId('prior-authorisation-beneficiary').allInnerTexts()).toEqual(
        priorAuthorisations.map(({ dependent: who = null }) => {
          const { fullName, fullNameAr } = who ?? officer.data!.officer;
          return lang === 'ar' ? `${fullNameAr} · ${fullName}` : `${fullName} · ${fullNameAr}`;
        }),
      );
      const statuses = await Promise.all(
        (await rows.all()).map(async (row) => (await row.locator('td').nth(3).innerText()).trim()),
      );
      // In words, never the API's code.
      expect(rawEnumValuesIn(statuses.join(' '), new Set(['REQUESTED', 'GRANTED', 'REFUSED']))).toEqual([]);
      expect(statuses.every((status) => status.length > 0)).toBe(true);
    }
    expect(await accessibilityProblems(page, "the family's prior authorisations in the officer space")).toEqual([]);
    await language('fr');

    // The head reads the officer's file, not its health detail: no such table, and no refusal either.
    await signInAs(page, base, 'head-fes');
    await page.goto(`${base}/officers/${encodeURIComponent(matricule)}`);
    await page.getByTestId('officer-file').waitFor();
    await settled(page);
    expect(await page.getByTestId('family-prior-authorisations').count()).toBe(0);
    expect(await page.getByTestId('prior-authorisations-error').count()).toBe(0);
  });

  it('lets an officer apply to an open campaign from their space, in French, and finds it after a reload with its receipt; a second application for the same person is refused before sending, in French and in Arabic', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await page.getByTestId('apply').waitFor();
    const id = await applyToSomething(page);
    expect(await page.getByTestId('apply-done').innerText()).toMatch(/Demande DS-\d{4}-\d+ déposée : Déposée\./);

    // The form still has the same campaign and person: it says at once that they have applied, and sends nothing.
    const form = page.getByTestId('apply');
    const warning = form.getByTestId('duplicate-warning');
    await warning.waitFor();
    expect(await warning.getAttribute('data-id')).toBe(id);
    expect(await warning.innerText()).toBe(
      'Ce bénéficiaire a déjà une demande en cours ou approuvée pour cette campagne : une seule est permise. Voir la demande (Déposée)',
    );
    let sent = 0;
    const count = (request: { postData(): string | null }) => {
      if ((request.postData() ?? '').includes('"operationName":"SubmitApplication"')) sent += 1;
    };
    page.on('request', count);
    await form.getByTestId('apply-submit').click();
    const refusal = form.getByTestId('apply-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('CONFLICT');
    expect(await refusal.innerText()).toBe(
      'Ce bénéficiaire a déjà une demande en cours ou approuvée pour cette campagne : une seule est permise.',
    );
    expect(await refusal.getByTestId('reload-queue').count()).toBe(0);
    page.off('request', count);
    expect(sent).toBe(0);
    await language('ar');
    expect(await warning.innerText()).toBe(
      'لهذا المستفيد طلب قيد المعالجة أو مقبول في هذه الحملة: لا يُسمح إلا بطلب واحد. عرض الطلب (مودع)',
    );
    expect(await accessibilityProblems(page, 'a second application refused ar')).toEqual([]);
    await language('fr');
    await form.getByTestId('duplicate-link').click();
    await page.waitForURL((url) => url.hash === `#application-${id}`);

    await page.reload();
    const row = page.locator(`[data-testid="officer-application"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await row.innerText()).toContain('Déposée');
    const answer = await platform.query<{ application: { status: string } | null }>(
      await token(),
      operation('ApplicationStatus'),
      { id },
    );
    expect(answer.data?.application?.status).toBe('SUBMITTED');
    // The officer prints the receipt again from their space, and comes back to it.
    const reference = (await row.locator('td').first().innerText()).trim();
    expect(reference).toMatch(/^DS-\d{4}-\d+$/);
    await row.getByTestId('receipt-link').click();
    const receipt = page.getByTestId('receipt');
    await receipt.waitFor();
    expect(await receipt.getByTestId('receipt-reference').innerText()).toBe(reference);
    await page.getByRole('link', { name: '← Retour' }).click();
    await page.waitForURL((url) => url.pathname === '/me');
  });

  it('tells the officer in their space what comes next for each claim and application on its way, the new application listed at once, in French and in Arabic; staff see the status alone', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await language('fr');
    await page.getByTestId('apply').waitFor();
    const id = await applyToSomething(page);
    // Listed without a reload, where the confirmation's link leads.
    const applied = page.locator(`[data-testid="officer-application"][data-id="${id}"]`);
    await applied.waitFor();
    expect(await page.getByTestId('apply-link').getAttribute('href')).toBe(`#application-${id}`);

    const CLAIM = 'id status careType amountApproved priorAuthorisation { status plannedDate }';
    interface Claim {
      id: string;
      status: string;
      careType: string;
      amountApproved: string | null;
      priorAuthorisation: { status: string; plannedDate: string } | null;
    }
    const me = await platform.query<{
      me: {
        officer: {
          matricule: string;
          applications: { id: string; status: string; amount: string }[];
          claims: Claim[];
          dependents: { claims: Claim[] | null }[];
        };
      };
    }>(
      await token(),
      `query { me { officer { matricule applications { id status amount } claims { ${CLAIM} } dependents { claims { ${CLAIM} } } } } }`,
    );
    const { officer } = me.data!.me;
    const mad = new Intl.NumberFormat('fr-MA', {
      numberingSystem: 'latn',
      style: 'currency',
      currency: 'MAD',
      minimumFractionDigits: 2,
    });
    const next = (status: string, amount: string | null): string | null => {
      const words: Record<string, string> = {
        ENTERED: 'les contrôles de la Mutuelle',
        CHECKED: 'l’avis du médecin-conseil',
        UNDER_REVIEW: 'la décision du médecin-conseil, qui l’examine',
        APPROVED: `le remboursement de ${mad.format(Number(amount))}`,
        PARTIALLY_APPROVED: `le remboursement de ${mad.format(Number(amount))}`,
        SUBMITTED: 'l’examen par l’agent de la Fondation',
        WAITLISTED: 'une place libérée dans le budget ou le quota de la région',
      };
      return status in words ? `Prochaine étape : ${words[status]}` : null;
    };
    const day = new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    // A hospitalisation awaiting the advisor without a granted authorisation waits on one first.
    const unauthorised = (c: Claim) =>
      c.careType === 'HOSPITALISATION' &&
      ['CHECKED', 'UNDER_REVIEW'].includes(c.status) &&
      c.priorAuthorisation?.status !== 'GRANTED';
    const claimNext = (c: Claim): string | null =>
      !unauthorised(c)
        ? next(c.status, c.amountApproved)
        : c.priorAuthorisation?.status === 'REQUESTED'
          ? `Prochaine étape : la décision du médecin-conseil sur l’accord préalable demandé pour le ${day.format(new Date(`${c.priorAuthorisation.plannedDate}T12:00:00Z`))}, sans lequel l’hospitalisation n’est pas remboursée`
          : 'Prochaine étape : un accord préalable pour cette hospitalisation, à demander à l’agent de la Mutuelle ; sans lui, elle n’est pas remboursée';
    const applicationNext = (a: { status: string; amount: string }) =>
      a.status === 'APPROVED'
        ? `Prochaine étape : le versement de ${mad.format(Number(a.amount))}`
        : a.status === 'UNDER_REVIEW'
          ? 'Prochaine étape : la décision du chef régional'
          : next(a.status, null);
    const said = async (row: Locator, testId: string) => {
      const line = row.getByTestId(testId);
      return (await line.count()) > 0 ? (await line.innerText()).replace(/\s+/g, ' ') : null;
    };

    const claims = [...officer.claims, ...officer.dependents.flatMap((d) => d.claims ?? [])];
    expect(claims.some((c) => next(c.status, c.amountApproved) !== null)).toBe(true);
    // The demonstration officer has a checked hospitalisation with no authorisation asked for.
    const hospitalisation = claims.find(unauthorised);
    expect(hospitalisation?.priorAuthorisation).toBeNull();
    await page
      .locator(`[data-testid="officer-claim"][data-id="${hospitalisation!.id}"] [data-testid="claim-next"]`)
      .waitFor();
    for (const claim of claims) {
      const row = page.locator(`[data-testid="officer-claim"][data-id="${claim.id}"]`);
      expect([claim.id, await said(row, 'claim-next')]).toEqual([claim.id, claimNext(claim)]);
    }
    for (const application of officer.applications) {
      const row = page.locator(`[data-testid="officer-application"][data-id="${application.id}"]`);
      expect([application.id, await said(row, 'application-next')]).toEqual([
        application.id,
        applicationNext(application),
      ]);
    }
    expect(await said(applied, 'application-next')).toBe('Prochaine étape : l’examen par l’agent de la Fondation');

    await language('ar');
    expect(await said(applied, 'application-next')).toBe('الخطوة التالية: دراسة الطلب من طرف عون المؤسسة');
    const entered = claims.find((c) => c.status === 'ENTERED');
    expect(entered).toBeDefined();
    expect(await said(page.locator(`[data-testid="officer-claim"][data-id="${entered!.id}"]`), 'claim-next')).toBe(
      'الخطوة التالية: مراقبة التعاضدية',
    );
    expect(
      await said(page.locator(`[data-testid="officer-claim"][data-id="${hospitalisation!.id}"]`), 'claim-next'),
    ).toBe('الخطوة التالية: موافقة مسبقة لهذا الاستشفاء، تُطلب من عون التعاضدية؛ بدونها لا يُعوَّض');
    expect(await accessibilityProblems(page, 'next steps ar')).toEqual([]);
    await language('fr');

    // The mutual's agent opening the same file sees each claim's status, without the officer's guidance.
    await signInAs(page, base, 'mutual-agent-fes');
    await page.goto(`${base}/officers/${officer.matricule}`);
    await page.getByTestId('officer-claim').first().waitFor();
    expect(await page.getByTestId('claim-next').count()).toBe(0);
  });

  it('refuses to withdraw without a reason, in Arabic, sending nothing; then withdraws with one and shows it withdrawn after a reload', async () => {
    await signInAs(page, base, 'officer-fes');
    await page.waitForURL((url) => url.pathname === '/me');
    await language('ar');
    const form = page.getByTestId('withdraw');
    await form.waitFor();
    const id = await form.getByTestId('field-applicationId').inputValue();
    // Each choice reads "campaign — season · beneficiary (status)": one dash, the campaign's own.
    const choices = await form.getByTestId('field-applicationId').locator('option').allInnerTexts();
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice).toMatch(/^[^—]+ — [^—]+ · [^—]+ \([^—]+\)$/);
    await form.getByTestId('withdraw-submit').click();
    const refusal = form.getByTestId('withdraw-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await refusal.getAttribute('data-field')).toBe('reason');
    expect(await refusal.innerText()).toContain('السبب');
    expect(await form.getByTestId('field-reason').getAttribute('aria-invalid')).toBe('true');
    const before = await platform.query<{ application: { status: string } | null }>(
      await token(),
      operation('ApplicationStatus'),
      { id },
    );
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

  describe('a foundation agent', () => {
    const matricule = `T${Date.now().toString().slice(-8)}`;
    let dependentId: string;

    it('registers an officer in French and opens the new file from the success link, still there after a reload', async () => {
      await signInAs(page, base, 'foundation-agent-fes');
      await page.getByRole('link', { name: 'Personnels' }).click();
      const form = page.getByTestId('register-officer');
      await form.waitFor();
      await form.getByTestId('field-matricule').fill(matricule);
      await form.getByTestId('field-firstNameLatin').fill('Samir');
      await form.getByTestId('field-lastNameLatin').fill('Alaoui');
      await form.getByTestId('field-firstNameAr').fill('سمير');
      await form.getByTestId('field-lastNameAr').fill('العلوي');
      // Every rank of the schema, from the most junior up, each in words.
      const ranks = await optionsOf(form.getByTestId('field-rank'));
      expect(ranks.map(([value]) => value)).toEqual(enumValuesOf('Rank'));
      expect([ranks.at(0), ranks.at(-1)]).toEqual([
        ['GARDIEN_DE_LA_PAIX', 'Gardien de la paix'],
        ['CONTROLEUR_GENERAL', 'Contrôleur général'],
      ]);
      await form.getByTestId('field-rank').selectOption('INSPECTEUR');
      await form.getByTestId('field-birthDate').fill('1990-03-14');
      await form.getByTestId('field-serviceStartDate').fill('2015-09-01');
      // Before sending: service cannot start before 18 (the field is named and highlighted).
      await form.getByTestId('field-birthDate').fill('2000-03-14');
      await form.getByTestId('register-officer-submit').click();
      expect(await form.getByTestId('register-officer-error').getAttribute('data-field')).toBe('serviceStartDate');
      expect(await form.getByTestId('field-serviceStartDate').getAttribute('aria-invalid')).toBe('true');
      await form.getByTestId('field-birthDate').fill('1990-03-14');
      await form.getByTestId('register-officer-submit').click();
      await form.getByTestId('register-officer-link').click();
      await page.waitForURL((url) => url.pathname === `/officers/${matricule}`);
      await page.reload();
      await page.getByTestId('officer-file').waitFor();
      const text = await page.getByTestId('officer-file').innerText();
      expect(text).toContain('Samir Alaoui');
      expect(text).toContain('Inspecteur');
      expect(text).toContain('1 septembre 2015');
      // A new file has nothing yet in its sections, and says so of each in words that agree with it.
      expect(text).toContain('Aucun ayant droit');
      expect(text).toContain('Aucune demande');
      expect(text).toContain('Aucune formation');
      await language('ar');
      await page.waitForFunction('document.body.innerText.includes("لا توجد تكوينات")');
      const arabic = await page.getByTestId('officer-file').innerText();
      expect(arabic).toContain('لا يوجد ذوو حقوق');
      expect(arabic).toContain('لا توجد طلبات');
      await language('fr');
    });

    it('is told in Arabic, on the matricule field, that the matricule is already registered', async () => {
      await page.goto(`${base}/officers`);
      await language('ar');
      const form = page.getByTestId('register-officer');
      await form.getByTestId('field-matricule').fill(matricule);
      for (const [field, text] of [
        ['firstNameLatin', 'Autre'],
        ['lastNameLatin', 'Nom'],
        ['firstNameAr', 'آخر'],
        ['lastNameAr', 'اسم'],
        ['birthDate', '1991-01-01'],
        ['serviceStartDate', '2016-01-01'],
      ]) {
        await form.getByTestId(`field-${field}`).fill(text);
      }
      await form.getByTestId('register-officer-submit').click();
      const refusal = form.getByTestId('register-officer-error');
      await refusal.waitFor();
      expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
      expect(await refusal.getAttribute('data-field')).toBe('matricule');
      expect(await refusal.innerText()).toContain('إدخال مرفوض');
      expect(await refusal.innerText()).toContain('رقم التأجير');
      await language('fr');
    });

    it("adds a child to the family, applies for the family, and ends the child's link after a CONFLICT and a reload; the file shows it after a reload", async () => {
      await page.goto(`${base}/officers/${matricule}`);
      const add = page.getByTestId('add-dependent');
      await add.waitFor();
      await add.getByTestId('field-relation').selectOption('CHILD');
      for (const [field, text] of [
        ['firstNameLatin', 'Yasmine'],
        ['lastNameLatin', 'Alaoui'],
        ['firstNameAr', 'ياسمين'],
        ['lastNameAr', 'العلوي'],
        ['birthDate', '2016-05-02'],
      ]) {
        await add.getByTestId(`field-${field}`).fill(text);
      }
      await add.getByTestId('add-dependent-submit').click();
      await add.getByTestId('add-dependent-done').waitFor();
      await page.reload();
      const row = page.locator('[data-testid="dependent"]', { hasText: 'Yasmine Alaoui' });
      await row.waitFor();
      dependentId = (await row.getAttribute('data-id'))!;
      expect(await row.innerText()).toContain('Enfant');

      const application = await applyToSomething(page);
      await page.reload();
      expect(
        await page.locator(`[data-testid="officer-application"][data-id="${application}"]`).getAttribute('data-status'),
      ).toBe('SUBMITTED');

      // Someone else changes the child's record behind the page's back: the page's version is stale.
      const admin = await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null });
      const file = await platform.query<{ officer: { dependents: { id: string; version: number }[] } }>(
        admin,
        operation('OfficerFile'),
        { matricule },
      );
      const version = file.data!.officer.dependents.find((d) => d.id === dependentId)!.version;
      const changed = await platform.query(admin, operation('UpdateDependent'), {
        input: { dependentId, disabled: true, expectedVersion: version },
      });
      expect(changed.errors).toBeUndefined();

      const end = page.getByTestId('end-link');
      await end.getByTestId('field-dependentId').selectOption(dependentId);
      await end.getByTestId('field-endedOn').fill('2026-11-30');
      await end.getByTestId('field-reason').selectOption('INDEPENDENCE');
      await end.getByTestId('end-link-submit').click();
      const conflict = end.getByTestId('end-link-error');
      await conflict.waitFor();
      expect(await conflict.getAttribute('data-code')).toBe('CONFLICT');
      expect(await conflict.innerText()).toContain('Quelqu’un d’autre a modifié');
      await conflict.getByTestId('reload-queue').click();
      await page
        .locator(`[data-testid="dependent"][data-id="${dependentId}"]`, { hasText: 'En situation de handicap' })
        .waitFor();
      await end.getByTestId('end-link-submit').click();
      await end.getByTestId('end-link-done').waitFor();
      await page.reload();
      const ended = page.locator(`[data-testid="dependent"][data-id="${dependentId}"]`);
      await ended.waitFor();
      expect(await ended.getAttribute('data-ended')).toBe('2026-11-30');
      expect(await ended.innerText()).toContain('Lien terminé le 30 novembre 2026');
    });

    it('transfers the officer registered above to another region, the choices and the outcome said by the region’s name, not as a refusal of the file that left the agent’s region', async () => {
      await page.goto(`${base}/officers/${matricule}`);
      const transfer = page.getByTestId('transfer');
      await transfer.waitFor();
      const choices = await transfer.getByTestId('field-toRegionCode').locator('option').allInnerTexts();
      // Each region by its name only: the code is what is sent, never what is read.
      expect(choices).toContain('Rabat');
      expect(choices.filter((choice) => /\b[A-Z][A-Z_-]+\b/.test(choice))).toEqual([]);
      expect(choices.some((choice) => choice.startsWith('Fès'))).toBe(false);
      await transfer.getByTestId('field-toRegionCode').selectOption('RABAT');
      await transfer.getByTestId('field-effectiveDate').fill(new Date().toISOString().slice(0, 10));
      await transfer.getByTestId('transfer-submit').click();
      // The file is Rabat's now, out of the FES agent's reach: the page says the transfer was made, not a refusal.
      const moved = page.getByTestId('officer-transferred-away');
      await moved.waitFor();
      expect(await moved.innerText()).toBe(
        `Mutation enregistrée : le personnel ${matricule} relève désormais de Rabat. Son dossier n’est plus dans votre périmètre.`,
      );
      expect(await page.getByTestId('officer-error').count()).toBe(0);
      const file = await platform.query<{ officer: { region: { code: string } } }>(
        await platform.tokenFor({ sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null }),
        operation('OfficerFile'),
        { matricule },
      );
      expect(file.data!.officer.region.code).toBe('RABAT');
    });

    it("lets the FES foundation agent print the receipt of an application submitted at the counter, as the API has it, in French and in Arabic; its reference finds the application in Personnels and marks it in the officer's file, and a reference no application has is said so", async () => {
      await signInAs(page, base, 'foundation-agent-fes');
      // An officer of Fès in service, not the head, with no application yet: every campaign is open to them.
      const [officer] = await sql<{ matricule: string }>(
        platform.foundation.db.superuserUrl,
        `SELECT o.matricule FROM officer o
          WHERE o.region_code = 'FES' AND o.status = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
            AND NOT EXISTS (SELECT 1 FROM application a WHERE a.officer_matricule = o.matricule)
          ORDER BY o.matricule LIMIT 1`,
      );
      await page.goto(`${base}/officers/${encodeURIComponent(officer.matricule)}`);
      await page.getByTestId('apply').waitFor();
      const id = await applyToSomething(page);
      const outcome = page.getByTestId('apply-outcome');
      const reference = (await outcome.getAttribute('data-reference'))!;
      expect(reference).toMatch(/^DS-\d{4}-1\d{5}$/);
      expect(await outcome.innerText()).toBe(`Demande ${reference} déposée : Déposée.`);

      // The receipt handed over at the counter: every line the API's, printable.
      await page.getByTestId('apply-done').getByTestId('receipt-link').click();
      const receipt = page.getByTestId('receipt');
      await receipt.waitFor();
      type Named = { fullName: string; fullNameAr: string | null };
      const api = await platform.query<{
        applicationByReference: {
          id: string;
          status: string;
          amount: string;
          submittedAt: string;
          officer: Named & { matricule: string };
          dependent: (Named & { id: string }) | null;
          campaign: { id: string; season: string; programme: { nameFr: string; nameAr: string } };
        };
      }>(await token(), operation('ApplicationReceipt'), { reference: ` ${reference.toLowerCase()} ` });
      expect(api.errors).toBeUndefined();
      const application = api.data!.applicationByReference;
      expect(application.id).toBe(id);
      expect(await receipt.getAttribute('data-reference')).toBe(reference);
      expect(await receipt.getByTestId('receipt-reference').innerText()).toBe(reference);
      expect(await receiptLines(receipt)).toEqual([
        ['submittedAt', application.submittedAt],
        ['officer', officer.matricule],
        ...(application.dependent ? [['beneficiary', application.dependent.id]] : []),
        ['campaign', application.campaign.id],
        ['amount', application.amount],
        ['status', 'SUBMITTED'],
      ]);
      const words = (field: string) => receiptWords(receipt, field);
      expect(await words('campaign')).toContain(
        `${application.campaign.programme.nameFr} — ${application.campaign.season}`,
      );
      expect(await words('officer')).toContain(application.officer.fullName);
      expect(digits(await words('amount'))).toBe(digits(application.amount));
      expect(await words('status')).toBe('Déposée');
      expect(await receipt.innerText()).toContain('Fondation — action sociale · Fès');
      expect(await receipt.getByTestId('receipt-keep').innerText()).toContain(`la référence ${reference} permet`);
      expect(await accessibilityProblems(page, 'an application receipt fr')).toEqual([]);
      // On paper: the receipt alone, without the menu, the language or the buttons.
      const printed = await printedText(page);
      expect(printed).toContain('Récépissé de dépôt d’une demande d’aide sociale');
      expect(printed).toContain(reference);
      expect(printed).toContain(application.officer.fullName);
      expect(printed).not.toMatch(/Se déconnecter|Imprimer|Personnels/);
      await language('ar');
      await page.getByRole('heading', { name: 'وصل إيداع طلب دعم اجتماعي' }).waitFor();
      expect(await words('campaign')).toContain(application.campaign.programme.nameAr);
      expect(await accessibilityProblems(page, 'an application receipt ar')).toEqual([]);
      await language('fr');

      // Back to the officer's file, where the application's row says its reference and prints its receipt again.
      await page.getByRole('link', { name: '← Retour' }).click();
      const row = page.locator(`[data-testid="officer-application"][data-id="${id}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain(reference);
      expect(await row.getByTestId('receipt-link').getAttribute('href')).toBe(
        `/receipts/applications/${encodeURIComponent(reference)}`,
      );

      // The reference on the receipt, typed as it comes, finds the application in Personnels.
      await page.getByRole('link', { name: 'Personnels' }).click();
      const search = page.getByTestId('officer-search');
      await search.fill(` ${reference.toLowerCase()} `);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      const card = page.getByTestId('found-application');
      await card.waitFor();
      expect([await card.getAttribute('data-id'), await card.getAttribute('data-reference')]).toEqual([id, reference]);
      expect(await card.getByRole('heading').innerText()).toBe(`Demande ${reference}`);
      expect(await card.getByTestId('found-application-beneficiary').innerText()).toContain(
        application.dependent?.fullName ?? application.officer.fullName,
      );
      expect(digits(await card.getByTestId('found-application-facts').innerText())).toContain(
        digits(application.amount),
      );
      // A reference is not a name: no list of officers beside the application, nor one said to be loading.
      await settled(page);
      expect(await page.getByTestId('officer-results').count()).toBe(0);
      expect(await card.getByTestId('receipt-link').getAttribute('href')).toBe(
        `/receipts/applications/${encodeURIComponent(reference)}`,
      );
      await language('ar');
      expect(await card.getByRole('heading').innerText()).toBe(`الطلب ${reference}`);
      expect(await accessibilityProblems(page, 'an application found by its reference, in Arabic')).toEqual([]);
      await language('fr');
      await card.getByTestId('found-application-open').click();
      await page.waitForURL(
        (url) => url.pathname === `/officers/${officer.matricule}` && url.searchParams.get('application') === id,
      );
      const marked = page.locator('[data-testid="officer-application"][aria-current="true"]');
      await marked.waitFor();
      expect(await marked.count()).toBe(1);
      expect(await marked.getAttribute('data-id')).toBe(id);

      // A reference no application has is said so, in the search and on the receipt's page.
      await page.goto(`${base}/officers?q=DS-1999-0000001`);
      expect(await page.getByTestId('found-application-none').innerText()).toBe(
        'Aucune demande n’a la référence « DS-1999-0000001 ».',
      );
      await page.goto(`${base}/receipts/applications/DS-1999-0000001`);
      expect(await page.getByTestId('receipt-not-found').innerText()).toBe(
        'Aucune demande n’a la référence « DS-1999-0000001 ».',
      );
      // One longer than any reference (the API refuses it as input) is said the same way, not as a refused entry.
      const tooLong = `DS-2026-${'1'.repeat(40)}`;
      await page.goto(`${base}/officers?q=${tooLong}`);
      expect(await page.getByTestId('found-application-none').innerText()).toBe(
        `Aucune demande n’a la référence « ${tooLong} ».`,
      );

      // The Mutual's agents read no application: the reference is searched as a name, and nothing is found.
      await signInAs(page, base, 'mutual-agent-fes');
      await page.goto(`${base}/officers?q=${encodeURIComponent(reference)}`);
      await page.getByTestId('officer-count').waitFor();
      expect(await page.getByTestId('officer-count').getAttribute('data-value')).toBe('0');
      expect(await page.getByTestId('found-application').count()).toBe(0);
    });
  });

  describe('the mutual', () => {
    let priorAuthorisation: string;
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

    it("lets the FES mutual agent find an officer by name at the counter and go from their file to the family's claim form", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const found = await platform.query<{ officers: { edges: { node: { matricule: string; fullName: string } }[] } }>(
        await token(),
        operation('Officers'),
        { region: 'FES', first: 1 },
      );
      const officer = found.data!.officers.edges[0].node;
      await page.getByRole('link', { name: 'Personnels' }).click();
      await page.getByTestId('officer-search').fill(officer.fullName.split(' ')[0]);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('link', { name: officer.matricule, exact: true }).click();
      await page.getByTestId('officer-file').waitFor();
      await page.getByTestId('enter-health-work').click();
      await page.waitForURL((url) => url.pathname === '/health-work');
      // The family is looked up at once: the officer by name, and the forms for whom they cover.
      await page.getByTestId('beneficiary-family').filter({ hasText: officer.fullName }).waitFor();
      expect(await page.getByTestId('beneficiary-matricule').inputValue()).toBe(officer.matricule);
      const form = page.getByTestId('submit-claim');
      await form.waitFor();
      expect(await form.getByTestId('field-beneficiaryId').inputValue()).toBe(officer.matricule);
      expect(await page.getByTestId('request-prior-authorisation').count()).toBe(1);
    });

    it("finds a claim by the reference on its receipt, typed as it comes, says whom it is for and where it stands as the API has it, and marks it in the officer's file, in French and in Arabic; a reference no claim has is said so, and a foundation agent's search stays by name", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      // A claim of a FES officer's dependent: the card names both.
      const [stored] = await sql<{ id: string; reference: string }>(
        platform.mutual.db.superuserUrl,
        `SELECT c.id, c.reference FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
          WHERE c.handling_region_code = 'FES' AND b.kind = 'DEPENDENT' AND b.link_ended_on IS NULL
          ORDER BY c.submitted_at DESC, c.id LIMIT 1`,
      );
      type Person = { fullName: string; fullNameAr: string; matricule: string };
      const api = await platform.query<{
        claimByReference: {
          id: string;
          amountClaimed: string;
          beneficiary: { __typename: 'Dependent'; fullName: string; officer: Person };
        };
      }>(await token(), operation('ClaimReceipt'), { reference: stored.reference });
      expect(api.errors).toBeUndefined();
      const claim = api.data!.claimByReference;
      expect(claim.beneficiary.__typename).toBe('Dependent');
      const officer = claim.beneficiary.officer;

      await page.getByRole('link', { name: 'Personnels' }).click();
      const search = page.getByTestId('officer-search');
      expect(await search.getAttribute('placeholder')).toBe(
        'Nom (latin ou arabe), matricule ou référence d’un dossier de soins (RB-…)',
      );
      await search.fill(` ${stored.reference.toLowerCase()} `);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      const card = page.getByTestId('found-claim');
      await card.waitFor();
      expect([await card.getAttribute('data-id'), await card.getAttribute('data-reference')]).toEqual([
        claim.id,
        stored.reference,
      ]);
      expect(await card.getByRole('heading').innerText()).toBe(`Dossier de soins ${stored.reference}`);
      expect(await card.innerText()).toContain(claim.beneficiary.fullName);
      expect(await card.getByTestId('found-claim-officer').innerText()).toBe(officer.fullName);
      expect(digits(await card.getByTestId('found-claim-facts').innerText())).toContain(digits(claim.amountClaimed));
      // A reference is not a name: no list of officers beside the claim, nor one said to be loading.
      await settled(page);
      expect(await page.getByTestId('officer-results').count()).toBe(0);
      expect(await page.getByRole('status').filter({ hasText: 'Chargement' }).count()).toBe(0);
      expect(await card.getByTestId('receipt-link').getAttribute('href')).toBe(
        `/receipts/claims/${encodeURIComponent(stored.reference)}`,
      );
      await language('ar');
      expect(await card.getByRole('heading').innerText()).toBe(`ملف العلاج ${stored.reference}`);
      expect(await accessibilityProblems(page, 'a claim found by its reference, in Arabic')).toEqual([]);
      await language('fr');

      await card.getByTestId('found-claim-open').click();
      await page.waitForURL(
        (url) => url.pathname === `/officers/${officer.matricule}` && url.searchParams.get('claim') === claim.id,
      );
      const marked = page.locator('[data-testid="officer-claim"][aria-current="true"]');
      await marked.waitFor();
      expect(await marked.count()).toBe(1);
      expect(await marked.getAttribute('data-id')).toBe(claim.id);
      expect(await marked.innerText()).toContain(stored.reference);

      await page.goto(`${base}/officers?q=RB-1999-000001`);
      expect(await page.getByTestId('found-claim-none').innerText()).toBe(
        'Aucun dossier de soins n’a la référence « RB-1999-000001 ».',
      );

      // The foundation's agents read no claim: the reference is searched as a name, and nothing is found.
      await signInAs(page, base, 'foundation-agent-fes');
      await page.goto(`${base}/officers?q=${encodeURIComponent(stored.reference)}`);
      await page.getByTestId('officer-count').waitFor();
      expect(await page.getByTestId('officer-count').getAttribute('data-value')).toBe('0');
      expect(await page.getByTestId('found-claim').count()).toBe(0);
      expect(await page.getByTestId('officer-search').getAttribute('placeholder')).toBe(
        'Nom (latin ou arabe), matricule ou référence d’une demande (DS-…)',
      );
    });

    it('says in words, in French and in Arabic, that no officer has a mistyped matricule on the health entry page, and leads to the search by name', async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const unused = { matricule: '999999' };
      expect(
        await sql(platform.foundation.db.superuserUrl, 'SELECT 1 FROM officer WHERE matricule = $1', [
          unused.matricule,
        ]),
      ).toHaveLength(0);
      await page.goto(`${base}/health-work`);
      await page.getByTestId('beneficiary-matricule').fill(unused.matricule);
      await page.getByTestId('beneficiary-find').click();
      const notFound = page.getByTestId('beneficiary-not-found');
      await notFound.waitFor();
      expect((await notFound.innerText()).replace(/\s+/g, ' ')).toBe(
        `Aucun fonctionnaire n’a le matricule « ${unused.matricule} ». Le chercher par son nom dans Personnels`,
      );
      expect(await page.getByTestId('submit-claim').count()).toBe(0);
      await language('ar');
      expect(await notFound.innerText()).toContain(`لا يوجد موظف يحمل رقم التأجير «${unused.matricule}»`);
      expect(await accessibilityProblems(page, 'unknown matricule ar')).toEqual([]);
      await language('fr');
      await notFound.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/officers');
      await page.getByTestId('officer-search').waitFor();
    });

    it('says, before anything is sent, that the person a claim or a prior authorisation is for has no coverage today, as the API has it, and names them in the choice, in French and in Arabic', async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      type Person = { id?: string; fullName: string; fullNameAr: string; coverage: { active: boolean } | null };
      const found = await platform.query<{
        officers: {
          edges: Array<{ node: { matricule: string; dependents: Array<Person & { linkEndedOn: string | null }> } }>;
        };
      }>(
        await token(),
        'query { officers(region: "FES", first: 25) { edges { node { matricule dependents { id fullName fullNameAr linkEndedOn coverage { active } } } } } }',
      );
      expect(found.errors).toBeUndefined();
      // A family with a dependent the Mutual does not cover today, and one it does.
      const family = found
        .data!.officers.edges.map((edge) => edge.node)
        .map((officer) => ({ officer, living: officer.dependents.filter((d) => !d.linkEndedOn) }))
        .find(
          ({ living }) => living.some((d) => !d.coverage?.active) && living.some((d) => d.coverage?.active === true),
        );
      expect(family).toBeDefined();
      const uncovered = family!.living.find((d) => !d.coverage?.active)!;
      const covered = family!.living.find((d) => d.coverage?.active === true)!;

      await page.goto(`${base}/health-work?matricule=${family!.officer.matricule}`);
      for (const [formId, warningId] of [
        ['submit-claim', 'claim-uncovered'],
        ['request-prior-authorisation', 'authorisation-uncovered'],
      ] as const) {
        const form = page.getByTestId(formId);
        const choice = form.getByTestId('field-beneficiaryId');
        await choice.waitFor();
        const labels = new Map(await optionsOf(choice));
        expect(labels.get(uncovered.id!)).toMatch(/ · sans couverture en cours\)$/);
        expect(labels.get(covered.id!)).not.toContain('sans couverture');
        await choice.selectOption(uncovered.id!);
        expect(await form.getByTestId(warningId).innerText()).toBe(
          `${uncovered.fullName} n’a pas de couverture en cours à la Mutuelle : un dossier pour des soins d’aujourd’hui serait rejeté (Non couvert). Seuls des soins d’une période couverte peuvent être remboursés.`,
        );
        await choice.selectOption(covered.id!);
        expect(await form.getByTestId(warningId).count()).toBe(0);
        await choice.selectOption(uncovered.id!);
      }
      await language('ar');
      const warning = page.getByTestId('submit-claim').getByTestId('claim-uncovered');
      expect(await warning.innerText()).toMatch(
        new RegExp(`^لا تتوفر لـ${uncovered.fullNameAr} تغطية جارية لدى التعاضدية`),
      );
      expect(await accessibilityProblems(page, 'a claim for someone without coverage, in Arabic')).toEqual([]);
      await language('fr');
    });

    it("says at the counter, and in the family's ceilings, that a person's plan does not cover a care type, as the API has it, in French and in Arabic", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const mutual = platform.mutual.db.superuserUrl;
      // A covered dependent of a FES family, other than the ones the tests nearby read, moved for this test to a copy
      // of their plan without optical care (the demonstration's plans cover every care type).
      const [chosen] = await sql<{
        person_id: string;
        officer_matricule: string;
        coverage_id: string;
        plan_id: string;
      }>(
        mutual,
        `SELECT b.person_id, b.officer_matricule, c.id AS coverage_id, c.plan_id FROM beneficiary b
           JOIN coverage c ON c.beneficiary_id = b.person_id
          WHERE b.kind = 'DEPENDENT' AND b.region_code = 'FES' AND b.link_ended_on IS NULL AND b.officer_matricule <> '101321'
            AND c.start_date <= current_date AND (c.end_date IS NULL OR c.end_date >= current_date)
          ORDER BY b.person_id DESC LIMIT 1`,
      );
      expect(chosen).toBeDefined();
      const [plan] = await sql<{ id: string }>(
        mutual,
        `INSERT INTO plan (code, name, name_ar) SELECT code || '-E2E', name || ' (sans optique)', name_ar FROM plan WHERE id = $1
         RETURNING id`,
        [chosen.plan_id],
      );
      await sql(
        mutual,
        `INSERT INTO plan_rule (plan_id, care_type, rate, yearly_ceiling)
         SELECT $2, care_type, rate, yearly_ceiling FROM plan_rule WHERE plan_id = $1 AND care_type <> 'OPTICAL'`,
        [chosen.plan_id, plan.id],
      );
      await sql(mutual, 'UPDATE coverage SET plan_id = $2 WHERE id = $1', [chosen.coverage_id, plan.id]);
      try {
        type Person = {
          id: string;
          fullName: string;
          fullNameAr: string;
          coverage: { ceilingUse: { careType: string }[] } | null;
        };
        const file = await platform.query<{ officer: { dependents: Person[] } }>(
          await token(),
          operation('OfficerFile'),
          {
            matricule: chosen.officer_matricule,
            withApplications: false,
            withCeilings: true,
          },
        );
        expect(file.errors).toBeUndefined();
        const person = file.data!.officer.dependents.find((d) => d.id === chosen.person_id)!;
        const types = person.coverage!.ceilingUse.map((use) => use.careType);
        expect(types).not.toContain('OPTICAL');
        expect(types.length).toBeGreaterThan(0);

        await page.goto(`${base}/health-work?matricule=${chosen.officer_matricule}`);
        const form = page.getByTestId('submit-claim');
        await form.getByTestId('field-beneficiaryId').waitFor();
        await form.getByTestId('field-beneficiaryId').selectOption(chosen.person_id);
        await form.getByTestId('field-careType').selectOption('OPTICAL');
        const hint = form.getByTestId('claim-ceiling');
        expect(await hint.getAttribute('data-state')).toBe('not-in-plan');
        expect(await hint.innerText()).toBe(
          `Le régime de ${person.fullName} ne rembourse pas ce type de soin : un dossier serait rejeté (Non couvert).`,
        );
        // A care type the plan covers says what is left, as before.
        await form.getByTestId('field-careType').selectOption(types[0]);
        expect(await hint.getAttribute('data-state')).not.toBe('not-in-plan');
        await form.getByTestId('field-careType').selectOption('OPTICAL');
        await language('ar');
        expect(await hint.innerText()).toBe(
          `لا يعوض نظام ${person.fullNameAr} هذا النوع من العلاجات: سيُرفض الملف (غير مغطى).`,
        );
        expect(await accessibilityProblems(page, 'a care type the plan does not cover, in Arabic')).toEqual([]);
        await language('fr');

        // The family's table of ceilings says it in the person's column, on the optical row.
        await page.goto(`${base}/officers/${chosen.officer_matricule}`);
        const cell = page.locator(
          `[data-testid="ceilings-row"][data-care-type="OPTICAL"] [data-testid="ceiling"][data-person="${chosen.person_id}"]`,
        );
        await cell.waitFor();
        expect(await cell.getAttribute('data-remaining')).toBe('');
        expect(await cell.innerText()).toBe('Non couvert');
      } finally {
        await sql(mutual, 'UPDATE coverage SET plan_id = $2 WHERE id = $1', [chosen.coverage_id, chosen.plan_id]);
        await sql(mutual, 'DELETE FROM plan_rule WHERE plan_id = $1', [plan.id]);
        await sql(mutual, 'DELETE FROM plan WHERE id = $1', [plan.id]);
      }
    });

    it("says at the counter what the chosen person's plan has left this year for the care type, as the API has it, and that a claim would be rejected once an approval has reached the ceiling, in French and in Arabic", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const mutual = platform.mutual.db.superuserUrl;
      // A covered dependent of a FES family (not the seeded officer's, which other tests read) with no optical care
      // approved this year: what the plan leaves is its whole ceiling.
      const [chosen] = await sql<{ person_id: string; officer_matricule: string }>(
        mutual,
        `SELECT b.person_id, b.officer_matricule FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
          WHERE b.kind = 'DEPENDENT' AND b.region_code = 'FES' AND b.link_ended_on IS NULL AND b.officer_matricule <> '101321'
            AND c.start_date <= current_date AND (c.end_date IS NULL OR c.end_date >= current_date)
            AND NOT EXISTS (SELECT 1 FROM claim k WHERE k.beneficiary_id = b.person_id AND k.care_type = 'OPTICAL'
                             AND k.care_start_date >= date_trunc('year', current_date))
          ORDER BY b.person_id LIMIT 1`,
      );
      expect(chosen).toBeDefined();
      type Use = CeilingUseRow;
      const optical = async (): Promise<{ fullName: string; fullNameAr: string; use: Use }> => {
        const file = await platform.query<{
          officer: {
            dependents: { id: string; fullName: string; fullNameAr: string; coverage: { ceilingUse: Use[] } }[];
          };
        }>(await token(), operation('OfficerFile'), {
          matricule: chosen.officer_matricule,
          withApplications: false,
          withCeilings: true,
        });
        expect(file.errors).toBeUndefined();
        const dependent = file.data!.officer.dependents.find((d) => d.id === chosen.person_id)!;
        return { ...dependent, use: dependent.coverage.ceilingUse.find((use) => use.careType === 'OPTICAL')! };
      };
      const before = await optical();
      expect(before.use.approved).toBe('0.00');
      expect(before.use.remaining).toBe(before.use.yearlyCeiling);
      expect(before.use).toMatchObject({ inProgress: '0.00', claimsInProgress: 0 });

      const hint = async () => {
        await page.goto(`${base}/health-work?matricule=${chosen.officer_matricule}`);
        const form = page.getByTestId('submit-claim');
        await form.getByTestId('field-beneficiaryId').waitFor();
        await form.getByTestId('field-beneficiaryId').selectOption(chosen.person_id);
        await form.getByTestId('field-careType').selectOption('OPTICAL');
        return form.getByTestId('claim-ceiling');
      };
      const left = await hint();
      expect(await left.getAttribute('data-state')).toBe('left');
      expect(await left.getAttribute('data-remaining')).toBe(before.use.remaining);
      expect(await left.getAttribute('data-in-progress')).toBe('0.00');
      const leftText = await left.innerText();
      expect(leftText).toMatch(
        new RegExp(
          `^Optique pour ${before.fullName} en ${YEAR} : il reste .+\\sMAD sur un plafond de .+\\sMAD \\(remboursé à \\d+\\s?%\\)\\.$`,
        ),
      );
      expect(digits(leftText)).toBe(
        YEAR +
          digits(before.use.remaining) +
          digits(before.use.yearlyCeiling) +
          String(Math.round(before.use.rate * 100)),
      );

      // Optical care past the ceiling, entered and approved: the plan leaves nothing of it this year.
      const [act] = await sql<{ act_code: string; tariff: string }>(
        mutual,
        "SELECT act_code, tariff::text AS tariff FROM act_tariff WHERE care_type = 'OPTICAL' ORDER BY tariff DESC LIMIT 1",
      );
      const [optician] = await sql<{ id: string }>(
        mutual,
        "SELECT id FROM provider WHERE region_code = 'FES' AND 'OPTICAL' = ANY (care_types) ORDER BY name LIMIT 1",
      );
      const perUnit = Number(act.tariff) * before.use.rate;
      const quantity = Math.ceil(Number(digits(before.use.yearlyCeiling)) / perUnit) + 1;
      const care = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
      const submitted = await platform.query<{ submitClaim: { id: string; version: number; status: string } }>(
        await token(),
        operation('SubmitClaim'),
        {
          input: {
            beneficiaryId: chosen.person_id,
            providerId: optician.id,
            careType: 'OPTICAL',
            careStartDate: care,
            careEndDate: care,
            diagnosisCodes: ['H52.1'],
            lines: [{ actCode: act.act_code, quantity, unitPrice: (Number(act.tariff) / 100).toFixed(2) }],
            idempotencyKey: `ceiling-${chosen.person_id}`,
          },
        },
      );
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitClaim.status).toBe('CHECKED');
      // Checked, not decided yet: the counter says what it asks for beside what is left, which it does not change.
      const claimed = ((quantity * Number(act.tariff)) / 100).toFixed(2);
      expect((await optical()).use).toMatchObject({
        remaining: before.use.remaining,
        inProgress: claimed,
        claimsInProgress: 1,
      });
      const examined = await hint();
      expect(await examined.getAttribute('data-state')).toBe('left');
      expect(await examined.getAttribute('data-remaining')).toBe(before.use.remaining);
      expect(await examined.getAttribute('data-in-progress')).toBe(claimed);
      const examinedText = await examined.innerText();
      expect(examinedText).toMatch(
        /\)\. Un dossier de ce type, en cours d’examen, demande .+\sMAD : ce qui reste baissera de ce qui y sera accordé\.$/,
      );
      expect(digits(examinedText)).toBe(digits(leftText) + digits(claimed));
      await language('ar');
      expect(await examined.innerText()).toContain('ملف واحد من هذا النوع قيد الدراسة يطلب');
      await language('fr');
      const advisor = await platform.tokenFor({ sub: 'e2e-advisor-ceiling', role: 'MEDICAL_ADVISOR', region: null });
      const reviewed = await platform.query<{ reviewClaim: { version: number } }>(advisor, operation('ReviewClaim'), {
        id: submitted.data!.submitClaim.id,
        version: submitted.data!.submitClaim.version,
      });
      expect(reviewed.errors).toBeUndefined();
      const decided = await platform.query<{ decideClaim: { status: string; amountApproved: string } }>(
        advisor,
        operation('DecideClaim'),
        { id: submitted.data!.submitClaim.id, version: reviewed.data!.reviewClaim.version, decision: 'APPROVE' },
      );
      expect(decided.errors).toBeUndefined();
      expect(decided.data!.decideClaim).toMatchObject({
        status: 'PARTIALLY_APPROVED',
        amountApproved: before.use.yearlyCeiling,
      });
      const after = await optical();
      expect(after.use).toMatchObject({
        approved: before.use.yearlyCeiling,
        remaining: '0.00',
        inProgress: '0.00',
        claimsInProgress: 0,
      });

      const reached = await hint();
      expect(await reached.getAttribute('data-state')).toBe('reached');
      const reachedText = await reached.innerText();
      expect(reachedText).toMatch(
        new RegExp(
          `^Optique pour ${before.fullName} : le plafond de ${YEAR} \\(.+\\sMAD\\) est atteint\\. Un dossier pour des soins de cette année serait rejeté \\(Plafond atteint\\)\\.$`,
        ),
      );
      expect(digits(reachedText)).toBe(YEAR + digits(before.use.yearlyCeiling));
      await language('ar');
      expect(await reached.innerText()).toMatch(new RegExp(`^البصريات لـ${before.fullNameAr}: تم بلوغ سقف ${YEAR}`));
      expect(await accessibilityProblems(page, 'a claim past the ceiling, in Arabic')).toEqual([]);
      await language('fr');
    });

    it("lets the FES mutual agent enter a claim with its lines, shows the automatic checks' outcome, prints its receipt as the API has it, in French and in Arabic, and finds the claim in the officer's file after a reload", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const matricule = await firstOfficerOf(platform, page, 'FES');
      const provider = await consultationProviderOf(platform, page, 'FES');

      await page.getByRole('link', { name: 'Saisie santé' }).click();
      await page.getByTestId('beneficiary-matricule').fill(matricule);
      await page.getByTestId('beneficiary-find').click();
      const form = page.getByTestId('submit-claim');
      await form.waitFor();
      // Every care type the mutual covers is offered.
      expect((await optionsOf(form.getByTestId('field-careType'))).map(([value]) => value)).toEqual(
        enumValuesOf('CareType'),
      );
      await form.getByTestId('field-careType').selectOption('CONSULTATION');
      // The provider is found by its name among the region's that give this care, its city beside its name.
      await form.getByTestId('field-providerId').fill(provider.nameFr);
      await page
        .getByRole('option', { name: `${provider.nameFr} — ${provider.cityFr} (` })
        .first()
        .click();
      await form.getByTestId('field-careStartDate').fill(daysAgo(3));
      await form.getByTestId('field-careEndDate').fill(daysAgo(3));
      // The diagnoses are found by their words, or typed as codes: the claim carries the codes.
      const diagnoses = form.getByTestId('field-diagnosisCodes');
      await diagnoses.fill('voies respiratoires');
      await page
        .getByRole('option', { name: 'J06.9 — Infection aiguë des voies respiratoires supérieures, sans précision' })
        .click();
      await diagnoses.fill('i10');
      await diagnoses.press('Enter');
      expect(await form.locator('.mantine-Pill-label').allInnerTexts()).toEqual([
        'J06.9 — Infection aiguë des voies respiratoires supérieures, sans précision',
        'I10 — Hypertension essentielle (primitive)',
      ]);
      // The act is found in the tariff by its words, and picking it fills its price.
      await form.getByTestId('field-lines.0.actCode').fill('médecin général');
      await page.getByRole('option', { name: /^C — Consultation de médecin généraliste/ }).click();
      expect(await form.getByTestId('field-lines.0.actCode').inputValue()).toMatch(/^C — /);
      expect(await form.getByTestId('field-lines.0.unitPrice').inputValue()).toMatch(/^80([.,]00)?$/);
      // A line without its quantity is refused before sending, on that field.
      await form.getByTestId('submit-claim-submit').click();
      expect(await form.getByTestId('submit-claim-error').getAttribute('data-field')).toBe('lines.0.quantity');
      expect(await form.getByTestId('submit-claim-error').innerText()).toContain('Quantité');
      await form.getByTestId('field-lines.0.quantity').fill('1');
      await form.getByTestId('submit-claim-submit').click();
      const outcome = form.getByTestId('claim-outcome');
      await outcome.waitFor();
      const status = (await outcome.getAttribute('data-status'))!;
      const reference = (await outcome.getAttribute('data-reference'))!;
      expect(['CHECKED', 'REJECTED']).toContain(status);
      expect(await outcome.innerText()).toContain(status === 'CHECKED' ? 'Contrôlé' : 'Rejeté');

      // The receipt handed over at the counter: every line the API's, nothing clinical, printable.
      await outcome.getByTestId('receipt-link').click();
      const receipt = page.getByTestId('receipt');
      await receipt.waitFor();
      type Named = { matricule?: string; id?: string; fullName: string; fullNameAr: string | null };
      const api = await platform.query<{
        claimByReference: {
          status: string;
          rejectionCode: string | null;
          careType: string;
          careStartDate: string;
          careEndDate: string;
          submittedAt: string;
          amountClaimed: string;
          provider: { nameFr: string } | null;
          beneficiary: (Named & { __typename: 'Officer' }) | (Named & { __typename: 'Dependent'; officer: Named });
        };
      }>(await token(), operation('ClaimReceipt'), { reference });
      expect(api.errors).toBeUndefined();
      const claim = api.data!.claimByReference;
      const person = claim.beneficiary;
      expect(await receipt.getAttribute('data-reference')).toBe(reference);
      expect(await receipt.getByTestId('receipt-reference').innerText()).toBe(reference);
      expect(await receiptLines(receipt)).toEqual([
        ['submittedAt', claim.submittedAt],
        ['officer', person.__typename === 'Officer' ? person.matricule : person.officer.matricule],
        ...(person.__typename === 'Dependent' ? [['beneficiary', person.id]] : []),
        ['careType', claim.careType],
        ['care', `${claim.careStartDate}/${claim.careEndDate}`],
        ['provider', claim.provider!.nameFr],
        ['amountClaimed', claim.amountClaimed],
        ['status', claim.status],
      ]);
      const words = (field: string) => receiptWords(receipt, field);
      expect(await words('careType')).toBe('Consultation');
      expect(await words('provider')).toBe(`${provider.nameFr} — ${provider.cityFr}`);
      expect(digits(await words('amountClaimed'))).toBe(digits(claim.amountClaimed));
      expect(await words('status')).toMatch(status === 'CHECKED' ? /^Contrôlé$/ : /^Rejeté — /);
      expect(await receipt.getByTestId('receipt-keep').innerText()).toContain(`la référence ${reference} permet`);
      expect(await accessibilityProblems(page, 'a claim receipt fr')).toEqual([]);
      // On paper: the receipt alone, without the menu, the language or the buttons.
      const printed = await printedText(page);
      expect(printed).toContain('Récépissé de dépôt d’un dossier de soins');
      expect(printed).toContain(reference);
      expect(printed).toContain(person.fullName);
      expect(printed).not.toMatch(/Se déconnecter|Imprimer|Saisie santé/);
      await language('ar');
      await page.getByRole('heading', { name: 'وصل إيداع ملف علاج' }).waitFor();
      expect(await words('careType')).toBe('استشارة طبية');
      expect(digits(await words('amountClaimed'))).toBe(digits(claim.amountClaimed));
      expect(await accessibilityProblems(page, 'a claim receipt ar')).toEqual([]);
      await language('fr');

      // Back to the officer's file, where the claim's row prints its receipt again.
      await page.getByRole('link', { name: '← Retour' }).click();
      await page.reload();
      const row = page.locator('[data-testid="officer-claim"]', { hasText: reference });
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe(status);
      expect(await row.getByTestId('receipt-link').getAttribute('href')).toBe(
        `/receipts/claims/${encodeURIComponent(reference)}`,
      );
      const entered = await platform.query<{ claim: { diagnosisCodes: string[] } }>(
        await token(),
        'query ($id: ID!) { claim(id: $id) { diagnosisCodes } }',
        { id: await row.getAttribute('data-id') },
      );
      expect(entered.data?.claim.diagnosisCodes).toEqual(['J06.9', 'I10']);
      // A reference no claim has is said so, in words.
      await page.goto(`${base}/receipts/claims/RB-1999-000001`);
      expect(await page.getByTestId('receipt-not-found').innerText()).toBe(
        'Aucun dossier de soins n’a la référence « RB-1999-000001 ».',
      );
    });

    it('tells the FES mutual agent who enters a hospitalisation where it stands with its prior authorisation, as the API has it, and leads to asking for one, in French and in Arabic', async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const matricule = await firstOfficerOf(platform, page, 'FES');
      await page.getByRole('link', { name: 'Saisie santé' }).click();
      await page.getByTestId('beneficiary-matricule').fill(matricule);
      await page.getByTestId('beneficiary-find').click();
      const form = page.getByTestId('submit-claim');
      await form.waitFor();
      await form.getByTestId('field-careType').selectOption('HOSPITALISATION');
      await form.getByTestId('field-providerId').click();
      await page.locator('[role="listbox"] [role="option"]:visible').first().click();
      await form.getByTestId('field-careStartDate').fill(daysAgo(5));
      await form.getByTestId('field-careEndDate').fill(daysAgo(4));
      await form.getByTestId('field-diagnosisCodes').fill('K35.8');
      await form.getByTestId('field-diagnosisCodes').press('Enter');
      await form.getByTestId('field-lines.0.actCode').fill('hospitalisation');
      await page.getByRole('option', { name: /^HJ — / }).click();
      await form.getByTestId('field-lines.0.quantity').fill('2');
      await form.getByTestId('submit-claim-submit').click();
      const outcome = form.getByTestId('claim-outcome');
      await outcome.waitFor();
      expect(await outcome.getAttribute('data-status')).toBe('CHECKED');
      const reference = (await outcome.getAttribute('data-reference'))!;
      const [stored] = await sql<{ id: string }>(
        platform.mutual.db.superuserUrl,
        'SELECT id FROM claim WHERE reference = $1',
        [reference],
      );
      const api = await platform.query<{ claim: { priorAuthorisation: { status: string } | null } }>(
        await token(),
        'query ($id: ID!) { claim(id: $id) { priorAuthorisation { status } } }',
        { id: stored.id },
      );
      // Care five days ago with no authorisation asked for it: the API finds none, and the page says so.
      expect(api.data!.claim.priorAuthorisation).toBeNull();
      const said = form.getByTestId('claim-authorisation');
      expect(await said.getAttribute('data-status')).toBe('NONE');
      expect(await said.innerText()).toBe(
        'Aucun accord préalable pour ces dates : approbation impossible. Demander un accord préalable ci-dessous',
      );
      await said.getByTestId('claim-authorisation-request').click();
      await page.waitForURL((url) => url.hash === '#request-prior-authorisation');
      expect(await page.getByTestId('request-prior-authorisation').isVisible()).toBe(true);
      await language('ar');
      expect(await said.innerText()).toBe('لا توجد موافقة مسبقة لهذه التواريخ: لا يمكن القبول. طلب موافقة مسبقة أدناه');
      expect(await accessibilityProblems(page, 'hospitalisation entered ar')).toEqual([]);
      await language('fr');
    });

    it("offers the diagnoses, the tariff's acts and the region's providers in Arabic on an Arabic page, found by their words, and lists prior authorisations' providers in Arabic", async () => {
      await signInAs(page, base, 'mutual-agent-fes');
      const agent = await token();
      const matricule = await firstOfficerOf(platform, page, 'FES');
      const provider = await consultationProviderOf(platform, page, 'FES');
      await page.getByTestId('language').selectOption('ar');
      await page.waitForFunction('document.documentElement.dir === "rtl"');
      await page.goto(`${base}/health-work`);
      await page.getByTestId('beneficiary-matricule').fill(matricule);
      await page.getByTestId('beneficiary-find').click();
      const form = page.getByTestId('submit-claim');
      await form.waitFor();
      await form.getByTestId('field-careType').selectOption('CONSULTATION');
      await form.getByTestId('field-diagnosisCodes').fill('المسالك التنفسية');
      await page.getByRole('option', { name: 'J06.9 — تعفن حاد في المسالك التنفسية العليا، غير محدد' }).click();
      expect(await form.locator('.mantine-Pill-label').allInnerTexts()).toEqual([
        'J06.9 — تعفن حاد في المسالك التنفسية العليا، غير محدد',
      ]);
      await form.getByTestId('field-lines.0.actCode').fill('طبيب عام');
      await page.getByRole('option', { name: /^C — استشارة طبيب عام/ }).click();
      expect(await form.getByTestId('field-lines.0.unitPrice').inputValue()).toMatch(/^80([.,]00)?$/);
      await form.getByTestId('field-providerId').fill(provider.nameAr);
      await page
        .getByRole('option', { name: `${provider.nameAr} — ${provider.cityAr} (` })
        .first()
        .click();
      expect(await form.getByTestId('field-providerId').inputValue()).toContain(
        `${provider.nameAr} — ${provider.cityAr}`,
      );

      // The region's requests waiting for the medical advisor name their provider and its city in Arabic.
      const waiting = await platform.query<{
        priorAuthorisations: { edges: { node: { id: string; provider: ProviderNames | null } }[] };
      }>(agent, operation('PriorAuthorisations'), { status: 'REQUESTED', first: 1 });
      const first = waiting.data!.priorAuthorisations.edges[0].node;
      await page.goto(`${base}/prior-authorisations`);
      const card = await listedPriorAuthorisation(page, first.id);
      expect(await card.getByTestId('prior-authorisation-provider').innerText()).toBe(
        first.provider ? `${first.provider.nameAr} — ${first.provider.cityAr}` : '—',
      );
      await page.getByTestId('language').selectOption('fr');
      await page.waitForFunction('document.documentElement.dir === "ltr"');
    });

    it('lets the agent request a prior authorisation, which the agent follows and the medical advisor finds on their list with its reason', async () => {
      const form = await requestPriorAuthorisation(
        page,
        await firstOfficerOf(platform, page, 'FES'),
        'Arthroscopie du genou programmée',
      );
      const outcome = form.getByTestId('prior-authorisation-outcome');
      priorAuthorisation = (await outcome.getAttribute('data-id'))!;
      expect(await outcome.innerText()).toContain('Demandée');

      // The agent follows the region's requests, without deciding them.
      await page.getByRole('link', { name: 'Accords préalables' }).click();
      const followed = await listedPriorAuthorisation(page, priorAuthorisation);
      expect(await followed.getByTestId('prior-authorisation-status').innerText()).toContain('Demandée');
      expect(await followed.getByTestId('grant').count()).toBe(0);

      await signInAs(page, base, 'medical-advisor');
      await page.getByRole('link', { name: 'Accords préalables' }).click();
      await page.getByTestId('prior-authorisation').first().waitFor();
      expect(await page.getByTestId('queue-count').innerText()).toMatch(/\d+ demandes? à décider/);
      const requested = await listedPriorAuthorisation(page, priorAuthorisation);
      expect(await requested.getAttribute('data-status')).toBe('REQUESTED');
      expect(await requested.getByTestId('prior-authorisation-reason').innerText()).toContain(
        'Arthroscopie du genou programmée',
      );
    });

    it('names whom each prior authorisation is for, a dependent with their relation to the officer, as the API gives them, in French and in Arabic', async () => {
      // A request for a dependent of the region, sent by a FES mutual agent.
      const mutual = platform.mutual.db.superuserUrl;
      const [dependent] = await sql<{ person_id: string }>(
        mutual,
        "SELECT person_id FROM beneficiary WHERE region_code = 'FES' AND kind = 'DEPENDENT' AND link_ended_on IS NULL ORDER BY person_id LIMIT 1",
      );
      const [clinic] = await sql<{ id: string }>(
        mutual,
        "SELECT id FROM provider WHERE region_code = 'FES' AND 'HOSPITALISATION' = ANY (care_types) ORDER BY name LIMIT 1",
      );
      const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' });
      const requested = await platform.query<{ requestPriorAuthorisation: { id: string } }>(
        agent,
        `mutation ($b: ID!, $p: ID!, $d: Date!, $k: String!) {
          requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: "Amygdalectomie", idempotencyKey: $k) { id } }`,
        {
          b: dependent.person_id,
          p: clinic.id,
          d: new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10),
          k: `browser-dependent-${Date.now()}`,
        },
      );
      expect(requested.errors).toBeUndefined();
      const forDependent = requested.data!.requestPriorAuthorisation.id;

      await page.goto(`${base}/prior-authorisations`);
      // Who each is for, as the API tells the medical advisor.
      interface Person {
        fullName: string;
        fullNameAr: string;
      }
      const whoIs = async (id: string) =>
        (
          await platform.query<{ priorAuthorisation: { officer: Person; dependent: Person | null } }>(
            await token(),
            'query ($id: ID!) { priorAuthorisation(id: $id) { officer { fullName fullNameAr } dependent { fullName fullNameAr } } }',
            { id },
          )
        ).data!.priorAuthorisation;
      const officerCase = await whoIs(priorAuthorisation);
      const dependentCase = await whoIs(forDependent);
      expect(officerCase.dependent).toBeNull();
      const heading = async (id: string) =>
        (await listedPriorAuthorisation(page, id)).getByRole('heading', { level: 3 }).innerText();
      expect(await heading(priorAuthorisation)).toMatch(
        new RegExp(`^${officerCase.officer.fullName} — hospitalisation prévue le `),
      );
      const french = await heading(forDependent);
      expect(french.startsWith(`${dependentCase.dependent!.fullName} (`)).toBe(true);
      expect(french).toContain(`, ayant droit de ${dependentCase.officer.fullName}) — hospitalisation prévue le `);
      expect(french).not.toContain(dependent.person_id);

      await language('ar');
      const arabic = await heading(forDependent);
      expect(arabic.startsWith(`${dependentCase.dependent!.fullNameAr} (`)).toBe(true);
      expect(arabic).toContain(`، من ذوي حقوق ${dependentCase.officer.fullNameAr}) — استشفاء مبرمج بتاريخ `);
      expect(await accessibilityProblems(page, 'prior authorisations ar')).toEqual([]);
      await language('fr');
    });

    it("marks each requested hospitalisation whose date has passed or comes within a week, as the API dates it, and narrows the advisor's list to a region by its name, in French and in Arabic", async () => {
      await signInAs(page, base, 'medical-advisor');
      const mutual = platform.mutual.db.superuserUrl;
      const [beneficiary] = await sql<{ person_id: string }>(
        mutual,
        "SELECT person_id FROM beneficiary WHERE region_code = 'FES' AND kind = 'OFFICER' ORDER BY person_id LIMIT 1",
      );
      const [clinic] = await sql<{ id: string }>(
        mutual,
        "SELECT id FROM provider WHERE region_code = 'FES' AND 'HOSPITALISATION' = ANY (care_types) ORDER BY name LIMIT 1",
      );
      // Two stays FES's agent asks about: one in three days, one in a month.
      const agent = await platform.tokenFor({ sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' });
      const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
      const ids: Record<number, string> = {};
      for (const days of [3, 30]) {
        const requested = await platform.query<{ requestPriorAuthorisation: { id: string } }>(
          agent,
          `mutation ($b: ID!, $p: ID!, $d: Date!, $k: String!) {
            requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: "Cholécystectomie", idempotencyKey: $k) { id } }`,
          { b: beneficiary.person_id, p: clinic.id, d: inDays(days), k: `browser-planned-${days}-${Date.now()}` },
        );
        expect(requested.errors).toBeUndefined();
        ids[days] = requested.data!.requestPriorAuthorisation.id;
      }
      const listed = await platform.query<{
        priorAuthorisations: { totalCount: number; edges: { node: { id: string; plannedDate: string } }[] };
      }>(
        await token(),
        'query { priorAuthorisations(status: REQUESTED, region: "FES", first: 100) { totalCount edges { node { id plannedDate } } } }',
      );
      const { totalCount, edges } = listed.data!.priorAuthorisations;
      expect(edges).toHaveLength(totalCount);
      const planned = new Map(edges.map((e) => [e.node.id, e.node.plannedDate]));

      await page.goto(`${base}/prior-authorisations`);
      await page.getByTestId('prior-authorisation').first().waitFor();
      await page.getByTestId('prior-authorisations-region').selectOption({ label: 'Fès' });
      await page.locator(`[data-testid="queue-count"][data-value="${totalCount}"]`).waitFor();
      while ((await page.getByTestId('queue-more').count()) > 0) {
        const shown = await page.getByTestId('prior-authorisation').count();
        await page.getByTestId('queue-more').click();
        await page.getByTestId('prior-authorisation').nth(shown).waitFor();
      }
      const cards = await page.getByTestId('prior-authorisation').all();
      expect(cards).toHaveLength(totalCount);

      // What each card says of its date, against the API's date and today's (UTC, as the API dates them).
      const today = new Date().toISOString().slice(0, 10);
      const expected = (day: string): string | null => {
        const days = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
        if (days > 7) return null;
        if (days < 0) return `Date prévue passée depuis ${-days} jour${days === -1 ? '' : 's'}`;
        return days === 0 ? 'Prévue aujourd’hui' : days === 1 ? 'Prévue demain' : `Prévue dans ${days} jours`;
      };
      const shown: { id: string; region: string; when: string | null }[] = [];
      for (const card of cards) {
        const badge = card.getByTestId('prior-authorisation-when');
        shown.push({
          id: (await card.getAttribute('data-id'))!,
          region: await card.getByTestId('prior-authorisation-region').innerText(),
          when: (await badge.count()) > 0 ? await badge.innerText() : null,
        });
      }
      expect(shown).toEqual(shown.map(({ id }) => ({ id, region: 'Fès', when: expected(planned.get(id)!) })));
      const whenOf = (id: string) => shown.find((card) => card.id === id)?.when;
      expect(whenOf(ids[3])).toBe('Prévue dans 3 jours');
      expect(whenOf(ids[30])).toBeNull();
      // The demonstration data has stays whose date went by with no answer.
      expect(shown.some((card) => card.when?.startsWith('Date prévue passée depuis'))).toBe(true);

      await language('ar');
      expect(await page.getByTestId('prior-authorisations-region').locator('option:checked').innerText()).toBe('فاس');
      const soon = await listedPriorAuthorisation(page, ids[3]);
      expect(await soon.getByTestId('prior-authorisation-when').innerText()).toBe('مبرمج بعد 3 أيام');
      const past = page.getByTestId('prior-authorisation-when').filter({ hasText: 'مضى التاريخ المبرمج منذ' });
      expect(await past.count()).toBe(shown.filter((card) => card.when?.startsWith('Date prévue passée')).length);
      expect(await accessibilityProblems(page, 'prior authorisations by region, ar')).toEqual([]);
      await language('fr');
    });

    /** The first authorisation of the advisor's list, decided with the keyboard alone; returns its id. */
    async function decideFirstWithKeyboard(note: string, grant: boolean): Promise<string> {
      const first = page.getByTestId('prior-authorisation').first();
      await first.waitFor();
      const id = (await first.getAttribute('data-id'))!;
      await tabTo(page, 'field-note');
      await page.keyboard.type(note);
      await tabTo(page, grant ? 'grant' : 'refuse');
      await page.keyboard.press('Enter');
      const decided = page.locator(`[data-testid="prior-authorisation"][data-id="${id}"]`);
      await decided.getByTestId('prior-authorisation-decided').waitFor();
      expect(await decided.getAttribute('data-status')).toBe(grant ? 'GRANTED' : 'REFUSED');
      return id;
    }

    it('lets the medical advisor decide prior authorisations from the list with the keyboard alone, in French and in Arabic, each kept after a reload', async () => {
      await page.goto(`${base}/prior-authorisations`);
      const granted = await decideFirstWithKeyboard('Indication confirmée', true);
      expect(
        await page
          .locator(`[data-testid="prior-authorisation"][data-id="${granted}"]`)
          .getByTestId('prior-authorisation-decided')
          .innerText(),
      ).toContain('Décision enregistrée : Accordée');

      // Arabic, chosen with the keyboard too.
      await page.reload();
      await page.getByTestId('prior-authorisation').first().waitFor();
      await tabTo(page, 'language');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction('document.documentElement.dir === "rtl"');
      const refused = await decideFirstWithKeyboard('لا تستدعي الحالة الاستشفاء', false);
      expect(refused).not.toBe(granted);
      expect(
        await page
          .locator(`[data-testid="prior-authorisation"][data-id="${refused}"]`)
          .getByTestId('prior-authorisation-decided')
          .innerText(),
      ).toContain('مرفوضة');

      await page.reload();
      await page.getByTestId('prior-authorisation').first().waitFor();
      const listed = await Promise.all(
        (await page.getByTestId('prior-authorisation').all()).map((card) => card.getAttribute('data-id')),
      );
      expect(listed).not.toContain(granted);
      expect(listed).not.toContain(refused);
      const advisor = await token();
      for (const [id, status] of [
        [granted, 'GRANTED'],
        [refused, 'REFUSED'],
      ]) {
        const answer = await platform.query<{ priorAuthorisation: { status: string; version: number } | null }>(
          advisor,
          'query ($id: ID!) { priorAuthorisation(id: $id) { status version } }',
          { id },
        );
        expect(answer.data?.priorAuthorisation).toEqual({ status, version: 2 });
      }
      await language('fr');
    });

    it('says in words when someone else decided an authorisation first, and reloads the list on request', async () => {
      await page.goto(`${base}/prior-authorisations`);
      const first = page.getByTestId('prior-authorisation').first();
      await first.waitFor();
      const id = (await first.getAttribute('data-id'))!;
      // Another advisor decides it behind this page's back.
      const elsewhere = await platform.query(await token(), operation('DecidePriorAuthorisation'), {
        id,
        version: Number(await first.getAttribute('data-version')),
        grant: true,
        note: null,
      });
      expect(elsewhere.errors).toBeUndefined();
      await first.getByTestId('refuse').click();
      const refusal = first.getByTestId('decide-prior-authorisation-error');
      await refusal.waitFor();
      expect(await refusal.getAttribute('data-code')).toBe('CONFLICT');
      expect(await refusal.innerText()).toContain('Quelqu’un d’autre');
      await refusal.getByTestId('reload-queue').click();
      await page.locator(`[data-testid="prior-authorisation"][data-id="${id}"]`).waitFor({ state: 'detached' });
    });
  });

  describe('the national administration', () => {
    const season = `Test ${Date.now().toString().slice(-6)}`;

    it("lists a campaign's budget and quota region by region in the order of their names, under the national totals the API's allocations add up to, in French and in Arabic", async () => {
      await signInAs(page, base, 'national-admin');
      await page.getByRole('link', { name: 'Campagnes' }).click();
      const rows = page.getByTestId('allocation');
      await rows.first().waitFor();
      const campaignId = await page.getByTestId('allocation-campaign').inputValue();
      const api = await platform.query<{
        campaign: {
          allocations: {
            allocated: string;
            committed: string;
            quota: number;
            approvedCount: number;
            waitlisted: number;
            region: { code: string };
          }[];
        };
        regions: { code: string; nameFr: string; nameAr: string; beneficiaryCount: number }[];
      }>(await token(), operation('CampaignAllocations'), { id: campaignId });
      const { campaign, regions } = api.data!;
      const order = (lang: 'fr' | 'ar') =>
        [...regions]
          .sort((a, b) =>
            (lang === 'fr' ? a.nameFr : a.nameAr).localeCompare(lang === 'fr' ? b.nameFr : b.nameAr, lang),
          )
          .map((r) => r.code);
      const shown = async () => Promise.all((await rows.all()).map((row) => row.getAttribute('data-region')));
      expect(await shown()).toEqual(order('fr'));
      const cents = (amount: string) => Math.round(Number(amount) * 100);
      const sum = (amounts: string[]) => (amounts.reduce((n, a) => n + cents(a), 0) / 100).toFixed(2);
      const total = page.getByTestId('allocations-total');
      expect({
        allocated: await total.getAttribute('data-allocated'),
        committed: await total.getAttribute('data-committed'),
        quota: await total.getAttribute('data-quota'),
        approved: await total.getAttribute('data-approved'),
        waitlisted: await total.getAttribute('data-waitlisted'),
      }).toEqual({
        allocated: sum(campaign.allocations.map((a) => a.allocated)),
        committed: sum(campaign.allocations.map((a) => a.committed)),
        quota: String(campaign.allocations.reduce((n, a) => n + a.quota, 0)),
        approved: String(campaign.allocations.reduce((n, a) => n + a.approvedCount, 0)),
        waitlisted: String(campaign.allocations.reduce((n, a) => n + a.waitlisted, 0)),
      });
      expect(campaign.allocations.length).toBeGreaterThan(1);
      const mad = new Intl.NumberFormat('fr-MA', {
        numberingSystem: 'latn',
        style: 'currency',
        currency: 'MAD',
        minimumFractionDigits: 2,
      });
      const text = (await total.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('Total national');
      expect(text).toContain(
        mad.format(Number(sum(campaign.allocations.map((a) => a.allocated)))).replace(/\s+/g, ' '),
      );

      await language('ar');
      expect(await shown()).toEqual(order('ar'));
      expect(await total.getByRole('rowheader').innerText()).toBe('المجموع الوطني');
      expect(await accessibilityProblems(page, 'allocations ar')).toEqual([]);
      await language('fr');
    });

    it("opens a campaign, sets a region's budget and quota beside the national figures, and finds both after a reload and in the record's audit trail", async () => {
      await signInAs(page, base, 'national-admin');
      await page.getByRole('link', { name: 'Campagnes' }).click();
      const form = page.getByTestId('create-campaign');
      await form.waitFor();
      await form.getByTestId('field-season').fill(season);
      await form.getByTestId('field-year').fill('2027');
      await form.getByTestId('field-opensOn').fill('2027-01-10');
      await form.getByTestId('field-closesOn').fill('2027-02-10');
      await form.getByTestId('field-benefitAmount').fill('2500');
      // Who may apply is said before sending.
      await form.getByTestId('create-campaign-submit').click();
      expect(await form.getByTestId('create-campaign-error').getAttribute('data-field')).toBe(
        'eligibility.beneficiaryKinds',
      );
      await form.locator('[data-kind="CHILD"]').check();
      await form.getByTestId('create-campaign-submit').click();
      await form.getByTestId('create-campaign-link').click();

      const admin = await token();
      const campaigns = await platform.query<{ campaigns: { id: string; season: string }[] }>(
        admin,
        operation('Campaigns'),
      );
      const campaign = campaigns.data!.campaigns.find((c) => c.season === season)!;
      expect(await page.getByTestId('allocation-campaign').inputValue()).toBe(campaign.id);
      const fes = page.locator('[data-testid="allocation"][data-region="FES"]');
      expect(await fes.getAttribute('data-allocated')).toBe('');
      const set = page.getByTestId('set-allocation');
      await set.getByTestId('field-regionCode').selectOption('FES');
      await set.getByTestId('field-allocated').fill('50000');
      await set.getByTestId('field-quota').fill('20');
      await set.getByTestId('set-allocation-submit').click();
      await set.getByTestId('set-allocation-done').waitFor();
      // The region by its name, as everywhere on the page.
      expect((await set.getByTestId('set-allocation-done').innerText()).replace(/\s+/g, ' ')).toBe(
        'Fès : 50.000,00 MAD, quota de 20.',
      );
      await page.reload();
      await page.getByTestId('allocation-campaign').selectOption(campaign.id);
      await page.locator('[data-testid="allocation"][data-region="FES"][data-quota="20"]').waitFor();
      expect(await fes.getAttribute('data-allocated')).toBe('50000.00');

      const allocations = await platform.query<{
        campaign: { allocations: { id: string; region: { code: string } }[] };
      }>(admin, operation('CampaignAllocations'), { id: campaign.id });
      const allocation = allocations.data!.campaign.allocations.find((a) => a.region.code === 'FES')!;
      // From the region's row to its history, with no number to copy.
      await fes.getByTestId('history-link').click();
      await page.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('id') === allocation.id);
      await page.getByTestId('audit-record').first().waitFor();
      const trail = await page.getByTestId('audit-trail').innerText();
      expect(trail).toContain('Administration nationale');
      // The action in words, never its code.
      expect(await page.getByTestId('audit-record').first().getAttribute('data-action')).toBe('CREATE');
      expect(trail).toContain('Création');
      expect(trail).not.toMatch(/\bcreate\b/i);
      // What it set, in words and amounts, not as the record's JSON.
      const changesShown = async () =>
        (await page.getByTestId('audit-record').first().getByTestId('audit-change').allInnerTexts()).map((text) =>
          // Spaces as spaces; the direction marks Arabic amounts carry, left out.
          text.replace(/\s+/g, ' ').replace(/[\u200e\u200f\u061c]/g, ''),
        );
      expect(await changesShown()).toEqual(['Budget alloué : 50.000,00 MAD', 'Quota : 20', 'Région : Fès']);
      expect(trail).not.toContain('{');
      await page.getByTestId('language').selectOption('ar');
      await page.waitForFunction('document.documentElement.lang === "ar"');
      await page.getByTestId('audit-change').filter({ hasText: 'فاس' }).waitFor();
      expect(await changesShown()).toEqual(['الميزانية المخصصة: 50.000,00 د.م.', 'الحصة: 20', 'الجهة: فاس']);
      expect(await accessibilityProblems(page, 'a record history in Arabic')).toEqual([]);
      await page.getByTestId('language').selectOption('fr');

      // The campaign's own history, from the campaign picked on Campagnes: what it was opened with.
      await page.goBack();
      await page.getByTestId('allocation-campaign').selectOption(campaign.id);
      await page.locator(`[data-testid="history-link"][href*="entity=campaign&id=${campaign.id}"]`).click();
      await page.waitForURL((url) => url.searchParams.get('entity') === 'campaign');
      await page.getByTestId('audit-record').first().waitFor();
      expect(await changesShown()).toEqual([
        'Montant de l’aide : 2.500,00 MAD',
        `Saison : ${season}`,
        'Ouverture : 10 janvier 2027',
        'Clôture : 10 février 2027',
      ]);
    });

    it("takes up another campaign's budgets and quotas region by region, its progress and outcome said, a region someone else changed first refused by name, as the API then has them, in French and in Arabic", async () => {
      await signInAs(page, base, 'national-admin');
      const admin = await token();
      type Allocation = { id: string; version: number; allocated: string; quota: number; region: { code: string } };
      const allocationsOf = async (id: string): Promise<Allocation[]> => {
        const read = await platform.query<{ campaign: { allocations: Allocation[] } }>(
          admin,
          operation('CampaignAllocations'),
          { id },
        );
        expect(read.errors).toBeUndefined();
        return read.data!.campaign.allocations;
      };
      // The seeded campaign shared among the most regions, and a new campaign of its programme with none yet.
      const [widest] = await sql<{ campaign_id: string; programme_id: string }>(
        platform.foundation.db.superuserUrl,
        `SELECT a.campaign_id, c.programme_id FROM campaign_allocation a JOIN campaign c ON c.id = a.campaign_id
          GROUP BY a.campaign_id, c.programme_id, c.opens_on ORDER BY count(*) DESC, c.opens_on, a.campaign_id LIMIT 1`,
      );
      const source = widest.campaign_id;
      const from = await allocationsOf(source);
      expect(from.length).toBeGreaterThan(2);
      expect(from.map((a) => a.region.code)).toContain('FES');
      const created = await platform.query<{ createCampaign: { id: string } }>(admin, operation('CreateCampaign'), {
        input: {
          programmeId: widest.programme_id,
          season: `Reprise ${Date.now().toString().slice(-6)}`,
          year: 2027,
          opensOn: '2027-03-01',
          closesOn: '2027-04-01',
          benefitAmount: '1000.00',
          eligibility: { beneficiaryKinds: ['OFFICER'] },
          idempotencyKey: `copy-${Date.now()}`,
        },
      });
      expect(created.errors).toBeUndefined();
      const target = created.data!.createCampaign.id;
      const setFes = async (allocated: string, expectedVersion: number | null) => {
        const set = await platform.query<{ setCampaignAllocation: { version: number } }>(
          admin,
          operation('SetCampaignAllocation'),
          { input: { campaignId: target, regionCode: 'FES', allocated, quota: 1, expectedVersion } },
        );
        expect(set.errors).toBeUndefined();
        return set.data!.setCampaignAllocation.version;
      };
      const shown = await setFes('50.00', null);

      await page.getByRole('link', { name: 'Campagnes' }).click();
      await page.getByTestId('allocation-campaign').selectOption(target);
      await page.locator('[data-testid="allocation"][data-region="FES"][data-allocated="50.00"]').waitFor();
      // Someone else changes Fès's budget while the page shows the one before.
      await setFes('75.00', shown);

      const copy = page.getByTestId('copy-allocations');
      await copy.getByTestId('copy-allocations-from').selectOption(source);
      await copy.getByTestId('copy-allocations-run').click();
      const outcome = copy.locator('[data-testid="copy-allocations-progress"][data-running="false"]');
      await outcome.waitFor();
      expect(await outcome.innerText()).toBe(`${from.length - 1} régions réglées, 1 refusée :`);
      const refused = copy.getByTestId('copy-allocations-refused').locator('li');
      expect(await refused.count()).toBe(1);
      expect(await refused.getAttribute('data-region')).toBe('FES');
      expect(await refused.innerText()).toContain('Fès');
      expect(await refused.getByTestId('copy-allocation-refusal').getAttribute('data-code')).toBe('CONFLICT');

      // Every other region as in the campaign taken up; Fès as the other person left it.
      const now = await allocationsOf(target);
      const byRegion = (rows: Allocation[]) =>
        Object.fromEntries(rows.map((a) => [a.region.code, [a.allocated, a.quota]] as const));
      expect(byRegion(now)).toEqual({ ...byRegion(from), FES: ['75.00', 1] });
      // The table reads them again.
      const other = from.find((a) => a.region.code !== 'FES')!;
      await page
        .locator(`[data-testid="allocation"][data-region="${other.region.code}"][data-allocated="${other.allocated}"]`)
        .waitFor();
      await page.getByTestId('language').selectOption('ar');
      await page.waitForFunction('document.documentElement.lang === "ar"');
      expect(await outcome.innerText()).toMatch(/^ضُبطت .*، ورُفضت واحدة:$/);
      expect(await accessibilityProblems(page, "another campaign's budgets taken up, in Arabic")).toEqual([]);
      await page.getByTestId('language').selectOption('fr');
    });

    it('says who the matricule typed in the appointment form is, and that one who already heads a region cannot be appointed, before sending anything, in French and in Arabic', async () => {
      await signInAs(page, base, 'national-admin');
      await page.getByRole('link', { name: 'Chefs régionaux' }).click();
      const form = page.getByTestId('appoint-head');
      await form.waitFor();
      interface Candidate {
        matricule: string;
        fullName: string;
        fullNameAr: string;
        status: string;
        yearsOfService: number;
        region: { nameFr: string; nameAr: string };
        trainings: { code: string }[];
      }
      const api = await platform.query<{
        regions: {
          code: string;
          nameFr: string;
          nameAr: string;
          currentHead: { startDate: string; officer: Candidate } | null;
        }[];
      }>(
        await token(),
        'query { regions { code nameFr nameAr currentHead { startDate officer { matricule fullName fullNameAr status yearsOfService region { nameFr nameAr } trainings { code } } } } }',
      );
      const rabat = api.data!.regions.find((r) => r.code === 'RABAT')!;
      const head = rabat.currentHead!;
      const candidate = form.getByTestId('head-candidate');

      await form.getByTestId('field-matricule').fill(head.officer.matricule);
      await form.locator(`[data-testid="head-candidate"][data-matricule="${head.officer.matricule}"]`).waitFor();
      expect(await candidate.getByRole('link').innerText()).toBe(
        `${head.officer.fullName} · ${head.officer.fullNameAr}`,
      );
      const standing = await candidate.getByTestId('head-candidate-standing').innerText();
      expect(standing).toContain(
        ` · ${head.officer.region.nameFr} · En activité · ${head.officer.yearsOfService} années de service`,
      );
      expect(rawEnumValuesIn(standing, new Set(enumValuesOf('Rank')))).toEqual([]);
      expect(head.officer.trainings.map((training) => training.code)).toContain('SOCIAL_CASE_MANAGEMENT');
      expect(await candidate.getByTestId('head-candidate-trainings').innerText()).toContain('Gestion des cas sociaux');
      const day = new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
      expect(await candidate.getByTestId('head-candidate-heads').innerText()).toBe(
        `Déjà chef de la région Rabat depuis le ${day.format(new Date(`${head.startDate}T12:00:00Z`))} : ce mandat doit prendre fin avant une autre nomination.`,
      );

      // Appointing them to Fès is refused in the page: nothing is sent.
      let sent = 0;
      const count = (request: { postData(): string | null }) => {
        if ((request.postData() ?? '').includes('"operationName":"AppointHead"')) sent += 1;
      };
      page.on('request', count);
      await form.getByTestId('field-regionCode').selectOption('FES');
      await form.getByTestId('field-startDate').fill('2027-01-04');
      await form.getByTestId('field-decisionReference').fill('DGSN/2027/0001');
      await form.getByTestId('appoint-head-submit').click();
      const refusal = form.getByTestId('appoint-head-error');
      await refusal.waitFor();
      expect(await refusal.innerText()).toBe(
        'Ce fonctionnaire est déjà chef régional : son mandat en cours doit prendre fin avant une autre nomination.',
      );
      expect(await refusal.getByTestId('reload-queue').count()).toBe(0);
      page.off('request', count);
      expect(sent).toBe(0);

      await language('ar');
      expect(await candidate.getByTestId('head-candidate-heads').innerText()).toContain(`رئيس جهة ${rabat.nameAr} منذ`);
      // The training by its code, in Arabic: the title on file is French.
      expect(await candidate.getByTestId('head-candidate-trainings').innerText()).toContain('تدبير الحالات الاجتماعية');
      expect(await accessibilityProblems(page, 'head candidate ar')).toEqual([]);
      await language('fr');

      // An officer who heads nothing: who they are, and no warning.
      const heads = new Set(api.data!.regions.map((r) => r.currentHead?.officer.matricule));
      const listed = await platform.query<{ officers: { edges: { node: { matricule: string } }[] } }>(
        await token(),
        operation('Officers'),
        { region: 'FES', first: 20 },
      );
      const officer = listed.data!.officers.edges.map((edge) => edge.node.matricule).find((m) => !heads.has(m))!;
      await form.getByTestId('field-matricule').fill(officer);
      await form.locator(`[data-testid="head-candidate"][data-matricule="${officer}"]`).waitFor();
      expect(await candidate.getByTestId('head-candidate-heads').count()).toBe(0);

      // A matricule no one has.
      await form.getByTestId('field-matricule').fill('999999');
      await form.getByTestId('head-candidate-unknown').waitFor();
      expect(await form.getByTestId('head-candidate-unknown').innerText()).toContain(
        'Aucun fonctionnaire n’a le matricule « 999999 ».',
      );
    });

    it("lists each region's head in office by the region's name, since when and until their term's limit, a rotation due marked and a region without a head said, in French and in Arabic", async () => {
      const foundation = platform.foundation.db.superuserUrl;
      // FES's head appointed five years ago is due for rotation; Dakhla's head left office yesterday, with no successor.
      const kept = await sql<{ id: string; start_date: string }>(
        foundation,
        "SELECT id, start_date::text FROM head_appointment WHERE region_code IN ('FES', 'DAKHLA') AND end_date IS NULL",
      );
      expect(kept).toHaveLength(2);
      await sql(
        foundation,
        "UPDATE head_appointment SET start_date = current_date - interval '5 years' WHERE region_code = 'FES' AND end_date IS NULL",
      );
      await sql(
        foundation,
        "UPDATE head_appointment SET end_date = current_date - 1 WHERE region_code = 'DAKHLA' AND end_date IS NULL",
      );
      try {
        await signInAs(page, base, 'national-admin');
        await page.getByRole('link', { name: 'Chefs régionaux' }).click();
        const rows = page.getByTestId('head-in-office');
        await rows.first().waitFor();
        interface Head {
          startDate: string;
          termEndsOn: string;
          rotationDue: boolean;
          officer: { matricule: string; fullName: string; fullNameAr: string };
        }
        const api = await platform.query<{
          regions: { code: string; nameFr: string; nameAr: string; currentHead: Head | null }[];
        }>(
          await token(),
          'query { regions { code nameFr nameAr currentHead { startDate termEndsOn rotationDue officer { matricule fullName fullNameAr } } } }',
        );
        const regions = api.data!.regions;
        const day = new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
        const spoken = (date: string) => day.format(new Date(`${date}T12:00:00Z`));
        const shown = await Promise.all(
          (await rows.all()).map(async (row) => ({
            region: await row.getAttribute('data-region'),
            text: (await row.innerText()).replace(/\s+/g, ' ').trim(),
          })),
        );
        // Every region, by its name in French order, each with what the API says of its head.
        const expected = [...regions]
          .sort((a, b) => a.nameFr.localeCompare(b.nameFr, 'fr'))
          .map((r) => {
            const head = r.currentHead;
            return {
              region: r.code,
              text: head
                ? `${r.nameFr} ${head.officer.fullName} · ${head.officer.fullNameAr} ${head.officer.matricule}`
                : `${r.nameFr} Aucun chef en fonction`,
              head,
            };
          });
        expect(shown.map((row) => row.region)).toEqual(expected.map((row) => row.region));
        for (const [n, row] of shown.entries()) {
          const { text, head } = expected[n];
          expect(row.text.startsWith(text)).toBe(true);
          if (head) {
            expect(row.text).toContain(`${spoken(head.startDate)} ${spoken(head.termEndsOn)}`);
            expect(row.text.endsWith('Rotation due')).toBe(head.rotationDue);
          }
        }
        expect(expected.find((row) => row.region === 'FES')!.head!.rotationDue).toBe(true);
        expect(expected.find((row) => row.region === 'DAKHLA')!.head).toBeNull();

        await language('ar');
        const fes = page.locator('[data-testid="head-in-office"][data-region="FES"]');
        expect(await fes.getByRole('cell').first().innerText()).toBe('فاس');
        expect(await fes.getByTestId('head-term').innerText()).toContain('التناوب مستحق');
        expect(
          await page
            .locator('[data-testid="head-in-office"][data-region="DAKHLA"]')
            .getByTestId('head-name')
            .innerText(),
        ).toBe('لا يوجد رئيس في المنصب');
        expect(await accessibilityProblems(page, 'heads in office ar')).toEqual([]);
        await language('fr');

        // From the head's name to their file.
        const head = expected.find((row) => row.region === 'FES')!.head!;
        await fes.getByRole('link').click();
        await page.waitForURL((url) => url.pathname === `/officers/${head.officer.matricule}`);
        await page.getByTestId('officer-file').waitFor();
      } finally {
        for (const appointment of kept)
          await sql(foundation, 'UPDATE head_appointment SET start_date = $2::date, end_date = NULL WHERE id = $1', [
            appointment.id,
            appointment.start_date,
          ]);
      }
    });
  });
});
