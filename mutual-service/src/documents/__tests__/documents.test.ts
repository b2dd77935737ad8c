import type { Caller } from '@dsp/common';
import { S3Store, type DocumentSettings } from '@dsp/subgraph-kit';
import { sampleJpeg, samplePdf, samplePng, startTestS3Server, testRegionalHead, type TestS3Server } from '@dsp/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startHarness, type MutualHarness } from '../../testing/harness';

/**
 * Supporting documents of claims, end to end on the subgraph: tickets,
 * uploads to the subgraph's own endpoint, attachment, signed downloads,
 * against a real S3-protocol server and a real PostgreSQL.
 */

const AGENT_FES: Caller = { sub: 'agent-fes-1', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'agent-rabat-1', role: 'MUTUAL_AGENT', region: 'RABAT' };
const ADVISOR: Caller = { sub: 'advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const NATIONAL_ADMIN: Caller = { sub: 'admin-1', role: 'NATIONAL_ADMIN', region: null };
const FOUNDATION_AGENT_FES: Caller = { sub: 'fagent-fes-1', role: 'FOUNDATION_AGENT', region: 'FES' };
const MAX_BYTES = 64 * 1024;
const ORIGIN = 'http://client.test';

let s3: TestS3Server;
let store: S3Store;
let settings: DocumentSettings;
let harness: MutualHarness;
let claim: { id: string; officer: string };
let officer: Caller;
let stranger: Caller;

interface Ticket {
  id: string;
  uploadUrl: string;
  expiresAt: string;
  maxSize: number;
}

interface Upload {
  record?: { kind: 'CLAIM' | 'PRIOR_AUTHORISATION'; id: string };
  fileName?: string;
  size?: number;
  contentType?: string;
  documentKind?: string;
  claimId?: string;
  idempotencyKey?: string;
}

const REQUEST = `mutation ($input: RequestHealthDocumentUploadInput!) {
  requestHealthDocumentUpload(input: $input) { id uploadUrl expiresAt maxSize } }`;
const ATTACH = `mutation ($ticketId: ID!, $key: String!) {
  attachHealthDocument(ticketId: $ticketId, idempotencyKey: $key) { id kind fileName size contentType uploadedBy } }`;
const DOCUMENTS = `query ($id: ID!) { claim(id: $id) { documents { id fileName downloadUrl } } }`;

function request(caller: Caller, bytes: Buffer, upload: Upload = {}) {
  return harness.query<{ requestHealthDocumentUpload: Ticket }>(
    REQUEST,
    {
      input: {
        record: upload.record ?? { kind: 'CLAIM', id: upload.claimId ?? claim.id },
        documentKind: upload.documentKind ?? 'INVOICE',
        fileName: upload.fileName ?? 'facture.pdf',
        size: upload.size ?? bytes.length,
        contentType: upload.contentType ?? 'application/pdf',
        idempotencyKey: upload.idempotencyKey ?? randomUUID(),
      },
    },
    caller,
  );
}

async function ticketFor(caller: Caller, bytes: Buffer, upload: Upload = {}): Promise<Ticket> {
  const answer = await request(caller, bytes, upload);
  expect(answer.errors).toBeUndefined();
  return answer.data!.requestHealthDocumentUpload;
}

function put(ticket: Ticket, bytes: Buffer, contentType = 'application/pdf'): Promise<Response> {
  return fetch(ticket.uploadUrl, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': contentType, origin: ORIGIN },
  });
}

function attach(caller: Caller, ticketId: string, key: string = randomUUID()) {
  return harness.query<{ attachHealthDocument: { id: string; fileName: string; size: number; uploadedBy: string } }>(
    ATTACH,
    { ticketId, key },
    caller,
  );
}

/** Uploads and attaches `bytes` to the claim as AGENT_FES; the document's id. */
async function attached(bytes: Buffer, upload: Upload = {}): Promise<string> {
  const ticket = await ticketFor(AGENT_FES, bytes, upload);
  expect((await put(ticket, bytes, upload.contentType)).status).toBe(201);
  const answer = await attach(AGENT_FES, ticket.id);
  expect(answer.errors).toBeUndefined();
  return answer.data!.attachHealthDocument.id;
}

async function documentsAs(caller: Caller) {
  return harness.query<{ claim: { documents: Array<{ id: string; fileName: string; downloadUrl: string }> | null } }>(
    DOCUMENTS,
    { id: claim.id },
    caller,
  );
}

beforeAll(async () => {
  s3 = await startTestS3Server();
  store = new S3Store(s3);
  settings = {
    store,
    key: randomBytes(32),
    maxBytes: MAX_BYTES,
    ticketLifetimeMs: 10 * 60_000,
    allowedOrigins: [ORIGIN],
  };
  harness = await startHarness({ documents: settings });
  // A claim of an officer of FES, handled in FES.
  const [row] = await harness.sql<{ id: string; officer: string }>(
    `SELECT c.id, b.person_id AS officer FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
      WHERE b.kind = 'OFFICER' AND b.region_code = 'FES' AND c.handling_region_code = 'FES'
      ORDER BY c.reference LIMIT 1`,
  );
  claim = row!;
  officer = { sub: claim.officer, role: 'OFFICER', region: null };
  const [other] = await harness.sql<{ person_id: string }>(
    `SELECT person_id FROM beneficiary WHERE kind = 'OFFICER' AND person_id <> $1 ORDER BY person_id LIMIT 1`,
    [claim.officer],
  );
  stranger = { sub: other.person_id, role: 'OFFICER', region: null };
});

afterAll(async () => {
  await harness?.stop();
  store?.close();
  await s3?.stop();
});

describe('supporting documents of claims', () => {
  it('are uploaded and attached by an agent of the handling region, and opened by every reader of diagnoses', async () => {
    const pdf = samplePdf(20_000);
    const ticket = await ticketFor(AGENT_FES, pdf, { fileName: '../scans/facture\u202E mars.pdf' });
    expect(ticket.uploadUrl).toBe(`${harness.baseUrl}/documents/uploads/${ticket.id}`);
    expect(ticket.maxSize).toBe(MAX_BYTES);
    expect(ticket.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await harness.sql<{ ticket_hash: string }>('SELECT ticket_hash FROM upload_ticket');
    expect(stored?.ticket_hash).not.toContain(ticket.id);

    const uploaded = await put(ticket, pdf);
    expect(uploaded.status).toBe(201);
    expect(uploaded.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const answer = await attach(AGENT_FES, ticket.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.attachHealthDocument).toMatchObject({
      fileName: 'facture mars.pdf',
      size: pdf.length,
      uploadedBy: AGENT_FES.sub,
    });
    const id = answer.data!.attachHealthDocument.id;

    // Encrypted at rest: the store never holds the document's bytes in clear.
    const [object] = await store.list('mutual/');
    const atRest = await store.get(object.key);
    expect(atRest!.includes(Buffer.from('%PDF'))).toBe(false);

    for (const reader of [AGENT_FES, ADVISOR, officer]) {
      const listed = await documentsAs(reader);
      expect(listed.errors).toBeUndefined();
      const document = listed.data!.claim.documents!.find((entry) => entry.id === id)!;
      const download = await fetch(document.downloadUrl);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toContain('attachment; filename="facture mars.pdf"');
      expect(download.headers.get('cache-control')).toBe('no-store');
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      const logged = await harness.sql<{ field: string }>(
        'SELECT field FROM diagnosis_read WHERE document_id = $1 AND reader_sub = $2 ORDER BY id',
        [id, reader.sub],
      );
      expect(logged.map((row) => row.field)).toEqual(['documentLink', 'documentDownload']);
    }

    const family = await harness.query<{ _entities: Array<{ healthDocuments: Array<{ id: string }> }> }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Officer { healthDocuments { id } } } }`,
      { representations: [{ __typename: 'Officer', matricule: claim.officer }] },
      officer,
    );
    expect(family.errors).toBeUndefined();
    expect(family.data!._entities[0].healthDocuments.map((document) => document.id)).toContain(id);
  });

  it('are refused to every other role and region, in lists, by entity and by a link made for someone else', async () => {
    const id = await attached(samplePng(), { contentType: 'image/png', fileName: 'ordonnance.png' });
    for (const reader of [NATIONAL_ADMIN, testRegionalHead('FES'), AGENT_RABAT, FOUNDATION_AGENT_FES, stranger]) {
      const listed = await documentsAs(reader);
      expect(listed.data?.claim?.documents ?? null).toBeNull();
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const entity = await harness.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
           ... on HealthDocument { id downloadUrl } } }`,
        { representations: [{ __typename: 'HealthDocument', id }] },
        reader,
      );
      expect(entity.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(entity.data ?? null)).not.toContain('downloadUrl":"http');
    }
    for (const writer of [
      ADVISOR,
      NATIONAL_ADMIN,
      testRegionalHead('FES'),
      AGENT_RABAT,
      FOUNDATION_AGENT_FES,
      officer,
    ]) {
      const refused = await request(writer, samplePdf());
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    const listed = await documentsAs(ADVISOR);
    const link = new URL(listed.data!.claim.documents!.find((entry) => entry.id === id)!.downloadUrl);
    link.searchParams.set('reader', stranger.sub);
    expect((await fetch(link)).status).toBe(403);
    link.searchParams.set('reader', ADVISOR.sub);
    link.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600));
    expect((await fetch(link)).status).toBe(403);
  });

  it('refuses bad declarations with the field named, and writes nothing', async () => {
    const before = await harness.sql<{ count: number }>('SELECT count(*)::int AS count FROM upload_ticket');
    const cases: Array<[Upload, string]> = [
      [{ size: MAX_BYTES + 1 }, 'size'],
      [{ size: 0 }, 'size'],
      [{ contentType: 'text/html' }, 'contentType'],
      [{ fileName: 'x'.repeat(300) }, 'fileName'],
      [{ claimId: 'not-a-claim' }, 'record.id'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
    ];
    for (const [upload, field] of cases) {
      const answer = await request(AGENT_FES, samplePdf(), upload);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const after = await harness.sql<{ count: number }>('SELECT count(*)::int AS count FROM upload_ticket');
    expect(after).toEqual(before);
  });

  it("attach to prior authorisations of the handling region, shown in the family's file to its readers only", async () => {
    const [authorisation] = await harness.sql<{ id: string; officer: string }>(
      `SELECT a.id, b.officer_matricule AS officer FROM prior_authorisation a
         JOIN beneficiary b ON b.person_id = a.beneficiary_id
        WHERE a.region_code = 'FES' AND b.link_ended_on IS NULL ORDER BY a.id LIMIT 1`,
    );
    const record = { kind: 'PRIOR_AUTHORISATION' as const, id: authorisation.id };
    expect((await request(AGENT_RABAT, samplePdf(), { record })).errors?.[0]?.extensions?.code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    const id = await attached(sampleJpeg(), { record, contentType: 'image/jpeg', fileName: 'compte-rendu.jpg' });
    const familyFile = (reader: Caller) =>
      harness.query<{ _entities: Array<{ healthDocuments: Array<{ id: string }> | null }> }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
           ... on Officer { healthDocuments { id } } } }`,
        { representations: [{ __typename: 'Officer', matricule: authorisation.officer }] },
        reader,
      );
    for (const reader of [
      AGENT_FES,
      ADVISOR,
      { sub: authorisation.officer, role: 'OFFICER', region: null } as Caller,
    ]) {
      const listed = await familyFile(reader);
      expect([reader.role, listed.data?._entities[0]?.healthDocuments?.map((document) => document.id)]).toEqual([
        reader.role,
        expect.arrayContaining([id]),
      ]);
    }
    for (const reader of [AGENT_RABAT, NATIONAL_ADMIN, stranger]) {
      const listed = await familyFile(reader);
      const ids = listed.data?._entities[0]?.healthDocuments?.map((document) => document.id) ?? [];
      expect([reader.role, ids.includes(id)]).toEqual([reader.role, false]);
    }
  });
});
