import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Anchor, Button, Group, List, Loader, NativeSelect, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import {
  APPLICATION_NEXT,
  APPLICATION_STATUSES,
  applicationQueuesFor,
  beneficiaryOf,
  CHOSEN_REASONS,
  decisionInput,
  disbursementInput,
  queueVariables,
  staysInQueue,
  type ApplicationDecision,
  type ApplicationQueueSpec,
  type ApplicationStatus,
  type QueueFilter,
} from '../applications';
import { HistoryLink } from '../audit';
import {
  ActionError,
  BothScripts,
  DecisionReason,
  ErrorMessage,
  Failure,
  Loading,
  NextStep,
  Opener,
  OverdueBadge,
} from '../components';
import { AttachSocialDocuments, DocumentList } from '../documents';
import { UnauthenticatedError, type GraphQLErrorShape } from '../graphql';
import { useFormat, type MessageId } from '../intl';
import {
  ApplicationDetailDocument,
  ApplicationQueueDocument,
  ApplicationStatusDocument,
  type ApplicationDecisionReason,
  CampaignsDocument,
  DecideApplicationDocument,
  RankingRuleDocument,
  RecordDisbursementDocument,
  RegionListDocument,
  StartApplicationReviewDocument,
  type ApplicationQueueQuery,
  type ApplicationStatusQuery,
  type RankingRuleQuery,
} from '../gql/graphql';
import { Link } from 'react-router';
import { usePages } from '../paging';
import { useQueueCount } from '../queueSummary';
import { useOperation, useSession } from '../session';

const PAGE = 20;

type QueueApplication = NonNullable<ApplicationQueueQuery['applicationQueue']>['edges'][number]['node'];
type Allocation = QueueApplication['campaign']['allocations'][number];
/** A change to a campaign's allocations, as the API gave it after a decision or a refusal. */
type AllocationsUpdate = (previous: readonly Allocation[]) => Allocation[];

interface ChangedApplication {
  id: string;
  version: number;
  status: ApplicationStatus;
  /** After a decision: why, as the API keeps it. */
  decisionReasonCode?: ApplicationDecisionReason | null;
  decisionReason?: string | null;
  /** After a decision: what is left of each region's budget and quota for the campaign. */
  campaign?: { id: string; allocations: Allocation[] };
}

/** An application this tab acted on, as the API says it is now. */
type DoneApplication = Pick<
  NonNullable<ApplicationStatusQuery['application']>,
  'id' | 'version' | 'status' | 'officer' | 'dependent' | 'amount' | 'decisionReasonCode' | 'decisionReason'
>;

/**
 * An application opened in its queue: what the head weighs before deciding
 * and the agent checks while reviewing. The beneficiary, the officer's facts
 * the ranking score is made of (today's: the score itself was computed at
 * submission), the family's other applications, and the certificates of the
 * application and of its dependent. Read only when opened: each download link
 * is issued for this reader and logged, and none is cached.
 */
function ApplicationDetail({ application }: { application: QueueApplication }) {
  const { t, label, date, campaignOf, list } = useFormat();
  const state = useOperation(ApplicationDetailDocument, { id: application.id }, false, true);
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const detail = state.result.data?.application;
  const errors = <ErrorMessage errors={state.result.errors} testId="application-detail-error" />;
  if (!detail) return errors;
  const { officer, dependent } = detail;
  const others = officer.applications.filter((a) => a.id !== application.id);
  const heading = (text: string) => (
    <Text size="sm" fw={600} mt="xs">
      {text}
    </Text>
  );
  return (
    <>
      {errors}
      {dependent ? (
        <Text size="sm" data-testid="application-dependent-facts">
          {t('beneficiary')}
          {t('labelSeparator')}
          {list([
            label('DependentRelation', dependent.relation),
            t('bornOn', { date: date(dependent.birthDate) }),
            ...(dependent.student ? [t('studentUntil', { date: date(dependent.studentUntil) })] : []),
            ...(dependent.disabled ? [t('field.disabled')] : []),
          ])}
        </Text>
      ) : null}
      <Text size="sm" data-testid="application-officer-facts">
        {t('officer')}
        {t('labelSeparator')}
        {t('officerStanding', {
          rank: label('Rank', officer.rank),
          status: label('OfficerStatus', officer.status),
          years: officer.yearsOfService,
          children: officer.dependents.filter((d) => d.relation === 'CHILD').length,
        })}
      </Text>
      {heading(t('familyApplications'))}
      {others.length === 0 ? (
        <Text size="sm" data-testid="family-application-none">
          {t('noFamilyApplications')}
        </Text>
      ) : (
        <List size="sm">
          {others.map((other) => (
            <List.Item key={other.id} data-testid="family-application" data-id={other.id} data-status={other.status}>
              {campaignOf(other.campaign)} — {label('ApplicationStatus', other.status)}, {date(other.submittedAt)}
              {other.dependent ? (
                <>
                  {' '}
                  (<BothScripts fr={other.dependent.fullName} ar={other.dependent.fullNameAr} />)
                </>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {heading(t('documentsTitle'))}
      <DocumentList documents={detail.documents} testId="application-document" />
      {dependent ? (
        <>
          {heading(t('beneficiaryCertificates'))}
          <DocumentList documents={dependent.documents} testId="dependent-document" />
        </>
      ) : null}
      <HistoryLink entity="application" id={application.id} />
    </>
  );
}

type Action = { kind: 'review' } | { kind: 'decide'; decision: ApplicationDecision } | { kind: 'pay' };

function ApplicationRow({
  application,
  spec,
  national,
  onChanged,
  onAllocations,
  onReload,
}: {
  application: QueueApplication;
  spec: ApplicationQueueSpec;
  /** The national administration's queue spans the regions; a regional role's is all its own, no column for it. */
  national: boolean;
  onChanged: (changed: ChangedApplication) => void;
  /** The campaign's allocations changed (the API said so): every row of the campaign says it. */
  onAllocations: (campaignId: string, update: AllocationsUpdate) => void;
  onReload: () => void;
}) {
  const { request, claims } = useSession();
  const { t, label, money, date, nameOf, campaignOf } = useFormat();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  // Read again after a certificate is attached, so the list shows it with its link.
  const [reads, setReads] = useState(0);
  const detailId = `application-detail-${application.id}`;
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  const [reasonCode, setReasonCode] = useState<ApplicationDecisionReason | null>(null);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  // One key per payment of this row: a retry after a lost answer records the payment once.
  const [paymentKey] = useState(() => `pay-${crypto.randomUUID()}`);

  const send = async <TData, TInput>(
    document: TypedDocumentNode<TData, { input: TInput }>,
    input: TInput,
    pick: (data: TData) => ChangedApplication,
  ): Promise<void> => {
    const result = await request(document, { input });
    if (result.data) {
      // Done: the row's next decision starts with no reason chosen.
      setReasonCode(null);
      setReason('');
      onChanged(pick(result.data));
      return;
    }
    const refusal = result.errors[0] ?? { message: 'no answer' };
    setError(refusal);
    // Someone approved first: the refusal says what the region has left, and the rows of the campaign say it too.
    const left = refusal.extensions;
    if (
      left?.code === 'QUOTA_EXHAUSTED' &&
      typeof left.remainingBudget === 'string' &&
      typeof left.remainingQuota === 'number'
    ) {
      const room = { remainingBudget: left.remainingBudget, remainingQuota: left.remainingQuota };
      onAllocations(application.campaign.id, (previous) =>
        previous.map((a) => (a.region.code === application.region.code ? { ...a, ...room } : a)),
      );
    }
  };

  const run = async (action: Action) => {
    setError(null);
    const base = { applicationId: application.id, expectedVersion: application.version };
    let job: () => Promise<void>;
    if (action.kind === 'review') {
      job = () => send(StartApplicationReviewDocument, base, (data) => data.startApplicationReview);
    } else if (action.kind === 'decide') {
      const checked = decisionInput(application, action.decision, reasonCode, reason);
      if ('error' in checked) {
        setError(checked.error);
        return;
      }
      job = () => send(DecideApplicationDocument, checked.input, (data) => data.decideApplication);
    } else {
      const checked = disbursementInput(application, reference, paymentKey);
      if ('error' in checked) {
        setError(checked.error);
        return;
      }
      job = () => send(RecordDisbursementDocument, checked.input, (data) => data.recordDisbursement.application);
    }
    setBusy(true);
    try {
      await job();
    } catch (failure) {
      if (!(failure instanceof UnauthenticatedError))
        setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  const beneficiary = beneficiaryOf(application);
  const canDecide =
    spec.work === 'decide' && (application.status === 'UNDER_REVIEW' || application.status === 'WAITLISTED');
  const room = roomFor(application);
  const effectId = `approval-effect-${application.id}`;
  return (
    <>
      <Table.Tr
        data-testid="queue-application"
        data-id={application.id}
        data-status={application.status}
        data-version={application.version}
        data-campaign={application.campaign.id}
      >
        <Table.Td data-testid="application-beneficiary">
          <Opener open={open} controls={detailId} testId="application-open" onToggle={() => setOpen((shown) => !shown)}>
            <BothScripts fr={beneficiary.fullName} ar={beneficiary.fullNameAr} />
          </Opener>
          <Text size="sm" c="dimmed">
            {label('BeneficiaryKind', application.beneficiaryKind)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Anchor component={Link} to={`/officers/${encodeURIComponent(application.officer.matricule)}`}>
            {application.officer.matricule}
          </Anchor>
          {application.dependent ? (
            <Text size="sm">
              <BothScripts fr={application.officer.fullName} ar={application.officer.fullNameAr} />
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td data-testid="application-campaign">
          {campaignOf(application.campaign)}
          {/* The reference on the applicant's receipt: what they give when they call. */}
          <Text size="xs" c="dimmed" data-testid="application-reference">
            <bdi dir="ltr">{application.reference}</bdi>
          </Text>
        </Table.Td>
        {national ? <Table.Td data-code={application.region.code}>{nameOf(application.region)}</Table.Td> : null}
        <Table.Td>
          {date(application.submittedAt)}
          <OverdueBadge overdue={application.overdue} since={application.submittedAt} testId="application-overdue" />
        </Table.Td>
        <Table.Td ta="end">{money(application.amount)}</Table.Td>
        <Table.Td ta="end" data-testid="ranking-score">
          {application.rankingScore}
        </Table.Td>
        <Table.Td data-testid="application-status">
          {label('ApplicationStatus', application.status)}
          <DecisionReason application={application} />
        </Table.Td>
        {spec.work === 'read' ? null : (
          <Table.Td miw={260}>
            {spec.work === 'review' && application.status === 'SUBMITTED' ? (
              <Button size="xs" data-testid="start-review" disabled={busy} onClick={() => void run({ kind: 'review' })}>
                {t('forwardForDecision')}
              </Button>
            ) : null}
            {canDecide ? (
              <>
                <ApprovalEffect application={application} room={room} id={effectId} />
                {/* A waiting list or a rejection says why in a reason the applicant reads in their own language. */}
                <NativeSelect
                  size="xs"
                  mb={4}
                  data-testid="decision-reason-code"
                  aria-label={t('reason')}
                  value={reasonCode ?? ''}
                  disabled={busy}
                  error={error?.extensions?.field === 'reasonCode'}
                  onChange={(e) => setReasonCode((e.currentTarget.value || null) as ApplicationDecisionReason | null)}
                  data={[
                    { value: '', label: t('reasonPlaceholder') },
                    ...CHOSEN_REASONS.map((code) => ({ value: code, label: label('ApplicationDecisionReason', code) })),
                  ]}
                />
                <TextInput
                  size="xs"
                  mb={4}
                  data-testid="decision-reason"
                  aria-label={t('reasonWords')}
                  placeholder={t('reasonWords')}
                  value={reason}
                  maxLength={500}
                  disabled={busy}
                  error={error?.extensions?.field === 'reason'}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
                {/* The API would refuse an approval the region cannot cover: the button says so before any click. */}
                <Button
                  size="xs"
                  data-testid="approve"
                  disabled={busy || room.short}
                  aria-describedby={effectId}
                  onClick={() => void run({ kind: 'decide', decision: 'APPROVE' })}
                >
                  {t('approve')}
                </Button>{' '}
                {application.status === 'UNDER_REVIEW' ? (
                  <>
                    <Button
                      size="xs"
                      data-testid="waitlist"
                      disabled={busy}
                      onClick={() => void run({ kind: 'decide', decision: 'WAITLIST' })}
                    >
                      {t('waitlist')}
                    </Button>{' '}
                  </>
                ) : null}
                <Button
                  size="xs"
                  data-testid="reject"
                  disabled={busy}
                  onClick={() => void run({ kind: 'decide', decision: 'REJECT' })}
                >
                  {t('reject')}
                </Button>
              </>
            ) : null}
            {spec.work === 'pay' && application.status === 'APPROVED' ? (
              <>
                <TextInput
                  size="xs"
                  mb={4}
                  data-testid="payment-reference"
                  aria-label={t('paymentReference')}
                  placeholder={t('paymentReference')}
                  value={reference}
                  maxLength={100}
                  disabled={busy}
                  error={error?.extensions?.field === 'reference'}
                  onChange={(e) => setReference(e.currentTarget.value)}
                />
                <Button
                  size="xs"
                  data-testid="record-payment"
                  disabled={busy}
                  onClick={() => void run({ kind: 'pay' })}
                >
                  {t('recordPayment')}
                </Button>
              </>
            ) : null}
            {busy ? <Loader size="xs" aria-label={t('working')} /> : null}
            {error ? (
              <ActionError error={error} subject="application" testId="application-action-error" onReload={onReload} />
            ) : null}
          </Table.Td>
        )}
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailId} data-testid="application-detail">
          <Table.Td colSpan={(spec.work === 'read' ? 7 : 8) + (national ? 1 : 0)}>
            <ApplicationDetail key={reads} application={application} />
            {/* A certificate that comes after the submission: the region's foundation agent attaches it here. */}
            {claims?.role === 'FOUNDATION_AGENT' ? (
              <AttachSocialDocuments
                record={{ kind: 'APPLICATION', id: application.id }}
                onAttached={() => setReads((n) => n + 1)}
              />
            ) : null}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/**
 * The region's budget and quota left for the application's campaign, and what
 * an approval would leave. A regional head reads only their region's
 * allocation: none means the region has no budget for the campaign, and the
 * API refuses any approval, as it does one that would go below zero.
 */
function roomFor(application: QueueApplication) {
  const allocation = application.campaign.allocations.find((a) => a.region.code === application.region.code);
  const budget = allocation?.remainingBudget ?? '0.00';
  const quota = allocation?.remainingQuota ?? 0;
  const budgetAfter = Number(budget) - Number(application.amount);
  const quotaAfter = quota - 1;
  return { budget, quota, budgetAfter, quotaAfter, short: budgetAfter < 0 || quotaAfter < 0 };
}

/** What approving would leave of the region's budget and quota for the campaign, before the head decides; or why it cannot be approved. */
function ApprovalEffect({
  application,
  room,
  id,
}: {
  application: QueueApplication;
  room: ReturnType<typeof roomFor>;
  id: string;
}) {
  const { t, money } = useFormat();
  return (
    <Text
      id={id}
      size="sm"
      mb={4}
      c={room.short ? 'red.9' : undefined}
      data-testid="approval-effect"
      data-budget-after={room.budgetAfter.toFixed(2)}
      data-quota-after={room.quotaAfter}
    >
      {room.short
        ? t('approvalImpossible', { budget: money(room.budget), quota: room.quota, amount: money(application.amount) })
        : t('approvalEffect', {
            budget: money(room.budget),
            quota: room.quota,
            budgetAfter: money(room.budgetAfter),
            quotaAfter: room.quotaAfter,
          })}
    </Text>
  );
}

function ApplicationQueue({
  spec,
  filter,
  national,
  rule,
}: {
  spec: ApplicationQueueSpec;
  filter: QueueFilter;
  national: boolean;
  /** The points of the ranking score, once read (said above the rows). */
  rule: RankingRuleQuery['rankingRule'] | null;
}) {
  const { request } = useSession();
  const { t, label, number } = useFormat();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(ApplicationQueueDocument, queueVariables(spec, filter, PAGE, after));
      return { data: result.data?.applicationQueue ?? null, errors: result.errors };
    },
    [request, spec, filter],
  );
  const {
    items: applications,
    setItems: setApplications,
    totalCount,
    setTotalCount,
    next,
    loading,
    errors,
    failure,
    load,
  } = usePages(fetchPage);
  const [done, setDone] = useState<DoneApplication[]>([]);

  // The applications this tab acted on, read again from the API after a reload: their status now, not a remembered one.
  const doneKey = `dsp.applications.done.${spec.id}`;
  const readDone = useCallback(
    async (ids: string[]) => {
      const found = await Promise.all(
        ids.map((id) => request(ApplicationStatusDocument, { id }).then((r) => r.data?.application ?? null)),
      );
      return found.filter((a) => a !== null);
    },
    [request],
  );
  useEffect(() => {
    const ids = (JSON.parse(sessionStorage.getItem(doneKey) ?? '[]') as unknown[]).filter(
      (id): id is string => typeof id === 'string',
    );
    if (ids.length === 0) return;
    let current = true;
    readDone(ids).then(
      (found) => current && setDone(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [doneKey, readDone]);

  const onAllocations = (campaignId: string, update: AllocationsUpdate) =>
    setApplications((previous) =>
      previous.map((a) =>
        a.campaign.id === campaignId
          ? { ...a, campaign: { ...a.campaign, allocations: update(a.campaign.allocations) } }
          : a,
      ),
    );

  const onChanged = (changed: ChangedApplication) => {
    const before = applications.find((a) => a.id === changed.id);
    const { campaign } = changed;
    if (campaign) onAllocations(campaign.id, () => campaign.allocations);
    if (staysInQueue(spec, changed.status)) {
      setApplications((previous) =>
        previous.map((a) =>
          a.id !== changed.id
            ? a
            : {
                ...a,
                version: changed.version,
                status: changed.status,
                // A decision says why (a waitlisted application stays in the head's queue with its reason).
                ...(changed.decisionReasonCode === undefined
                  ? {}
                  : { decisionReasonCode: changed.decisionReasonCode, decisionReason: changed.decisionReason ?? null }),
              },
        ),
      );
    } else {
      setApplications((previous) => previous.filter((a) => a.id !== changed.id));
      setTotalCount((n) => (n === null ? null : Math.max(0, n - 1)));
    }
    if (!before) return;
    const entry: DoneApplication = {
      ...changed,
      decisionReasonCode: changed.decisionReasonCode ?? null,
      decisionReason: changed.decisionReason ?? null,
      officer: before.officer,
      dependent: before.dependent,
      amount: before.amount,
    };
    setDone((previous) => {
      const list = [entry, ...previous.filter((a) => a.id !== changed.id)].slice(0, 10);
      sessionStorage.setItem(doneKey, JSON.stringify(list.map((a) => a.id)));
      return list;
    });
  };

  const failed = errors.length > 0 || failure !== null;
  const title = t(`appQueue${spec.id}` as MessageId);
  useQueueCount(`application-queue-${spec.id}`, title, failed ? null : totalCount);
  return (
    <Paper
      withBorder
      p="md"
      my="md"
      component="section"
      id={`application-queue-${spec.id}`}
      data-testid={`application-queue-${spec.id}`}
    >
      <Title order={3} size="h4">
        {title}
      </Title>
      {/* The reader's step, and how the queue is ordered. */}
      <Text size="sm" data-testid="application-queue-intro">
        {t(`appQueueIntro.${spec.id}`)}
      </Text>
      {rule ? (
        <Text size="sm" c="dimmed" data-testid="ranking-score-help">
          {t('rankingScoreHelp', {
            killedOnDuty: number(rule.killedOnDutyPriority),
            firstTime: number(rule.firstTime),
            bereaved: number(rule.bereaved),
            perChild: number(rule.perChild),
            maxChildren: number(rule.maxChildren),
            perYear: number(rule.perServiceYear),
            maxYears: number(rule.maxServiceYears),
          })}
        </Text>
      ) : null}
      {failure !== null ? <Failure message={failure} /> : null}
      <ErrorMessage errors={errors} testId="application-queue-error" />
      {done.length > 0 ? (
        <List my="sm" data-testid="applications-done">
          {done.map((a) => {
            const person = a.dependent ?? a.officer;
            return (
              <List.Item key={a.id} data-id={a.id} data-status={a.status}>
                {t('applicationUpdated')} — <BothScripts fr={person.fullName} ar={person.fullNameAr} />
                {t('labelSeparator')}
                {label('ApplicationStatus', a.status)}
                <NextStep message={APPLICATION_NEXT[a.status]} amount={a.amount} testId="application-next" />
                <DecisionReason application={a} />
              </List.Item>
            );
          })}
        </List>
      ) : null}
      {totalCount !== null && !failed ? (
        <Text data-testid="application-queue-count" data-value={totalCount}>
          {t('applicationsInQueue', { count: totalCount })}
        </Text>
      ) : null}
      {applications.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('beneficiary')}</Table.Th>
                <Table.Th>{t('officer')}</Table.Th>
                <Table.Th>{t('campaign')}</Table.Th>
                {national ? <Table.Th>{t('region')}</Table.Th> : null}
                <Table.Th>{t('applicationSubmittedOn')}</Table.Th>
                <Table.Th>{t('amount')}</Table.Th>
                <Table.Th>{t('rankingScore')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                {spec.work === 'read' ? null : <Table.Th>{t('actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.map((application) => (
                <ApplicationRow
                  key={application.id}
                  application={application}
                  spec={spec}
                  national={national}
                  onChanged={onChanged}
                  onAllocations={onAllocations}
                  onReload={() => void load(null)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : !loading && totalCount !== null && !failed ? (
        <Text data-testid="application-queue-empty">{t('applicationQueueEmpty')}</Text>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <Button size="xs" data-testid="application-queue-more" onClick={() => void load(next)}>
          {t('more')}
        </Button>
      ) : null}
    </Paper>
  );
}

function Filters({
  filter,
  onChange,
  national,
}: {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
  national: boolean;
}) {
  const { t, regionChoices, campaignOf, label } = useFormat();
  const campaigns = useOperation(CampaignsDocument, {}).result?.data?.campaigns ?? [];
  const regionList = useOperation(RegionListDocument, {}, !national).result?.data?.regions ?? [];
  return (
    <Group my="sm" align="end">
      <NativeSelect
        label={t('campaign')}
        data-testid="campaign-filter"
        value={filter.campaignId}
        onChange={(e) => onChange({ ...filter, campaignId: e.currentTarget.value })}
        data={[
          { value: '', label: t('allCampaigns') },
          ...campaigns.map((c) => ({
            value: c.id,
            label: campaignOf(c),
          })),
        ]}
      />
      {national ? (
        <>
          <NativeSelect
            label={t('region')}
            data-testid="application-region-filter"
            value={filter.region}
            onChange={(e) => onChange({ ...filter, region: e.currentTarget.value })}
            data={[{ value: '', label: t('allRegions') }, ...regionChoices(regionList)]}
          />
          <NativeSelect
            label={t('status')}
            data-testid="application-status-filter"
            value={filter.status}
            onChange={(e) => onChange({ ...filter, status: e.currentTarget.value as ApplicationStatus | '' })}
            data={[
              { value: '', label: t('allStatuses') },
              ...APPLICATION_STATUSES.map((status) => ({ value: status, label: label('ApplicationStatus', status) })),
            ]}
          />
        </>
      ) : null}
    </Group>
  );
}

/** The Foundation's application queues of the signed-in role, narrowed to one campaign (and one region and status, for the national administration). */
export function ApplicationQueues({ role }: { role: string | undefined }) {
  const specs = applicationQueuesFor(role);
  const [filter, setFilter] = useState<QueueFilter>({ campaignId: '', region: '', status: '' });
  // What a ranking score counts, read once for every queue of the page.
  const ranking = useOperation(RankingRuleDocument, {}, specs.length === 0);
  if (specs.length === 0) return null;
  const national = role === 'NATIONAL_ADMIN';
  const rule = ranking.result?.data?.rankingRule ?? null;
  return (
    <section data-testid="application-queues">
      <Filters filter={filter} onChange={setFilter} national={national} />
      {specs.map((spec) => (
        <ApplicationQueue key={spec.id} spec={spec} filter={filter} national={national} rule={rule} />
      ))}
    </section>
  );
}
