import type { Caller } from '@dsp/common';
import { DEFAULT_DOCUMENT_MAX_BYTES, openDocuments, sweepDocuments } from '@dsp/subgraph-kit';
import { sampleJpeg, samplePdf, samplePng } from '@dsp/testing';
import { randomUUID } from 'node:crypto';
import { sql } from './__tests__/sql';
import type { Platform } from './platform';

/**
 * The rules both services' documents keep, written once and run against
 * each through the gateway (tickets, attachments) and its own upload
 * endpoint: uploads checked by their bytes, a ticket used once by its
 * caller while it lasts, a crash between upload and attach leaving nothing
 * attached and its orphan swept.
 */

/** What differs between the services, for the rules. */
export interface DocumentRulesTarget {
  service: 'foundation' | 'mutual';
  /** Two callers who may attach to `record`. */
  writer: Caller;
  otherWriter: Caller;
  record: () => { kind: string; id: string };
  documentKind: string;
  platform: () => Platform;
}

interface Ticket {
  id: string;
  uploadUrl: string;
}

interface Upload {
  size?: number;
  contentType?: string;
  idempotencyKey?: string;
}

const MUTATIONS = {
  foundation: {
    request: 'requestSocialDocumentUpload',
    input: 'RequestSocialDocumentUploadInput',
    attach: 'attachSocialDocument',
  },
  mutual: {
    request: 'requestHealthDocumentUpload',
    input: 'RequestHealthDocumentUploadInput',
    attach: 'attachHealthDocument',
  },
} as const;

export function describeDocumentRules(target: DocumentRulesTarget): void {
  const names = MUTATIONS[target.service];
  const platform = (): Platform => target.platform();
  const subgraph = () => platform()[target.service];
  const prefix = `${target.service}/`;

  async function as<T>(caller: Caller, query: string, variables: Record<string, unknown>) {
    return platform().query<T>(await platform().tokenFor(caller), query, variables);
  }

  async function ticketFor(caller: Caller, bytes: Buffer, upload: Upload = {}): Promise<Ticket> {
    const answer = await as<Record<string, Ticket>>(
      caller,
      `mutation ($input: ${names.input}!) { ${names.request}(input: $input) { id uploadUrl } }`,
      {
        input: {
          record: target.record(),
          documentKind: target.documentKind,
          fileName: 'piece.pdf',
          size: upload.size ?? bytes.length,
          contentType: upload.contentType ?? 'application/pdf',
          idempotencyKey: upload.idempotencyKey ?? randomUUID(),
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data![names.request];
  }

  function put(ticket: Ticket, bytes: Buffer, contentType = 'application/pdf'): Promise<Response> {
    return fetch(ticket.uploadUrl, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': contentType, origin: new URL(platform().gatewayUrl).origin },
    });
  }

  function attach(caller: Caller, ticketId: string, key: string = randomUUID()) {
    return as<Record<string, { id: string }>>(
      caller,
      `mutation ($ticketId: ID!, $key: String!) { ${names.attach}(ticketId: $ticketId, idempotencyKey: $key) { id } }`,
      { ticketId, key },
    );
  }

  const expireTickets = () =>
    sql(
      subgraph().db.superuserUrl,
      `UPDATE upload_ticket SET expires_at = now() - interval '1 second' WHERE expires_at > now()`,
    );

  async function counts(): Promise<{ documents: number; objects: number }> {
    const [row] = await sql<{ documents: number }>(
      subgraph().db.superuserUrl,
      'SELECT count(*)::int AS documents FROM document',
    );
    return { documents: row?.documents ?? 0, objects: (await platform().documentStore.list(prefix)).length };
  }

  describe(`the ${target.service}'s document rules`, () => {
    it('checks each upload by its bytes: oversized, wrongly typed and truncated files are refused and nothing is stored', async () => {
      const before = await counts();
      const pdf = samplePdf(4_000);
      const cases: Array<[string, Buffer, Upload, number]> = [
        ['larger than declared', samplePdf(8_000), { size: 4_000 }, 413],
        ['over the limit', samplePdf(DEFAULT_DOCUMENT_MAX_BYTES + 10), { size: DEFAULT_DOCUMENT_MAX_BYTES }, 413],
        ['HTML named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), {}, 415],
        ['a PNG declared as PDF', samplePng(), {}, 415],
        ['a truncated PDF', pdf.subarray(0, 3_000), {}, 415],
        ['a truncated JPEG', sampleJpeg().subarray(0, 20), { contentType: 'image/jpeg' }, 415],
        ['smaller than declared', pdf, { size: 5_000 }, 400],
      ];
      for (const [what, bytes, upload, status] of cases) {
        const ticket = await ticketFor(target.writer, bytes, upload);
        const answer = await put(ticket, bytes, upload.contentType).catch(() => null);
        // A body past the limit may see its connection closed before the answer arrives.
        if (answer !== null) expect([what, answer.status]).toEqual([what, status]);
        const attachedAnyway = await attach(target.writer, ticket.id);
        expect([what, attachedAnyway.errors?.[0]?.extensions]).toEqual([
          what,
          expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'ticketId' }),
        ]);
      }
      expect(await counts()).toEqual(before);
    });

    it('uses a ticket once, for its caller, while it lasts; a retry gets the same ticket and document', async () => {
      const pdf = samplePdf(2_000);
      const key = randomUUID();
      const ticket = await ticketFor(target.writer, pdf, { idempotencyKey: key });
      expect(await ticketFor(target.writer, pdf, { idempotencyKey: key })).toEqual(ticket);
      expect((await put(ticket, pdf)).status).toBe(201);
      expect((await put(ticket, pdf)).status).toBe(409);
      const byAnother = await attach(target.otherWriter, ticket.id);
      expect(byAnother.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId' });
      const attachKey = randomUUID();
      const [one, two] = await Promise.all([
        attach(target.writer, ticket.id, attachKey),
        attach(target.writer, ticket.id, attachKey),
      ]);
      expect(one.errors).toBeUndefined();
      expect(two.data?.[names.attach].id).toBe(one.data![names.attach].id);
      const reused = await attach(target.writer, ticket.id);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId' });
      const [row] = await sql<{ count: number }>(
        subgraph().db.superuserUrl,
        'SELECT count(*)::int AS count FROM document WHERE id = $1 AND uploaded_by = $2',
        [one.data![names.attach].id, target.writer.sub],
      );
      expect(row?.count).toBe(1);

      const late = await ticketFor(target.writer, pdf);
      await expireTickets();
      expect((await put(late, pdf)).status).toBe(410);
      const uploadedThenExpired = await ticketFor(target.writer, pdf);
      expect((await put(uploadedThenExpired, pdf)).status).toBe(201);
      await expireTickets();
      const expired = await attach(target.writer, uploadedThenExpired.id);
      expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId' });
      expect(expired.errors?.[0]?.message).toContain('expired');
    });

    it('leaves nothing attached after a crash between upload and attach, and sweeps the orphan', async () => {
      const before = await counts();
      const pdf = samplePdf(2_500);
      const ticket = await ticketFor(target.writer, pdf);
      expect((await put(ticket, pdf)).status).toBe(201);
      // The client never attaches (it crashed): the object is stored, no document names it.
      expect(await counts()).toEqual({ documents: before.documents, objects: before.objects + 1 });

      const ticketLifetimeMs = 10 * 60_000;
      const documents = openDocuments({
        store: platform().documentStore,
        key: platform().documentKey,
        maxBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        ticketLifetimeMs,
        allowedOrigins: [],
      });
      const { dataSource } = subgraph().server;
      // While the ticket lasts, its upload is kept.
      expect(await sweepDocuments(dataSource, documents, target.service)).toEqual([]);
      await expireTickets();
      const swept = await sweepDocuments(dataSource, documents, target.service, Date.now() + 2 * ticketLifetimeMs);
      expect(swept.length).toBeGreaterThanOrEqual(1);
      // What is left is exactly the attached documents' objects (the refused uploads' included).
      expect(await counts()).toEqual({ documents: before.documents, objects: before.documents });
      const [tickets] = await sql<{ count: number }>(
        subgraph().db.superuserUrl,
        'SELECT count(*)::int AS count FROM upload_ticket WHERE expires_at < now()',
      );
      expect(tickets?.count).toBe(0);
    });
  });
}
