import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Progress, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { decisionReasonText } from './applications';
import { RegionListDocument, type ApplicationDecisionReason } from './gql/graphql';
import { UnauthenticatedError, type GraphQLErrorShape } from './graphql';
import { useFormat, type MessageId } from './intl';
import { describeActionError, fieldLabelKey } from './queueErrors';
import { useOperation } from './session';

/** Why an application was waitlisted, rejected or moved up, in the reader's language, with the words typed with it. */
export function DecisionReason({
  application,
}: {
  application: { decisionReasonCode?: ApplicationDecisionReason | null; decisionReason?: string | null };
}) {
  const { label } = useFormat();
  const text = decisionReasonText(label, application);
  if (text === null) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="decision-reason-text" data-code={application.decisionReasonCode ?? ''}>
      {text}
    </Text>
  );
}

/** A refusal or failure from the API, in words: what happened, not a code or a stack. */
export function ErrorMessage({ errors, testId = 'error' }: { errors: readonly GraphQLErrorShape[]; testId?: string }) {
  const { t } = useFormat();
  if (errors.length === 0) return null;
  const error = errors[0];
  const text = describeActionError(error);
  return (
    <Alert color="red" role="alert" data-testid={testId} data-code={error.extensions?.code ?? ''} my="xs">
      {t(text.key)}
      {text.detail ? ` — ${text.detail}` : null}
    </Alert>
  );
}

/** A matricule no officer has, said in words, with the way to find the officer by name instead. */
export function MatriculeNotFound({ matricule, testId, my }: { matricule: string; testId: string; my: 'xs' | 'sm' }) {
  const { t } = useFormat();
  return (
    <Text my={my} data-testid={testId}>
      {t('matriculeNotFound', { matricule })}{' '}
      <Anchor component={Link} to="/officers">
        {t('findByName')}
      </Anchor>
    </Text>
  );
}

export function Failure({ message }: { message: string }) {
  const { t } = useFormat();
  return (
    <Alert color="red" role="alert" data-testid="error" my="xs">
      {t('error')}
      {t('labelSeparator')}
      {message}
    </Alert>
  );
}

export function Loading() {
  const { t } = useFormat();
  return (
    <Group gap="xs" my="sm" role="status">
      <Loader size="sm" />
      <Text size="sm">{t('loading')}</Text>
    </Group>
  );
}

/** One figure, with its raw value in data-value for tests and tools. */
export function Figure({
  label,
  value,
  raw,
  testId,
}: {
  label: string;
  value: ReactNode;
  raw: string | number | null;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" miw={150}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600} data-testid={testId} data-value={raw ?? ''}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * A name in both scripts, the page's first: staff match it against papers in either. Each part keeps its
 * own direction (`dir` isolates it), so "Aides exceptionnelles (2026)" stays in order on an Arabic page.
 */
export function BothScripts({ fr, ar }: { fr: string; ar: string | null | undefined }) {
  const { lang } = useFormat();
  const latin = (
    <span lang="fr" dir="ltr">
      {fr}
    </span>
  );
  if (!ar) return <span>{latin}</span>;
  const arabic = (
    <span lang="ar" dir="rtl">
      {ar}
    </span>
  );
  return (
    <span>
      {lang === 'ar' ? arabic : latin}
      {' · '}
      {lang === 'ar' ? latin : arabic}
    </span>
  );
}

/** Whole days since an instant, as a waiting record's age is counted (24-hour periods; the server's targets count the same way). */
function daysSince(instant: string): number {
  return Math.floor((Date.now() - Date.parse(instant)) / 86_400_000);
}

/**
 * A record waiting for a decision past its target (a claim's or an
 * application's `overdue`), with how long it has waited: what to take first.
 */
export function OverdueBadge({ overdue, since, testId }: { overdue: boolean; since: string; testId: string }) {
  const { t } = useFormat();
  if (!overdue) return null;
  const days = daysSince(since);
  return (
    // Its whole words, never cut to "Délai dép…" by a narrow column.
    <Badge color="red.9" ms="xs" tt="none" miw="max-content" data-testid={testId} data-days={days}>
      {t('overdueFor', { days })}
    </Badge>
  );
}

/**
 * What opens a record in its list's row (a claim's reference, an application's
 * beneficiary): a button that says whether the row below it is open and which
 * one it is (`aria-expanded`, `aria-controls`).
 */
export function Opener({
  open,
  controls,
  testId,
  onToggle,
  children,
}: {
  open: boolean;
  controls: string;
  testId: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      c="blue.9"
      underline="always"
      data-testid={testId}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      {children}
    </Anchor>
  );
}

/** A refused action, in words: what happened, the field the API named, the rule, and a reload on a stale version (not on a conflict with a reason, which a reload does not cure). */
export function ActionError({
  error,
  subject,
  testId,
  onReload,
}: {
  error: GraphQLErrorShape;
  subject: 'claim' | 'application' | null;
  testId: string;
  onReload?: () => void;
}) {
  const { t } = useFormat();
  const text = describeActionError(error, subject);
  const fieldKey = text.field ? fieldLabelKey(text.field) : null;
  return (
    <Alert
      color="red"
      role="alert"
      data-testid={testId}
      data-code={text.code}
      data-field={text.field ?? ''}
      my="xs"
      p="xs"
    >
      {t(text.key)}
      {text.field ? ` (${t('field')}${t('labelSeparator')}${fieldKey ? t(fieldKey) : text.field})` : null}
      {text.rule ? ` — ${t(text.rule)}` : null}
      {text.detail ? ` — ${text.detail}` : null}
      {text.code === 'CONFLICT' && text.reason === null && onReload ? (
        <Button size="xs" variant="default" ms="sm" data-testid="reload-queue" onClick={onReload}>
          {t('reload')}
        </Button>
      ) : null}
    </Alert>
  );
}

/**
 * The seventeen regions (the Foundation's names), read once for a page that
 * names records carrying only a region's code (the Mutual's claims, audit
 * records); `skip` when the page has none to name. `nameOf` gives a code's
 * name in the page's language, the code itself until the list has come.
 */
export function useRegionNames(skip = false) {
  const { nameOf } = useFormat();
  const regions = useOperation(RegionListDocument, {}, skip).result?.data?.regions ?? [];
  return {
    regions,
    nameOf: (code: string): string => {
      const region = regions.find((r) => r.code === code);
      return region ? nameOf(region) : code;
    },
  };
}

/** What comes next for a record on its way ("Prochaine étape : …"), its amount or day put in; nothing when nothing is to come. */
export function NextStep({
  message,
  amount,
  day = null,
  testId,
}: {
  message: MessageId | undefined;
  amount: string | null;
  day?: string | null;
  testId: string;
}) {
  const { t, money, date } = useFormat();
  if (!message) return null;
  return (
    <Text size="sm" c="dimmed" data-testid={testId}>
      {t(message, { amount: money(amount), date: date(day) })}
    </Text>
  );
}

/** Where a run of one action over many records stands: how many it has, how many went through, how many were refused. */
export interface RunState {
  total: number;
  done: number;
  refused: number;
  running: boolean;
}

/**
 * One action run over many records, one after the other: the run's state
 * (for RunProgress) and the API's refusals by record, in the order met.
 * `step` sends one record's action and answers its refusal, or null when it
 * went through. A session that ends stops the run: the records it had not
 * reached stay as they were.
 */
export function useRun() {
  const [run, setRun] = useState<RunState | null>(null);
  const [refusals, setRefusals] = useState<ReadonlyMap<string, GraphQLErrorShape>>(new Map());
  const start = async <T,>(
    records: readonly T[],
    key: (record: T) => string,
    step: (record: T) => Promise<GraphQLErrorShape | null>,
  ): Promise<void> => {
    const refused = new Map<string, GraphQLErrorShape>();
    setRefusals(refused);
    setRun({ total: records.length, done: 0, refused: 0, running: true });
    for (const record of records) {
      let refusal: GraphQLErrorShape | null;
      try {
        refusal = await step(record);
      } catch (failure) {
        if (failure instanceof UnauthenticatedError) break;
        refusal = { message: failure instanceof Error ? failure.message : String(failure) };
      }
      if (refusal) refused.set(key(record), refusal);
      setRefusals(new Map(refused));
      setRun((r) => r && { ...r, done: r.done + (refusal ? 0 : 1), refused: r.refused + (refusal ? 1 : 0) });
    }
    setRun((r) => r && { ...r, running: false });
  };
  return { run, refusals, start };
}

/**
 * A run's progress bar and its words (payments, checks run again, a
 * campaign's regions), said to screen readers as it goes; the counts in
 * data attributes for the tests.
 */
export function RunProgress({ run, testId, children }: { run: RunState; testId: string; children: ReactNode }) {
  const { t } = useFormat();
  return (
    <div aria-live="polite">
      <Progress
        w={200}
        value={((run.done + run.refused) / Math.max(run.total, 1)) * 100}
        aria-label={t('runProgressLabel')}
      />
      <Text
        size="sm"
        data-testid={testId}
        data-done={run.done}
        data-refused={run.refused}
        data-total={run.total}
        data-running={run.running}
      >
        {children}
      </Text>
    </div>
  );
}
