import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  historyPath,
  readsTrail,
  shownChanges,
  STATUS_ENUM,
  type AuditEntity,
  type FieldChange,
  type FieldKind,
} from './history';
import { useFormat } from './intl';
import { useSession } from './session';

/** "Historique" beside a record, for the roles that read its history; nothing for the others. */
export function HistoryLink({ entity, id }: { entity: AuditEntity; id: string }) {
  const { t } = useFormat();
  const { claims } = useSession();
  if (!readsTrail(claims?.role, entity)) return null;
  return (
    <Anchor component={Link} to={historyPath(entity, id)} size="sm" data-testid="history-link">
      {t('history')}
    </Anchor>
  );
}

/** One recorded change in words: "Statut : En examen → Approuvée", one line per field it touched. */
export function ChangeList({
  entity,
  changes,
  regionName,
}: {
  entity: AuditEntity;
  changes: readonly FieldChange[];
  regionName: (code: string) => string;
}) {
  const { t, label, money, date } = useFormat();
  const value = (kind: FieldKind, raw: string | null): string => {
    if (raw === null) return '—';
    if (kind === 'money') return money(raw);
    if (kind === 'date') return date(raw);
    if (kind === 'region') return regionName(raw);
    if (kind === 'status') return STATUS_ENUM[entity] ? label(STATUS_ENUM[entity], raw) : raw;
    if (kind === 'text') return raw;
    return label(kind.enumName, raw);
  };
  const shown = shownChanges(changes);
  if (shown.length === 0) return null;
  return (
    <List size="sm" listStyleType="none" spacing={2} data-testid="audit-changes">
      {shown.map((change) => (
        <List.Item key={change.field} data-testid="audit-change" data-field={change.field}>
          <Text span c="dimmed" size="sm">
            {t(change.label)}
            {t('labelSeparator')}
          </Text>
          <span data-testid="audit-value">
            {change.before === null
              ? value(change.kind, change.after)
              : t('changedTo', { before: value(change.kind, change.before), after: value(change.kind, change.after) })}
          </span>
        </List.Item>
      ))}
    </List>
  );
}
