import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  NativeSelect,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  CLAIM_NEXT,
  ApprovalEstimate,
  ClaimAuthorisation,
  ClaimBeneficiary,
  ClaimDetail,
  useClaimNames,
  type ClaimNames,
} from '../claims';
import {
  ActionError,
  ErrorMessage,
  Failure,
  Loading,
  NextStep,
  Opener,
  OverdueBadge,
  RunProgress,
  useRegionNames,
  useRun,
} from '../components';
import { AttachHealthDocuments } from '../documents';
import { UnauthenticatedError, type GraphQLErrorShape } from '../graphql';
import { useFormat, type MessageId } from '../intl';
import {
  ClaimEstimateDocument,
  ClaimQueueDocument,
  ClaimStatusDocument,
  DecideClaimDocument,
  RecheckClaimDocument,
  RecordClaimPaymentDocument,
  ReviewClaimDocument,
  CareType,
  type ClaimQueueQuery,
  type ClaimStatus,
  type RejectionCode,
} from '../gql/graphql';
import { REJECTION_CODES, staysInStage, type QueueStage } from '../queueErrors';
import { usePages } from '../paging';
import { QueuesWithSummary, useQueueCount } from '../queueSummary';
import { useSession, type Session } from '../session';
import { applicationQueuesFor } from '../applications';
import { ApplicationQueues } from './ApplicationQueues';

const PAGE = 20;

type QueueClaim = ClaimQueueQuery['claimQueue']['edges'][number]['node'];

/** Whom a claim of the queue is for, as one key (the officer's matricule, or the dependent's id); null unnamed. */
function personOf(claim: QueueClaim): string | null {
  const beneficiary = claim.beneficiary;
  if (!beneficiary) return null;
  return beneficiary.__typename === 'Officer' ? `officer:${beneficiary.matricule}` : `dependent:${beneficiary.id}`;
}

/** A claim as a step's answer gives it back: why it was rejected, and what was approved, when the step says. */
interface ChangedClaim {
  id: string;
  reference: string;
  version: number;
  status: ClaimStatus;
  rejectionCode?: RejectionCode | null;
  amountApproved?: string | null;
}

type Action =
  | { kind: 'recheck' }
  | { kind: 'review' }
  | { kind: 'decide'; decision: 'APPROVE' | 'REJECT'; rejectionCode: RejectionCode | null }
  | { kind: 'pay' };

/**
 * Sends one action on a claim at the version the page showed: the claim as it
 * now is, or the API's refusal (a row's button and a run of checked claims alike).
 */
async function sendClaimAction(
  request: Session['request'],
  claim: { id: string; version: number },
  action: Action,
  note: string | null,
): Promise<{ changed: ChangedClaim | undefined; errors: GraphQLErrorShape[] }> {
  const base = { id: claim.id, version: claim.version };
  if (action.kind === 'recheck') {
    const result = await request(RecheckClaimDocument, base);
    return { changed: result.data?.recheckClaim, errors: result.errors };
  }
  if (action.kind === 'review') {
    const result = await request(ReviewClaimDocument, base);
    return { changed: result.data?.reviewClaim, errors: result.errors };
  }
  if (action.kind === 'decide') {
    const result = await request(DecideClaimDocument, {
      ...base,
      decision: action.decision,
      rejectionCode: action.rejectionCode,
      note,
    });
    return { changed: result.data?.decideClaim, errors: result.errors };
  }
  const result = await request(RecordClaimPaymentDocument, base);
  return { changed: result.data?.recordClaimPayment, errors: result.errors };
}

/** The queues whose claims can be acted on in a run, checked on the page: what the run sends, and its words. */
const RUNS: Partial<
  Record<QueueStage, { action: Action; button: MessageId; progress: MessageId; outcome: MessageId }>
> = {
  AWAITING_CHECK: {
    action: { kind: 'recheck' },
    button: 'recheckChecked',
    progress: 'recheckProgress',
    outcome: 'recheckDone',
  },
  AWAITING_PAYMENT: { action: { kind: 'pay' }, button: 'payChecked', progress: 'payProgress', outcome: 'payDone' },
};

function ClaimRow({
  claim,
  stage,
  regionName,
  names,
  onChanged,
  selection,
  batchError,
}: {
  claim: QueueClaim;
  stage: QueueStage;
  /** The region's name by code; null in a regional caller's queue, where every claim is their region's. */
  regionName: ((code: string) => string) | null;
  names: ClaimNames;
  onChanged: (claim: ChangedClaim) => void;
  /** In a queue with runs (to check again, to pay): whether the row is checked for a run, and how to check it. */
  selection: { checked: boolean; disabled: boolean; onChange: (checked: boolean) => void } | null;
  /** Why the last run could not act on this claim, said in its row. */
  batchError: GraphQLErrorShape | null;
}) {
  const { request, claims } = useSession();
  const { t, label, money, date, period } = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  // A hospitalisation no granted authorisation covers cannot be approved (decideClaim refuses it): its rejection is offered first.
  const unauthorised =
    claim.careType === 'HOSPITALISATION' &&
    claim.priorAuthorisation !== undefined &&
    claim.priorAuthorisation?.status !== 'GRANTED';
  const [rejectionCode, setRejectionCode] = useState<RejectionCode>(
    unauthorised ? 'PRIOR_AUTHORISATION_MISSING' : 'MEDICAL_ADVICE',
  );
  const authorisationId = `claim-authorisation-${claim.id}`;
  const estimateId = `claim-estimate-${claim.id}`;
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  // Read again after a document is attached, so the list shows it with its link.
  const [reads, setReads] = useState(0);
  const detailId = `claim-detail-${claim.id}`;
  // What went wrong last: this row's own action, or else the run's.
  const shownError = error ?? batchError;

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    try {
      const { changed, errors } = await sendClaimAction(request, claim, action, note.trim() || null);
      if (changed) onChanged(changed);
      else {
        setError(errors[0] ?? { message: 'no answer' });
        // The refusal says what the claim is missing: the rejection it calls for is the one offered.
        if (errors[0]?.extensions?.reason === 'PRIOR_AUTHORISATION_MISSING')
          setRejectionCode('PRIOR_AUTHORISATION_MISSING');
      }
    } catch (failure) {
      if (!(failure instanceof UnauthenticatedError))
        setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table.Tr
        data-testid="queue-claim"
        data-id={claim.id}
        data-reference={claim.reference}
        data-status={claim.status}
        data-version={claim.version}
        data-care-type={claim.careType}
      >
        {selection ? (
          <Table.Td>
            <Checkbox
              data-testid="claim-select"
              aria-label={t('selectClaim', { reference: claim.reference })}
              checked={selection.checked}
              disabled={selection.disabled}
              onChange={(e) => selection.onChange(e.currentTarget.checked)}
            />
          </Table.Td>
        ) : null}
        {/* A reference is read and typed whole: never broken at its hyphens. */}
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Opener open={open} controls={detailId} testId="claim-open" onToggle={() => setOpen((shown) => !shown)}>
            {claim.reference}
          </Opener>
        </Table.Td>
        <Table.Td data-testid="claim-beneficiary">
          <ClaimBeneficiary beneficiary={claim.beneficiary} testId="claim-officer" />
        </Table.Td>
        <Table.Td>{label('CareType', claim.careType)}</Table.Td>
        <Table.Td data-testid="claim-care-dates">{period(claim.careStartDate, claim.careEndDate)}</Table.Td>
        <Table.Td>
          {date(claim.submittedAt)}
          <OverdueBadge overdue={claim.overdue} since={claim.submittedAt} testId="claim-overdue" />
        </Table.Td>
        <Table.Td ta="end">{money(claim.amountClaimed)}</Table.Td>
        {regionName ? (
          <Table.Td data-testid="claim-region" data-code={claim.handlingRegion?.code}>
            {claim.handlingRegion ? regionName(claim.handlingRegion.code) : '—'}
          </Table.Td>
        ) : null}
        <Table.Td data-testid="claim-status">{label('ClaimStatus', claim.status)}</Table.Td>
        <Table.Td miw={220}>
          {stage === 'AWAITING_CHECK' ? (
            <Button size="xs" data-testid="recheck" disabled={busy} onClick={() => void run({ kind: 'recheck' })}>
              {t('recheck')}
            </Button>
          ) : null}
          {claim.careType === 'HOSPITALISATION' && claim.priorAuthorisation !== undefined ? (
            <ClaimAuthorisation id={authorisationId} authorisation={claim.priorAuthorisation}>
              {claim.priorAuthorisation?.status === 'REQUESTED' ? (
                <Anchor component={Link} to="/prior-authorisations" size="xs" data-testid="claim-authorisation-link">
                  {t('authorisationDecide')}
                </Anchor>
              ) : null}
            </ClaimAuthorisation>
          ) : null}
          {claim.estimate ? <ApprovalEstimate id={estimateId} estimate={claim.estimate} /> : null}
          {stage === 'AWAITING_REVIEW' && claim.status === 'CHECKED' ? (
            <Button size="xs" data-testid="start-review" disabled={busy} onClick={() => void run({ kind: 'review' })}>
              {t('startReview')}
            </Button>
          ) : null}
          {stage === 'AWAITING_REVIEW' && claim.status === 'UNDER_REVIEW' ? (
            <>
              <TextInput
                size="xs"
                mb={4}
                data-testid="decision-note"
                aria-label={t('field.note')}
                placeholder={t('field.note')}
                value={note}
                maxLength={2000}
                disabled={busy}
                error={error?.extensions?.field === 'note'}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Button
                size="xs"
                data-testid="approve"
                disabled={busy || unauthorised}
                aria-describedby={
                  [unauthorised ? authorisationId : null, claim.estimate ? estimateId : null]
                    .filter((id) => id !== null)
                    .join(' ') || undefined
                }
                onClick={() => void run({ kind: 'decide', decision: 'APPROVE', rejectionCode: null })}
              >
                {t('approve')}
              </Button>{' '}
              <NativeSelect
                size="xs"
                label={t('rejectionCode')}
                data-testid="rejection-code"
                value={rejectionCode}
                disabled={busy}
                onChange={(e) => setRejectionCode(e.currentTarget.value as RejectionCode)}
                data={REJECTION_CODES.map((code) => ({ value: code, label: label('RejectionCode', code) }))}
              />
              <Button
                size="xs"
                data-testid="reject"
                disabled={busy}
                onClick={() => void run({ kind: 'decide', decision: 'REJECT', rejectionCode })}
              >
                {t('reject')}
              </Button>
            </>
          ) : null}
          {stage === 'AWAITING_PAYMENT' ? (
            <Button size="xs" data-testid="record-payment" disabled={busy} onClick={() => void run({ kind: 'pay' })}>
              {t('recordPayment')}
            </Button>
          ) : null}
          {busy ? <Loader size="xs" aria-label={t('working')} /> : null}
          {shownError ? <ActionError error={shownError} subject="claim" testId="claim-action-error" /> : null}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailId} data-testid="claim-detail">
          <Table.Td colSpan={(regionName ? 9 : 8) + (selection ? 1 : 0)}>
            <ClaimDetail key={reads} id={claim.id} names={names} />
            {/* An invoice or a report that comes after the claim was entered: the region's mutual agent attaches it here. */}
            {claims?.role === 'MUTUAL_AGENT' ? (
              <AttachHealthDocuments
                record={{ kind: 'CLAIM', id: claim.id }}
                onAttached={() => setReads((n) => n + 1)}
              />
            ) : null}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/** What a claim queue is narrowed to: a region (for the medical advisor, who reviews every region's) and a care type. */
interface ClaimFilter {
  region: string;
  careType: CareType | '';
}

function ClaimQueue({ stage, title }: { stage: QueueStage; title: MessageId }) {
  const { request, claims: caller } = useSession();
  const { t, label, regionChoices } = useFormat();
  const [filter, setFilter] = useState<ClaimFilter>({ region: '', careType: '' });
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(ClaimQueueDocument, {
        stage,
        region: filter.region === '' ? null : filter.region,
        careType: filter.careType === '' ? null : filter.careType,
        first: PAGE,
        after,
        withAuthorisation: stage === 'AWAITING_REVIEW',
        withEstimate: stage === 'AWAITING_REVIEW',
      });
      return { data: result.data?.claimQueue ?? null, errors: result.errors };
    },
    [request, stage, filter],
  );
  const {
    items: claims,
    setItems: setClaims,
    totalCount,
    setTotalCount,
    next,
    loading,
    errors,
    failure,
    load,
  } = usePages(fetchPage);
  const [done, setDone] = useState<ChangedClaim[]>([]);
  // Claims carry their region's code (the Mutual's); its name is the Foundation's, read once for the page. A regional
  // caller's queue is all their region's: no column to repeat it on every row, no list to read.
  const everyRegion = !caller?.region;
  const { regions, nameOf: regionName } = useRegionNames(!everyRegion);
  const names = useClaimNames();

  // The claims this tab acted on, read again from the API after a reload: their status now, not a remembered one.
  const doneKey = `dsp.queue.done.${stage}`;
  useEffect(() => {
    const ids = (JSON.parse(sessionStorage.getItem(doneKey) ?? '[]') as unknown[]).filter(
      (id): id is string => typeof id === 'string',
    );
    if (ids.length === 0) return;
    let current = true;
    Promise.all(ids.map((id) => request(ClaimStatusDocument, { id }).then((r) => r.data?.claim ?? null))).then(
      (found) => current && setDone(found.filter((c) => c !== null)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [doneKey, request]);

  // A run (the claims to check again, the claims to pay): the checked claims sent one after the other, each at the
  // version shown, its progress said; a claim refused is said in its row and stays checked.
  const runOf = RUNS[stage] ?? null;
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const { run, refusals, start } = useRun();
  const check = (id: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const runChecked = (action: Action) =>
    start(
      claims.filter((c) => checked.has(c.id)),
      (claim) => claim.id,
      async (claim) => {
        const { changed, errors } = await sendClaimAction(request, claim, action, null);
        if (!changed) return errors[0] ?? { message: 'no answer' };
        onChanged(changed);
        check(claim.id, false);
        return null;
      },
    );
  // A run that cleared every claim shown brings the next ones up, rather than saying the queue is empty.
  useEffect(() => {
    if (run && !run.running && claims.length === 0 && (totalCount ?? 0) > 0) void load(null);
  }, [run, claims.length, totalCount, load]);

  // An approval uses the person's yearly ceiling for its care type: what approving their other claims of that type
  // would reimburse is read again, so that no row says an amount the ceiling no longer leaves.
  const estimateAgain = (decided: QueueClaim) => {
    const person = personOf(decided);
    if (person === null) return;
    for (const other of claims.filter(
      (c) => c.id !== decided.id && c.estimate && c.careType === decided.careType && personOf(c) === person,
    )) {
      request(ClaimEstimateDocument, { id: other.id }).then(
        (result) => {
          const estimate = result.data?.claim?.estimate;
          if (estimate !== undefined)
            setClaims((previous) => previous.map((c) => (c.id === other.id ? { ...c, estimate } : c)));
        },
        () => undefined,
      );
    }
  };

  const onChanged = (changed: ChangedClaim) => {
    const decided = claims.find((c) => c.id === changed.id);
    if (decided && (changed.status === 'APPROVED' || changed.status === 'PARTIALLY_APPROVED')) estimateAgain(decided);
    if (staysInStage(stage, changed.status)) {
      setClaims((previous) =>
        previous.map((c) => (c.id === changed.id ? { ...c, version: changed.version, status: changed.status } : c)),
      );
    } else {
      setClaims((previous) => previous.filter((c) => c.id !== changed.id));
      setTotalCount((n) => (n === null ? null : Math.max(0, n - 1)));
    }
    setDone((previous) => {
      const next = [changed, ...previous.filter((c) => c.id !== changed.id)].slice(0, 10);
      sessionStorage.setItem(doneKey, JSON.stringify(next.map((c) => c.id)));
      return next;
    });
  };

  useQueueCount(`queue-${stage}`, t(title), errors.length === 0 && failure === null ? totalCount : null);

  return (
    <Paper withBorder p="md" my="md" component="section" id={`queue-${stage}`} data-testid={`queue-${stage}`}>
      <Title order={3} size="h4">
        {t(title)}
      </Title>
      {/* The reader's step, and where a claim goes once it is done. */}
      <Text size="sm" data-testid="claim-queue-intro">
        {t(`claimQueueIntro.${stage}`)}
      </Text>
      <Group my="sm" align="end">
        {everyRegion ? (
          <NativeSelect
            label={t('region')}
            data-testid="claim-region-filter"
            value={filter.region}
            onChange={(e) => setFilter({ ...filter, region: e.currentTarget.value })}
            data={[{ value: '', label: t('allRegions') }, ...regionChoices(regions)]}
          />
        ) : null}
        <NativeSelect
          label={t('careType')}
          data-testid="claim-care-type-filter"
          value={filter.careType}
          onChange={(e) => setFilter({ ...filter, careType: e.currentTarget.value as CareType | '' })}
          data={[
            { value: '', label: t('allCareTypes') },
            ...Object.values(CareType).map((careType) => ({ value: careType, label: label('CareType', careType) })),
          ]}
        />
      </Group>
      {failure !== null ? <Failure message={failure} /> : null}
      <ErrorMessage errors={errors} testId="queue-error" />
      {done.length > 0 ? (
        <List my="sm" data-testid="queue-done">
          {done.map((c) => (
            <List.Item key={c.id} data-id={c.id} data-status={c.status}>
              {t('claimUpdated')} {c.reference}
              {t('labelSeparator')}
              {label('ClaimStatus', c.status)}
              {c.rejectionCode ? ` — ${label('RejectionCode', c.rejectionCode)}` : null}
              {/* Under review, the next step is the advisor's own decision, in the row: not announced to them. */}
              <NextStep
                message={c.status === 'UNDER_REVIEW' ? undefined : CLAIM_NEXT[c.status]}
                amount={c.amountApproved ?? null}
                testId="claim-next"
              />
            </List.Item>
          ))}
        </List>
      ) : null}
      {totalCount !== null && errors.length === 0 && failure === null ? (
        <Text data-testid="queue-count" data-value={totalCount}>
          {t('inQueue', { count: totalCount })}
        </Text>
      ) : null}
      {runOf && claims.length > 0 ? (
        <Group my="sm" align="center">
          <Button
            size="xs"
            data-testid="run-checked"
            disabled={checked.size === 0 || run?.running === true}
            onClick={() => void runChecked(runOf.action)}
          >
            {t(runOf.button, { count: checked.size })}
          </Button>
          {run ? (
            <RunProgress run={run} testId="run-progress">
              {run.running
                ? t(runOf.progress, { done: run.done + run.refused, total: run.total })
                : t(runOf.outcome, { done: run.done, refused: run.refused })}
            </RunProgress>
          ) : null}
        </Group>
      ) : null}
      {claims.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {runOf ? (
                  <Table.Th>
                    <Checkbox
                      data-testid="claim-select-page"
                      aria-label={t('selectPage')}
                      checked={claims.every((c) => checked.has(c.id))}
                      indeterminate={claims.some((c) => checked.has(c.id)) && !claims.every((c) => checked.has(c.id))}
                      disabled={run?.running === true}
                      onChange={(e) =>
                        setChecked(e.currentTarget.checked ? new Set(claims.map((c) => c.id)) : new Set())
                      }
                    />
                  </Table.Th>
                ) : null}
                <Table.Th>{t('reference')}</Table.Th>
                <Table.Th>{t('beneficiary')}</Table.Th>
                <Table.Th>{t('careType')}</Table.Th>
                <Table.Th>{t('careDates')}</Table.Th>
                <Table.Th>{t('submittedAt')}</Table.Th>
                <Table.Th>{t('amountClaimed')}</Table.Th>
                {everyRegion ? <Table.Th>{t('region')}</Table.Th> : null}
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claims.map((claim) => (
                <ClaimRow
                  key={claim.id}
                  claim={claim}
                  stage={stage}
                  regionName={everyRegion ? regionName : null}
                  names={names}
                  onChanged={onChanged}
                  selection={
                    runOf
                      ? {
                          checked: checked.has(claim.id),
                          disabled: run?.running === true,
                          onChange: (on) => check(claim.id, on),
                        }
                      : null
                  }
                  batchError={refusals.get(claim.id) ?? null}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : !loading && totalCount !== null && errors.length === 0 && failure === null ? (
        <Text data-testid="queue-empty">{t('queueEmpty')}</Text>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <Button size="xs" data-testid="queue-more" onClick={() => void load(next)}>
          {t('more')}
        </Button>
      ) : null}
    </Paper>
  );
}

// The work of the caller's role: the medical advisor reviews and decides claims, the mutual agent pays them;
// the Foundation's roles work through applications (ApplicationQueues).
export function Queues() {
  const { claims } = useSession();
  const { t } = useFormat();
  const role = claims?.role;
  const applicationQueues = applicationQueuesFor(role);
  return (
    <section data-testid="queues">
      <Title order={2} my="md">
        {t('queuesTitle')}
      </Title>
      <QueuesWithSummary>
        {role === 'MEDICAL_ADVISOR' ? <ClaimQueue stage="AWAITING_REVIEW" title="queueAwaitingReview" /> : null}
        {role === 'MUTUAL_AGENT' ? <ClaimQueue stage="AWAITING_CHECK" title="queueAwaitingCheck" /> : null}
        {role === 'MUTUAL_AGENT' ? <ClaimQueue stage="AWAITING_PAYMENT" title="queueAwaitingPayment" /> : null}
        {applicationQueues.length > 0 ? <ApplicationQueues role={role} /> : null}
      </QueuesWithSummary>
      {role !== 'MEDICAL_ADVISOR' && role !== 'MUTUAL_AGENT' && applicationQueues.length === 0 ? (
        <Text data-testid="queue-none">{t('queueNone')}</Text>
      ) : null}
    </section>
  );
}
