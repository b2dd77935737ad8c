import type { Caller } from '@dsp/common';
import { S3Store } from '@dsp/subgraph-kit';
import { samplePdf, startTestS3Server, testRegionalHead, type TestS3Server } from '@dsp/testing';
import { randomUUID } from 'node:crypto';
import { describeDocumentRules } from '../document-rules';
import { startPlatform, type Platform } from '../platform';
import { sql } from './sql';

/**
 * The foundation's supporting documents through the gateway: the ticket and
 * the attachment through the gateway, the bytes straight to the foundation's
 * upload endpoint, over a real S3-protocol server; every other role and
 * region refused; the gateway's response cache never keeps a document list
 * (each download link is issued, and logged, for one request).
 */

const AGENT_FES: Caller = { sub: 'fagent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'fagent-rabat', role: 'FOUNDATION_AGENT', region: 'RABAT' };
const MUTUAL_AGENT_FES: Caller = { sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null };
const FALSE_HEAD_FES: Caller = { sub: 'not-the-head', role: 'REGIONAL_HEAD', region: 'FES' };
const DOCUMENTS = 'query ($id: ID!) { application(id: $id) { documents { id fileName downloadUrl } } }';
const REQUEST = `mutation ($input: RequestSocialDocumentUploadInput!) {
  requestSocialDocumentUpload(input: $input) { id uploadUrl } }`;

let s3: TestS3Server;
let store: S3Store;
let platform: Platform;
let applicationId: string;

async function as<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  return platform.query<T>(await platform.tokenFor(caller), query, variables);
}

function uploadInput(size: number) {
  return {
    input: {
      record: { kind: 'APPLICATION', id: applicationId },
      documentKind: 'SCHOOL_CERTIFICATE',
      fileName: 'certificat.pdf',
      size,
      contentType: 'application/pdf',
      idempotencyKey: randomUUID(),
    },
  };
}

beforeAll(async () => {
  s3 = await startTestS3Server();
  store = new S3Store(s3);
  platform = await startPlatform({ responseCache: { ttlSeconds: 60, maxEntries: 100 } }, { documentStore: store });
  const [row] = await sql<{ id: string }>(
    platform.foundation.db.superuserUrl,
    `SELECT id FROM application WHERE region_code = 'FES' ORDER BY id LIMIT 1`,
  );
  applicationId = row.id;
});

afterAll(async () => {
  await platform?.stop();
  store?.close();
  await s3?.stop();
});

describe("the foundation's supporting documents through the gateway", () => {
  it("attaches a certificate to an application and opens it as the region's head, never from the cache; refuses everyone else", async () => {
    const pdf = samplePdf(30_000);
    const requested = await as<{ requestSocialDocumentUpload: { id: string; uploadUrl: string } }>(
      AGENT_FES,
      REQUEST,
      uploadInput(pdf.length),
    );
    expect(requested.errors).toBeUndefined();
    const ticket = requested.data!.requestSocialDocumentUpload;
    expect(new URL(ticket.uploadUrl).origin).toBe(new URL(platform.foundation.server.url).origin);
    const origin = new URL(platform.gatewayUrl).origin;
    const uploaded = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      body: pdf,
      headers: { 'content-type': 'application/pdf', origin },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.headers.get('access-control-allow-origin')).toBe(origin);
    const attached = await as<{ attachSocialDocument: { id: string } }>(
      AGENT_FES,
      'mutation ($ticketId: ID!, $key: String!) { attachSocialDocument(ticketId: $ticketId, idempotencyKey: $key) { id } }',
      { ticketId: ticket.id, key: randomUUID() },
    );
    expect(attached.errors).toBeUndefined();
    const id = attached.data!.attachSocialDocument.id;

    type Listed = { application: { documents: Array<{ id: string; downloadUrl: string }> } | null };
    const head = testRegionalHead('FES');
    for (let round = 0; round < 2; round += 1) {
      const listed = await as<Listed>(head, DOCUMENTS, { id: applicationId });
      expect(listed.errors).toBeUndefined();
      const document = listed.data!.application!.documents.find((entry) => entry.id === id)!;
      const download = await fetch(document.downloadUrl);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    }
    // The same query twice with the response cache on: two links issued and logged, none served from the cache.
    const logged = await sql<{ action: string }>(
      platform.foundation.db.superuserUrl,
      'SELECT action FROM document_read WHERE document_id = $1 AND reader_sub = $2 ORDER BY id',
      [id, head.sub],
    );
    expect(logged.map((row) => row.action)).toEqual(['LINK', 'DOWNLOAD', 'LINK', 'DOWNLOAD']);

    for (const reader of [AGENT_RABAT, MUTUAL_AGENT_FES, ADVISOR, FALSE_HEAD_FES]) {
      const refused = await as<Listed>(reader, DOCUMENTS, { id: applicationId });
      expect([reader.sub, refused.data?.application?.documents ?? null]).toEqual([reader.sub, null]);
      expect(refused.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      const upload = await as(reader, REQUEST, uploadInput(100));
      expect([reader.sub, upload.errors?.[0]?.extensions?.code]).toEqual([reader.sub, 'FORBIDDEN']);
    }
  });
});

describeDocumentRules({
  service: 'foundation',
  writer: AGENT_FES,
  otherWriter: { sub: 'fagent-fes-2', role: 'FOUNDATION_AGENT', region: 'FES' },
  record: () => ({ kind: 'APPLICATION', id: applicationId }),
  documentKind: 'SCHOOL_CERTIFICATE',
  platform: () => platform,
});
