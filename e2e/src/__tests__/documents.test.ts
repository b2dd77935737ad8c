import type { Caller } from '@dsp/common';
import { S3Store } from '@dsp/subgraph-kit';
import { samplePdf, startTestS3Server, testRegionalHead, type TestS3Server } from '@dsp/testing';
import { randomUUID } from 'node:crypto';
import { describeDocumentRules } from '../document-rules';
import { startPlatform, type Platform } from '../platform';
import { sql } from './sql';

/**
 * Supporting documents through the gateway, as the client uses them: the
 * ticket and the attachment through the gateway, the bytes straight to the
 * mutual's upload endpoint, over a real S3-protocol server; every other role
 * and region refused; the gateway's response cache never keeps a document
 * list (each download link is issued, and logged, for one request).
 */

const AGENT_FES: Caller = { sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };
const ADVISOR: Caller = { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null };
const NATIONAL_ADMIN: Caller = { sub: 'admin', role: 'NATIONAL_ADMIN', region: null };
const FOUNDATION_AGENT_FES: Caller = { sub: 'fagent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const DOCUMENTS = 'query ($id: ID!) { claim(id: $id) { documents { id fileName downloadUrl } } }';

let s3: TestS3Server;
let store: S3Store;
let platform: Platform;
let claimId: string;

async function as<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  return platform.query<T>(await platform.tokenFor(caller), query, variables);
}

beforeAll(async () => {
  s3 = await startTestS3Server();
  store = new S3Store(s3);
  platform = await startPlatform({ responseCache: { ttlSeconds: 60, maxEntries: 100 } }, { documentStore: store });
  const [row] = await sql<{ id: string }>(
    platform.mutual.db.superuserUrl,
    `SELECT id FROM claim WHERE handling_region_code = 'FES' ORDER BY reference LIMIT 1`,
  );
  claimId = row.id;
});

afterAll(async () => {
  await platform?.stop();
  store?.close();
  await s3?.stop();
});

describe('supporting documents through the gateway', () => {
  it('attaches an invoice to a claim and opens it as the medical advisor; refuses everyone else', async () => {
    const pdf = samplePdf(30_000);
    const requested = await as<{ requestHealthDocumentUpload: { id: string; uploadUrl: string } }>(
      AGENT_FES,
      `mutation ($input: RequestHealthDocumentUploadInput!) { requestHealthDocumentUpload(input: $input) { id uploadUrl } }`,
      {
        input: {
          record: { kind: 'CLAIM', id: claimId },
          documentKind: 'INVOICE',
          fileName: 'facture.pdf',
          size: pdf.length,
          contentType: 'application/pdf',
          idempotencyKey: randomUUID(),
        },
      },
    );
    expect(requested.errors).toBeUndefined();
    const ticket = requested.data!.requestHealthDocumentUpload;
    const uploaded = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      body: pdf,
      headers: { 'content-type': 'application/pdf', origin: new URL(platform.gatewayUrl).origin },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.headers.get('access-control-allow-origin')).toBe(new URL(platform.gatewayUrl).origin);
    const attached = await as<{ attachHealthDocument: { id: string } }>(
      AGENT_FES,
      'mutation ($ticketId: ID!, $key: String!) { attachHealthDocument(ticketId: $ticketId, idempotencyKey: $key) { id } }',
      { ticketId: ticket.id, key: randomUUID() },
    );
    expect(attached.errors).toBeUndefined();
    const id = attached.data!.attachHealthDocument.id;

    type Listed = { claim: { documents: Array<{ id: string; downloadUrl: string }> | null } | null };
    for (let round = 0; round < 2; round += 1) {
      const listed = await as<Listed>(ADVISOR, DOCUMENTS, { id: claimId });
      expect(listed.errors).toBeUndefined();
      const document = listed.data!.claim!.documents!.find((entry) => entry.id === id)!;
      const download = await fetch(document.downloadUrl);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    }
    // The same query twice with the response cache on: two links issued and logged, none served from the cache.
    const logged = await sql<{ field: string }>(
      platform.mutual.db.superuserUrl,
      'SELECT field FROM diagnosis_read WHERE document_id = $1 AND reader_sub = $2 ORDER BY id',
      [id, ADVISOR.sub],
    );
    expect(logged.map((row) => row.field)).toEqual([
      'documentLink',
      'documentDownload',
      'documentLink',
      'documentDownload',
    ]);

    for (const reader of [NATIONAL_ADMIN, testRegionalHead('FES'), AGENT_RABAT, FOUNDATION_AGENT_FES]) {
      const refused = await as<Listed>(reader, DOCUMENTS, { id: claimId });
      expect([reader.role, refused.data?.claim?.documents ?? null]).toEqual([reader.role, null]);
      expect(refused.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      const upload = await as(
        reader,
        `mutation ($input: RequestHealthDocumentUploadInput!) { requestHealthDocumentUpload(input: $input) { id } }`,
        {
          input: {
            record: { kind: 'CLAIM', id: claimId },
            documentKind: 'OTHER',
            fileName: 'x.pdf',
            size: 100,
            contentType: 'application/pdf',
            idempotencyKey: randomUUID(),
          },
        },
      );
      expect([reader.role, upload.errors?.[0]?.extensions?.code]).toEqual([reader.role, 'FORBIDDEN']);
    }
  });
});

describeDocumentRules({
  service: 'mutual',
  writer: AGENT_FES,
  otherWriter: { sub: 'agent-fes-2', role: 'MUTUAL_AGENT', region: 'FES' },
  record: () => ({ kind: 'CLAIM', id: claimId }),
  documentKind: 'INVOICE',
  platform: () => platform,
});
