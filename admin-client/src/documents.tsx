import { Anchor, Button, Group, List, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from './components';
import { newIdempotencyKey } from './forms';
import {
  AttachHealthDocumentDocument,
  AttachSocialDocumentDocument,
  type DocumentKind,
  type HealthRecordInput,
  HealthDocumentsDocument,
  RequestHealthDocumentUploadDocument,
  RequestSocialDocumentUploadDocument,
  SocialDocumentsDocument,
  type SocialRecordInput,
} from './gql/graphql';
import type { GraphQLErrorShape } from './graphql';
import { useFormat } from './intl';
import type { MessageId } from './messages/ids';
import { useOperation, useSession } from './session';

const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'INVOICE',
  'PRESCRIPTION',
  'MEDICAL_REPORT',
  'SCHOOL_CERTIFICATE',
  'DISABILITY_CERTIFICATE',
  'DEATH_CERTIFICATE',
  'OTHER',
];
/** The certificates the foundation decides on. */
const CERTIFICATE_KINDS: readonly DocumentKind[] = [
  'SCHOOL_CERTIFICATE',
  'DISABILITY_CERTIFICATE',
  'DEATH_CERTIFICATE',
  'OTHER',
];
/** What the API takes; the file's content is checked again by the service. */
const ACCEPTED = 'application/pdf,image/jpeg,image/png';

/** A refusal of the upload endpoint (its code: TOO_LARGE, UNSUPPORTED_CONTENT...), shown from the catalogues. */
const uploadRefusal = (code: string, message: string): GraphQLErrorShape => ({ message, extensions: { code } });

/** A document as the attach mutations return it. */
interface AttachedDocument {
  id: string;
  fileName: string;
  kind: DocumentKind;
}

/** What the upload-ticket mutations take besides the record. */
interface UploadRequest {
  documentKind: DocumentKind;
  fileName: string;
  size: number;
  contentType: string;
  idempotencyKey: string;
}

/** An answer of the API: the value asked for, or why not. */
interface Answer<T> {
  value: T | null | undefined;
  errors: GraphQLErrorShape[];
}

/** The two mutations of the service that owns a record: a ticket for it, then the attachment. */
interface DocumentOwner {
  ticket: (input: UploadRequest) => Promise<Answer<{ id: string; uploadUrl: string }>>;
  attach: (ticketId: string, idempotencyKey: string) => Promise<Answer<AttachedDocument>>;
}

/**
 * Attaches supporting documents to a record just entered or followed: a
 * ticket through the gateway, the file straight to the owning service's
 * upload endpoint (files never go through the gateway), then the attachment.
 */
function AttachDocuments({
  owner,
  kinds,
  title,
  onAttached,
}: {
  owner: DocumentOwner;
  kinds: readonly DocumentKind[];
  title: MessageId;
  /** Called once a document is attached, for a list of the record's documents to read itself again. */
  onAttached?: () => void;
}) {
  const { t, label } = useFormat();
  const [kind, setKind] = useState<DocumentKind>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<GraphQLErrorShape[]>([]);
  const [attached, setAttached] = useState<AttachedDocument[]>([]);

  const attach = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([uploadRefusal('NO_FILE', 'No file chosen.')]);
    setBusy(true);
    setErrors([]);
    try {
      const ticket = await owner.ticket({
        documentKind: kind,
        fileName: file.name,
        size: file.size,
        contentType: file.type,
        idempotencyKey: newIdempotencyKey(),
      });
      const issued = ticket.value;
      if (!issued) return setErrors(ticket.errors);
      const upload = await fetch(issued.uploadUrl, {
        method: 'PUT',
        body: file,
        headers: { 'content-type': file.type },
      });
      if (!upload.ok) {
        const body = (await upload.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
        return setErrors([uploadRefusal(body?.error?.code ?? 'UPLOAD_FAILED', body?.error?.message ?? '')]);
      }
      const done = await owner.attach(issued.id, newIdempotencyKey());
      const document = done.value;
      if (!document) return setErrors(done.errors);
      setAttached((list) => [...list, document]);
      setFile(null);
      onAttached?.();
    } catch {
      setErrors([uploadRefusal('UPLOAD_FAILED', 'The upload failed.')]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      my="sm"
      component="form"
      onSubmit={(event: FormEvent) => void attach(event)}
      data-testid="attach-documents"
    >
      <Title order={4}>{t(title)}</Title>
      <Group align="end" my="xs">
        <NativeSelect
          label={t('field.documentKind')}
          data-testid="document-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}
          data={kinds.map((value) => ({ value, label: label('DocumentKind', value) }))}
        />
        <label>
          <Text size="sm">{t('field.documentFile')}</Text>
          <input
            type="file"
            accept={ACCEPTED}
            data-testid="document-file"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <Button type="submit" loading={busy} data-testid="document-attach">
          {t('documentAttach')}
        </Button>
      </Group>
      <ErrorMessage errors={errors} testId="document-error" />
      <List size="sm">
        {attached.map((document) => (
          <List.Item key={document.id} data-testid="document-attached" data-id={document.id}>
            {t('documentAttached', { name: document.fileName, kind: label('DocumentKind', document.kind) })}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** Attaches invoices, prescriptions... to a claim or a prior authorisation (the mutual's records). */
export function AttachHealthDocuments({ record, onAttached }: { record: HealthRecordInput; onAttached?: () => void }) {
  const { request } = useSession();
  const owner: DocumentOwner = {
    ticket: async (input) => {
      const result = await request(RequestHealthDocumentUploadDocument, { input: { ...input, record } });
      return { value: result.data?.requestHealthDocumentUpload, errors: result.errors };
    },
    attach: async (ticketId, idempotencyKey) => {
      const result = await request(AttachHealthDocumentDocument, { ticketId, idempotencyKey });
      return { value: result.data?.attachHealthDocument, errors: result.errors };
    },
  };
  return <AttachDocuments owner={owner} kinds={DOCUMENT_KINDS} title="documentsAttachTitle" onAttached={onAttached} />;
}

/** Attaches school, disability or death certificates to an application or a dependent (the foundation's records). */
export function AttachSocialDocuments({ record, onAttached }: { record: SocialRecordInput; onAttached?: () => void }) {
  const { request } = useSession();
  const owner: DocumentOwner = {
    ticket: async (input) => {
      const result = await request(RequestSocialDocumentUploadDocument, { input: { ...input, record } });
      return { value: result.data?.requestSocialDocumentUpload, errors: result.errors };
    },
    attach: async (ticketId, idempotencyKey) => {
      const result = await request(AttachSocialDocumentDocument, { ticketId, idempotencyKey });
      return { value: result.data?.attachSocialDocument, errors: result.errors };
    },
  };
  return (
    <AttachDocuments
      owner={owner}
      kinds={CERTIFICATE_KINDS}
      title="documentsAttachCertificatesTitle"
      onAttached={onAttached}
    />
  );
}

/** Documents listed with a link each that downloads the file (the link is short-lived: the list is read just before). */
export function DocumentList({
  documents,
  testId,
}: {
  documents: readonly { id: string; kind: DocumentKind; fileName: string; uploadedAt: string; downloadUrl: string }[];
  testId: string;
}) {
  const { t, label, date } = useFormat();
  return documents.length === 0 ? (
    <Text size="sm" data-testid={`${testId}-none`}>
      {t('documentsNone')}
    </Text>
  ) : (
    <List size="sm">
      {documents.map((document) => (
        <List.Item key={document.id} data-testid={testId} data-id={document.id}>
          <Anchor href={document.downloadUrl} download={document.fileName} data-testid={`${testId}-open`}>
            {document.fileName}
          </Anchor>{' '}
          — {label('DocumentKind', document.kind)}, {date(document.uploadedAt)}
        </List.Item>
      ))}
    </List>
  );
}

/** The supporting documents of an officer's family the reader may open (clinical: the API lists only those). */
export function HealthDocuments({ matricule }: { matricule: string }) {
  const state = useOperation(HealthDocumentsDocument, { matricule });
  return (
    <>
      <ErrorMessage errors={state.result?.errors ?? []} testId="documents-error" />
      <DocumentList documents={state.result?.data?.officer?.healthDocuments ?? []} testId="health-document" />
    </>
  );
}

/**
 * The certificates of an officer's applications and dependents the reader
 * may open (the API lists only those), read once for the officer's file:
 * each download link is issued, and logged, once per document, whether the
 * file shows it in its list or in an application's row.
 */
export function useSocialDocuments(matricule: string, withApplications: boolean) {
  const state = useOperation(SocialDocumentsDocument, { matricule, withApplications });
  const officer = state.result?.data?.officer;
  const all = officer?.socialDocuments ?? [];
  return {
    errors: state.result?.errors ?? [],
    all,
    ofApplication(id: string) {
      const held = new Set(officer?.applications?.find((a) => a.id === id)?.documents.map((d) => d.id));
      return all.filter((document) => held.has(document.id));
    },
  };
}

/** The officer's certificates, as `useSocialDocuments` read them. */
export function SocialDocuments({ documents }: { documents: ReturnType<typeof useSocialDocuments> }) {
  return (
    <>
      <ErrorMessage errors={documents.errors} testId="social-documents-error" />
      <DocumentList documents={documents.all} testId="social-document" />
    </>
  );
}
