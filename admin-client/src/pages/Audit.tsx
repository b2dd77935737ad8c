import { Button, Code, Group, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ChangeList } from '../audit';
import { ErrorMessage, Loading, useRegionNames } from '../components';
import { AuditTrailDocument, MutualAuditTrailDocument } from '../gql/graphql';
import { AUDIT_ENTITIES, historyPath, isAuditEntity, isMutualEntity, type AuditEntity } from '../history';
import { useFormat } from '../intl';
import { useOperation } from '../session';

/**
 * Every recorded change of one record, from either organisation, each in
 * words (what it touched, before and after) with the complete record kept
 * below it. The record is in the address (`?entity=&id=`): the "Historique"
 * links of the pages that show records open it there, and the form below
 * goes there too, so a history can be shared and gone back to.
 */
export function AuditPage() {
  const { t, label, date } = useFormat();
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const askedEntity = params.get('entity');
  const askedId = params.get('id')?.trim() ?? '';
  const asked = isAuditEntity(askedEntity) && askedId !== '' ? { entity: askedEntity, id: askedId } : null;
  const [entity, setEntity] = useState<AuditEntity>(asked?.entity ?? 'application');
  const [id, setId] = useState(asked?.id ?? '');
  const mutual = asked !== null && isMutualEntity(asked.entity);
  const variables = { entity: asked?.entity ?? '', id: asked?.id ?? '' };
  const foundationTrail = useOperation(AuditTrailDocument, variables, asked === null || mutual);
  const mutualTrail = useOperation(MutualAuditTrailDocument, variables, asked === null || !mutual);
  const regions = useRegionNames(asked === null);
  const state = mutual ? mutualTrail : foundationTrail;
  const records = mutual
    ? (mutualTrail.result?.data?.mutualAuditTrail ?? [])
    : (foundationTrail.result?.data?.auditTrail ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (id.trim()) void navigate(historyPath(entity, id.trim()));
  };
  return (
    <>
      <Title order={2} my="md">
        {t('navAudit')}
        {asked ? ` — ${t(AUDIT_ENTITIES[asked.entity])}` : null}
      </Title>
      <Group component="form" onSubmit={submit} align="end" role="search">
        <NativeSelect
          label={t('field.entity')}
          data-testid="audit-entity"
          value={entity}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            if (isAuditEntity(chosen)) setEntity(chosen);
          }}
          data={Object.entries(AUDIT_ENTITIES).map(([value, name]) => ({ value, label: t(name) }))}
        />
        <TextInput
          label={t('field.id')}
          data-testid="audit-id"
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
        />
        <Button type="submit" data-testid="audit-submit">
          {t('search')}
        </Button>
      </Group>
      {asked && state.loading ? <Loading /> : null}
      {state.result ? <ErrorMessage errors={state.result.errors} testId="audit-error" /> : null}
      {asked && records.length > 0 ? (
        <Table striped my="md" data-testid="audit-trail">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('when')}</Table.Th>
              <Table.Th>{t('who')}</Table.Th>
              <Table.Th>{t('action')}</Table.Th>
              <Table.Th>{t('change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((r) => (
              <Table.Tr key={`${r.at}-${r.action}`} data-testid="audit-record" data-action={r.action}>
                <Table.Td>{date(r.at)}</Table.Td>
                <Table.Td>
                  {r.actorSub} ({label('Role', r.actorRole)})
                </Table.Td>
                <Table.Td>{label('AuditAction', r.action)}</Table.Td>
                <Table.Td>
                  <ChangeList entity={asked.entity} changes={r.changes} regionName={regions.nameOf} />
                  {/* Everything the record kept, for the auditor: internal keys and versions included. */}
                  <details>
                    <summary>{t('wholeRecord')}</summary>
                    <Code block>{r.after ?? r.before ?? ''}</Code>
                  </details>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : asked && !state.loading && state.result?.errors.length === 0 ? (
        <Text my="md">{t('noAuditRecords')}</Text>
      ) : null}
    </>
  );
}
