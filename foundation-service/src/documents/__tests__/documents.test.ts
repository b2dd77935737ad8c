import type { Caller } from '@dsp/common';
import { S3Store, type DocumentSettings } from '@dsp/subgraph-kit';
import { sampleJpeg, samplePdf, samplePng, startTestS3Server, testRegionalHead, type TestS3Server } from '@dsp/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * Supporting documents of applications and dependents, on the subgraph:
 * tickets, uploads to its own endpoint, attachment, signed downloads and the
 * read log, against a real S3-protocol server and a real PostgreSQL.
 */

const AGENT_FES: Caller = { sub: 'fagent-fes-1', role: 'FOUNDATION_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'fagent-rabat-1', role: 'FOUNDATION_AGENT', region: 'RABAT' };
const MUTUAL_AGENT_FES: Caller = { sub: 'magent-fes-1', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const NATIONAL_ADMIN: Caller = { sub: 'admin-1', role: 'NATIONAL_ADMIN', region: null };
/** A REGIONAL_HEAD token whose subject the appointments do not name head of FES. */
const FALSE_HEAD_FES: Caller = { sub: 'not-the-head', role: 'REGIONAL_HEAD', region: 'FES' };
const MAX_BYTES = 64 * 1024;
const ORIGIN = 'http://client.test';

let s3: TestS3Server;
let store: S3Store;
let settings: DocumentSettings;
let foundation: FoundationUnderTest;
let application: { id: string; officer: string };
let dependent: { id: string; officer: string };
let applicant: Caller;
let parent: Caller;
let stranger: Caller;

interface Ticket {
  id: string;
  uploadUrl: string;
  expiresAt: string;
  maxSize: number;
}

type RecordKind = 'APPLICATION' | 'DEPENDENT';

interface Upload {
  record?: { kind: RecordKind; id: string };
  fileName?: string;
  size?: number;
  contentType?: string;
  idempotencyKey?: string;
}

const REQUEST = `mutation ($input: RequestSocialDocumentUploadInput!) {
  requestSocialDocumentUpload(input: $input) { id uploadUrl expiresAt maxSize } }`;
const ATTACH = `mutation ($ticketId: ID!, $key: String!) {
  attachSocialDocument(ticketId: $ticketId, idempotencyKey: $key) { id kind fileName size contentType uploadedBy } }`;
const APPLICATION_DOCUMENTS = `query ($id: ID!) { application(id: $id) { documents { id fileName downloadUrl } } }`;
const ENTITY = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on SocialDocument { id downloadUrl } ... on Dependent { documents { id downloadUrl } }
  ... on Officer { socialDocuments { id } } } }`;

function applicationRecord(): { kind: RecordKind; id: string } {
  return { kind: 'APPLICATION', id: application.id };
}

function request(caller: Caller, bytes: Buffer, upload: Upload = {}) {
  return foundation.query<{ requestSocialDocumentUpload: Ticket }>(
    REQUEST,
    {
      input: {
        record: upload.record ?? applicationRecord(),
        documentKind: 'SCHOOL_CERTIFICATE',
        fileName: upload.fileName ?? 'certificat.pdf',
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
  return answer.data!.requestSocialDocumentUpload;
}

function put(ticket: Ticket, bytes: Buffer, contentType = 'application/pdf'): Promise<Response> {
  return fetch(ticket.uploadUrl, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': contentType, origin: ORIGIN },
  });
}

function attach(caller: Caller, ticketId: string, key: string = randomUUID()) {
  return foundation.query<{ attachSocialDocument: { id: string; fileName: string; size: number; uploadedBy: string } }>(
    ATTACH,
    { ticketId, key },
    caller,
  );
}

/** Uploads and attaches `bytes` as `caller`; the document's id. */
async function attached(caller: Caller, bytes: Buffer, upload: Upload = {}): Promise<string> {
  const ticket = await ticketFor(caller, bytes, upload);
  expect((await put(ticket, bytes, upload.contentType)).status).toBe(201);
  const answer = await attach(caller, ticket.id);
  expect(answer.errors).toBeUndefined();
  return answer.data!.attachSocialDocument.id;
}

function entities(caller: Caller, representations: Array<Record<string, string>>) {
  return foundation.query<{
    _entities: Array<{
      id?: string;
      downloadUrl?: string;
      documents?: Array<{ id: string; downloadUrl: string }>;
      socialDocuments?: Array<{ id: string }>;
    } | null>;
  }>(ENTITY, { representations }, caller);
}

async function logged(documentId: string, reader: Caller): Promise<string[]> {
  const rows = await foundation.sql<{ action: string }>(
    'SELECT action FROM document_read WHERE document_id = $1 AND reader_sub = $2 ORDER BY id',
    [documentId, reader.sub],
  );
  return rows.map((row) => row.action);
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
  foundation = await startFoundationUnderTest({ documents: settings });
  // A SUBMITTED application drawing on FES's budget, by an officer of FES.
  [application] = await foundation.sql<{ id: string; officer: string }>(
    `SELECT a.id, a.officer_matricule AS officer FROM application a JOIN officer o ON o.matricule = a.officer_matricule
      WHERE a.region_code = 'FES' AND o.region_code = 'FES' AND a.status = 'SUBMITTED' ORDER BY a.id LIMIT 1`,
  );
  [dependent] = await foundation.sql<{ id: string; officer: string }>(
    `SELECT d.id, d.officer_matricule AS officer FROM dependent d JOIN officer o ON o.matricule = d.officer_matricule
      WHERE o.region_code = 'FES' ORDER BY d.id LIMIT 1`,
  );
  applicant = { sub: application.officer, role: 'OFFICER', region: null };
  parent = { sub: dependent.officer, role: 'OFFICER', region: null };
  const [other] = await foundation.sql<{ matricule: string }>(
    `SELECT matricule FROM officer WHERE matricule NOT IN ($1, $2) ORDER BY matricule LIMIT 1`,
    [application.officer, dependent.officer],
  );
  stranger = { sub: other.matricule, role: 'OFFICER', region: null };
});

afterAll(async () => {
  await foundation?.stop();
  store?.close();
  await s3?.stop();
});

describe("supporting documents of the foundation's applications and dependents", () => {
  it('are attached to an application by an agent of its region and by the applicant, and opened by its readers, each read logged', async () => {
    const pdf = samplePdf(20_000);
    const ticket = await ticketFor(AGENT_FES, pdf, { fileName: '../scans/certificat\u202E scolarité.pdf' });
    expect(ticket.uploadUrl).toBe(`${foundation.server.url.replace(/\/graphql$/, '')}/documents/uploads/${ticket.id}`);
    expect(ticket.maxSize).toBe(MAX_BYTES);
    expect((await put(ticket, pdf)).status).toBe(201);
    const answer = await attach(AGENT_FES, ticket.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.attachSocialDocument).toMatchObject({
      fileName: 'certificat scolarité.pdf',
      size: pdf.length,
      uploadedBy: AGENT_FES.sub,
    });
    const id = answer.data!.attachSocialDocument.id;
    const byApplicant = await attached(applicant, samplePng(), { contentType: 'image/png', fileName: 'photo.png' });

    // Encrypted at rest: the store never holds the document's bytes in clear.
    for (const object of await store.list('foundation/'))
      expect((await store.get(object.key))!.includes(Buffer.from('%PDF'))).toBe(false);

    for (const reader of [AGENT_FES, testRegionalHead('FES'), NATIONAL_ADMIN, applicant]) {
      const listed = await foundation.query<{ application: { documents: Array<{ id: string; downloadUrl: string }> } }>(
        APPLICATION_DOCUMENTS,
        { id: application.id },
        reader,
      );
      expect([reader.role, listed.errors]).toEqual([reader.role, undefined]);
      const ids = listed.data!.application.documents.map((document) => document.id);
      expect(ids).toEqual(expect.arrayContaining([id, byApplicant]));
      const download = await fetch(
        listed.data!.application.documents.find((document) => document.id === id)!.downloadUrl,
      );
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
      expect(download.headers.get('cache-control')).toBe('no-store');
      expect(await logged(id, reader)).toEqual(['LINK', 'DOWNLOAD']);
    }

    const file = await entities(applicant, [{ __typename: 'Officer', matricule: application.officer }]);
    expect(file.errors).toBeUndefined();
    expect(file.data!._entities[0]!.socialDocuments!.map((document) => document.id)).toEqual(
      expect.arrayContaining([id, byApplicant]),
    );
  });

  it("are attached to a dependent by the registry's writers and read by whoever reads the officer's file", async () => {
    const record = { kind: 'DEPENDENT' as const, id: dependent.id };
    const id = await attached(AGENT_FES, sampleJpeg(), { record, contentType: 'image/jpeg', fileName: 'handicap.jpg' });
    await attached(NATIONAL_ADMIN, samplePdf(), { record });
    for (const reader of [AGENT_FES, NATIONAL_ADMIN, ADVISOR, MUTUAL_AGENT_FES, testRegionalHead('FES'), parent]) {
      const listed = await entities(reader, [{ __typename: 'Dependent', id: dependent.id }]);
      expect([reader.role, listed.errors]).toEqual([reader.role, undefined]);
      const document = listed.data!._entities[0]!.documents!.find((entry) => entry.id === id)!;
      expect((await fetch(document.downloadUrl)).status).toBe(200);
      expect(await logged(id, reader)).toEqual(['LINK', 'DOWNLOAD']);
    }
    for (const reader of [AGENT_RABAT, stranger, FALSE_HEAD_FES]) {
      const listed = await entities(reader, [{ __typename: 'Dependent', id: dependent.id }]);
      expect([reader.sub, listed.errors?.[0]?.extensions?.code]).toEqual([reader.sub, 'FORBIDDEN']);
      expect(JSON.stringify(listed.data ?? null)).not.toContain('downloadUrl":"http');
    }
    for (const writer of [testRegionalHead('FES'), AGENT_RABAT, MUTUAL_AGENT_FES, ADVISOR, parent, FALSE_HEAD_FES]) {
      const refused = await request(writer, samplePdf(), { record });
      expect([writer.sub, refused.errors?.[0]?.extensions?.code]).toEqual([writer.sub, 'FORBIDDEN']);
    }
  });

  it('are refused to every other role and region, in lists, by entity and by a link made for someone else', async () => {
    const id = await attached(AGENT_FES, samplePdf());
    for (const reader of [AGENT_RABAT, MUTUAL_AGENT_FES, ADVISOR, stranger, FALSE_HEAD_FES]) {
      const listed = await foundation.query(APPLICATION_DOCUMENTS, { id: application.id }, reader);
      expect([reader.sub, listed.errors?.[0]?.extensions?.code]).toEqual([reader.sub, 'FORBIDDEN']);
      const entity = await entities(reader, [{ __typename: 'SocialDocument', id }]);
      expect([reader.sub, entity.errors?.[0]?.extensions?.code]).toEqual([reader.sub, 'FORBIDDEN']);
      expect(JSON.stringify(entity.data ?? null)).not.toContain('downloadUrl":"http');
      expect(await logged(id, reader)).toEqual([]);
    }
    for (const writer of [
      testRegionalHead('FES'),
      NATIONAL_ADMIN,
      AGENT_RABAT,
      MUTUAL_AGENT_FES,
      ADVISOR,
      stranger,
      FALSE_HEAD_FES,
    ]) {
      const refused = await request(writer, samplePdf());
      expect([writer.sub, refused.errors?.[0]?.extensions?.code]).toEqual([writer.sub, 'FORBIDDEN']);
    }
    const listed = await foundation.query<{ application: { documents: Array<{ id: string; downloadUrl: string }> } }>(
      APPLICATION_DOCUMENTS,
      { id: application.id },
      AGENT_FES,
    );
    const link = new URL(listed.data!.application.documents.find((entry) => entry.id === id)!.downloadUrl);
    link.searchParams.set('reader', stranger.sub);
    expect((await fetch(link)).status).toBe(403);
  });

  it('takes documents from the applicant only while the application is SUBMITTED, checked again at attach', async () => {
    const pdf = samplePdf(1_500);
    const ticket = await ticketFor(applicant, pdf);
    expect((await put(ticket, pdf)).status).toBe(201);
    await foundation.sql(`UPDATE application SET status = 'UNDER_REVIEW' WHERE id = $1`, [application.id]);
    try {
      const late = await attach(applicant, ticket.id);
      expect(late.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await request(applicant, pdf)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await request(AGENT_FES, pdf)).errors).toBeUndefined();
    } finally {
      await foundation.sql(`UPDATE application SET status = 'SUBMITTED' WHERE id = $1`, [application.id]);
    }
  });

  it('refuses bad declarations with the field named, and writes nothing', async () => {
    const before = await foundation.sql<{ count: number }>('SELECT count(*)::int AS count FROM upload_ticket');
    const cases: Array<[Upload, string]> = [
      [{ size: MAX_BYTES + 1 }, 'size'],
      [{ size: 0 }, 'size'],
      [{ contentType: 'text/html' }, 'contentType'],
      [{ fileName: 'x'.repeat(300) }, 'fileName'],
      [{ record: { kind: 'APPLICATION', id: 'not-an-application' } }, 'record.id'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
    ];
    for (const [upload, field] of cases) {
      const answer = await request(AGENT_FES, samplePdf(), upload);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await foundation.sql('SELECT count(*)::int AS count FROM upload_ticket')).toEqual(before);
  });
});
