import { Anchor, Button, Group, List, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from './components';
import { newIdempotencyKey } from './forms';
import {
  AttachHealthDocumentDocument,
  type DocumentKind,
  HealthDocumentsDocument,
  RequestHealthDocumentUploadDocument,
} from './gql/graphql';
import type { GraphQLErrorShape } from './graphql';
import { useFormat } from './intl';
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
/** What the API takes; the file's content is checked again by the service. */
const ACCEPTED = 'application/pdf,image/jpeg,image/png';

/** A refusal of the upload endpoint (its code: TOO_LARGE, UNSUPPORTED_CONTENT...), shown from the catalogues. */
const uploadRefusal = (code: string, message: string): GraphQLErrorShape => ({ message, extensions: { code } });

/**
 * Attaches supporting documents to a claim just entered: a ticket through the
 * gateway, the file straight to the mutual's upload endpoint (files never go
 * through the gateway), then the attachment.
 */
export function AttachClaimDocuments({ claimId }: { claimId: string }) {
  const { t, label } = useFormat();
  const { request } = useSession();
  const [kind, setKind] = useState<DocumentKind>('INVOICE');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<GraphQLErrorShape[]>([]);
  const [attached, setAttached] = useState<Array<{ id: string; fileName: string; kind: DocumentKind }>>([]);

  const attach = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([uploadRefusal('NO_FILE', 'No file chosen.')]);
    setBusy(true);
    setErrors([]);
    try {
      const ticket = await request(RequestHealthDocumentUploadDocument, {
        input: {
          record: { kind: 'CLAIM', id: claimId },
          documentKind: kind,
          fileName: file.name,
          size: file.size,
          contentType: file.type,
          idempotencyKey: newIdempotencyKey(),
        },
      });
      const issued = ticket.data?.requestHealthDocumentUpload;
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
      const done = await request(AttachHealthDocumentDocument, {
        ticketId: issued.id,
        idempotencyKey: newIdempotencyKey(),
      });
      const document = done.data?.attachHealthDocument;
      if (!document) return setErrors(done.errors);
      setAttached((list) => [...list, document]);
      setFile(null);
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
      <Title order={4}>{t('documentsAttachTitle')}</Title>
      <Group align="end" my="xs">
        <NativeSelect
          label={t('field.documentKind')}
          data-testid="document-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}
          data={DOCUMENT_KINDS.map((value) => ({ value, label: label('DocumentKind', value) }))}
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

/** The roles that read health documents (clinical detail); the API refuses them to the others. */
export function readsHealthDocuments(role: string | undefined): boolean {
  return role === 'MUTUAL_AGENT' || role === 'MEDICAL_ADVISOR' || role === 'OFFICER';
}

/** The supporting documents of an officer's family the reader may open (clinical: the API lists only those). */
export function HealthDocuments({ matricule }: { matricule: string }) {
  const { t, label, date } = useFormat();
  const state = useOperation(HealthDocumentsDocument, { matricule });
  const documents = state.result?.data?.officer?.healthDocuments ?? [];
  return (
    <>
      <ErrorMessage errors={state.result?.errors ?? []} testId="documents-error" />
      {documents.length === 0 ? (
        <Text size="sm">{t('documentsNone')}</Text>
      ) : (
        <List size="sm">
          {documents.map((document) => (
            <List.Item key={document.id} data-testid="health-document" data-id={document.id}>
              <Anchor href={document.downloadUrl} download={document.fileName} data-testid="health-document-open">
                {document.fileName}
              </Anchor>{' '}
              — {label('DocumentKind', document.kind)}, {date(document.uploadedAt)}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
