import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { APPLICATION_STATUSES, applicationQueuesFor, beneficiaryOf, decisionInput, disbursementInput, queueVariables, staysInQueue, type ApplicationDecision, type ApplicationQueueSpec, type ApplicationStatus, type QueueFilter } from '../applications';
import { ActionError, BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { UnauthenticatedError, type GraphQLErrorShape } from '../graphql';
import { formatNumber, type MessageKey } from '../i18n';
import { ApplicationQueueDocument, ApplicationStatusDocument, CampaignsDocument, DecideApplicationDocument, RecordDisbursementDocument, RegionListDocument, StartApplicationReviewDocument, type ApplicationQueueQuery, type ApplicationStatusQuery } from '../gql/graphql';
import { Link } from '../router';
import { usePages } from '../paging';
import { useOperation, useSession } from '../session';

const PAGE = 20;

type QueueApplication = NonNullable<ApplicationQueueQuery['applicationQueue']>['edges'][number]['node'];

interface ChangedApplication {
  id: string;
  version: number;
  status: ApplicationStatus;
}

/** An application this tab acted on, as the API says it is now. */
type DoneApplication = Pick<NonNullable<ApplicationStatusQuery['application']>, 'id' | 'version' | 'status' | 'officer' | 'dependent'>;

type Action = { kind: 'review' } | { kind: 'decide'; decision: ApplicationDecision } | { kind: 'pay' };

const statusKey = (status: string) => `appStatus${status}` as MessageKey;

function ApplicationRow({ application, spec, onChanged, onReload }: { application: QueueApplication; spec: ApplicationQueueSpec; onChanged: (changed: ChangedApplication) => void; onReload: () => void }) {
  const { t, lang, request } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  // One key per payment of this row: a retry after a lost answer records the payment once.
  const [paymentKey] = useState(() => `pay-${crypto.randomUUID()}`);

  const send = async <TData, TInput>(document: TypedDocumentNode<TData, { input: TInput }>, input: TInput, pick: (data: TData) => ChangedApplication): Promise<void> => {
    const result = await request(document, { input });
    if (result.data) onChanged(pick(result.data));
    else setError(result.errors[0] ?? { message: 'no answer' });
  };

  const run = async (action: Action) => {
    setError(null);
    const base = { applicationId: application.id, expectedVersion: application.version };
    let job: () => Promise<void>;
    if (action.kind === 'review') {
      job = () => send(StartApplicationReviewDocument, base, (data) => data.startApplicationReview);
    } else if (action.kind === 'decide') {
      const checked = decisionInput(application, action.decision, reason);
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
      if (!(failure instanceof UnauthenticatedError)) setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  const beneficiary = beneficiaryOf(application);
  const canDecide = spec.work === 'decide' && (application.status === 'UNDER_REVIEW' || application.status === 'WAITLISTED');
  return (
    <tr data-testid="queue-application" data-id={application.id} data-status={application.status} data-version={application.version} data-campaign={application.campaign.id}>
      <td>
        <BothScripts fr={beneficiary.fullName} ar={beneficiary.fullNameAr} />
        <div className="muted">{t(`kind${application.beneficiaryKind}` as MessageKey) ?? application.beneficiaryKind}</div>
      </td>
      <td>
        <Link to={`/officers/${encodeURIComponent(application.officer.matricule)}`}>{application.officer.matricule}</Link>
        {application.dependent ? (
          <div>
            <BothScripts fr={application.officer.fullName} ar={application.officer.fullNameAr} />
          </div>
        ) : null}
      </td>
      <td>
        <BothScripts fr={`${application.campaign.programme.nameFr} (${application.campaign.season})`} ar={application.campaign.programme.nameAr} />
      </td>
      <td>{application.region.code}</td>
      <td>{application.submittedAt.slice(0, 10)}</td>
      <td className="number">{formatNumber(lang, application.amount, 2)}</td>
      <td className="number" data-testid="ranking-score">
        {application.rankingScore}
      </td>
      <td data-testid="application-status">
        {t(statusKey(application.status)) ?? application.status}
        {application.decisionReason ? <div className="muted">{application.decisionReason}</div> : null}
      </td>
      {spec.work === 'read' ? null : (
        <td className="actions">
          {spec.work === 'review' && application.status === 'SUBMITTED' ? (
            <button type="button" data-testid="start-review" disabled={busy} onClick={() => void run({ kind: 'review' })}>
              {t('startReview')}
            </button>
          ) : null}
          {canDecide ? (
            <>
              <input data-testid="decision-reason" aria-label={t('reason')} placeholder={t('reasonPlaceholder')} value={reason} maxLength={500} disabled={busy} onChange={(e) => setReason(e.target.value)} />{' '}
              <button type="button" data-testid="approve" disabled={busy} onClick={() => void run({ kind: 'decide', decision: 'APPROVE' })}>
                {t('approve')}
              </button>{' '}
              {application.status === 'UNDER_REVIEW' ? (
                <>
                  <button type="button" data-testid="waitlist" disabled={busy} onClick={() => void run({ kind: 'decide', decision: 'WAITLIST' })}>
                    {t('waitlist')}
                  </button>{' '}
                </>
              ) : null}
              <button type="button" data-testid="reject" disabled={busy} onClick={() => void run({ kind: 'decide', decision: 'REJECT' })}>
                {t('reject')}
              </button>
            </>
          ) : null}
          {spec.work === 'pay' && application.status === 'APPROVED' ? (
            <>
              <input data-testid="payment-reference" aria-label={t('paymentReference')} placeholder={t('paymentReference')} value={reference} maxLength={100} disabled={busy} onChange={(e) => setReference(e.target.value)} />{' '}
              <button type="button" data-testid="record-payment" disabled={busy} onClick={() => void run({ kind: 'pay' })}>
                {t('recordPayment')}
              </button>
            </>
          ) : null}
          {busy ? <span className="loading"> {t('working')}</span> : null}
          {error ? <ActionError error={error} subject="application" testId="application-action-error" onReload={onReload} /> : null}
        </td>
      )}
    </tr>
  );
}

function ApplicationQueue({ spec, filter }: { spec: ApplicationQueueSpec; filter: QueueFilter }) {
  const { t, request } = useSession();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(ApplicationQueueDocument, queueVariables(spec, filter, PAGE, after));
      return { data: result.data?.applicationQueue ?? null, errors: result.errors };
    },
    [request, spec, filter],
  );
  const { items: applications, setItems: setApplications, totalCount, setTotalCount, next, loading, errors, failure, load } = usePages(fetchPage);
  const [done, setDone] = useState<DoneApplication[]>([]);

  // The applications this tab acted on, read again from the API after a reload: their status now, not a remembered one.
  const doneKey = `dsp.applications.done.${spec.id}`;
  const readDone = useCallback(
    async (ids: string[]) => {
      const found = await Promise.all(ids.map((id) => request(ApplicationStatusDocument, { id }).then((r) => r.data?.application ?? null)));
      return found.filter((a) => a !== null);
    },
    [request],
  );
  useEffect(() => {
    const ids = (JSON.parse(sessionStorage.getItem(doneKey) ?? '[]') as unknown[]).filter((id): id is string => typeof id === 'string');
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

  const onChanged = (changed: ChangedApplication) => {
    const before = applications.find((a) => a.id === changed.id);
    if (staysInQueue(spec, changed.status)) {
      setApplications((previous) => previous.map((a) => (a.id === changed.id ? { ...a, version: changed.version, status: changed.status } : a)));
    } else {
      setApplications((previous) => previous.filter((a) => a.id !== changed.id));
      setTotalCount((n) => (n === null ? null : Math.max(0, n - 1)));
    }
    if (!before) return;
    const entry: DoneApplication = { ...changed, officer: before.officer, dependent: before.dependent };
    setDone((previous) => {
      const list = [entry, ...previous.filter((a) => a.id !== changed.id)].slice(0, 10);
      sessionStorage.setItem(doneKey, JSON.stringify(list.map((a) => a.id)));
      return list;
    });
  };

  const failed = errors.length > 0 || failure !== null;
  return (
    <section className="queue" data-testid={`application-queue-${spec.id}`}>
      <h3>{t(`appQueue${spec.id}` as MessageKey)}</h3>
      {failure !== null ? <Failure message={failure} /> : null}
      <ErrorMessage errors={errors} testId="application-queue-error" />
      {done.length > 0 ? (
        <ul className="notice" data-testid="applications-done">
          {done.map((a) => {
            const person = a.dependent ?? a.officer;
            return (
              <li key={a.id} data-id={a.id} data-status={a.status}>
                {t('applicationUpdated')} — <BothScripts fr={person.fullName} ar={person.fullNameAr} /> : {t(statusKey(a.status)) ?? a.status}
              </li>
            );
          })}
        </ul>
      ) : null}
      {totalCount !== null && !failed ? (
        <p data-testid="application-queue-count" data-value={totalCount}>
          {totalCount} {t('applicationsInQueue')}
        </p>
      ) : null}
      {applications.length > 0 ? (
        <div className="table-scroll">
          <table className="queue-applications">
            <thead>
              <tr>
                <th>{t('beneficiary')}</th>
                <th>{t('officer')}</th>
                <th>{t('campaign')}</th>
                <th>{t('region')}</th>
                <th>{t('submittedAt')}</th>
                <th>{t('amount')}</th>
                <th>{t('rankingScore')}</th>
                <th>{t('status')}</th>
                {spec.work === 'read' ? null : <th>{t('actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <ApplicationRow key={application.id} application={application} spec={spec} onChanged={onChanged} onReload={() => void load(null)} />
              ))}
            </tbody>
          </table>
        </div>
      ) : !loading && totalCount !== null && !failed ? (
        <p data-testid="application-queue-empty">{t('applicationQueueEmpty')}</p>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <button type="button" data-testid="application-queue-more" onClick={() => void load(next)}>
          {t('more')} →
        </button>
      ) : null}
    </section>
  );
}

function Filters({ filter, onChange, national }: { filter: QueueFilter; onChange: (filter: QueueFilter) => void; national: boolean }) {
  const { t, lang } = useSession();
  const campaigns = useOperation(CampaignsDocument, {}).result?.data?.campaigns ?? [];
  const regionList = useOperation(RegionListDocument, {}, !national).result?.data?.regions ?? [];
  return (
    <div className="filters">
      <label>
        {t('campaign')}{' '}
        <select data-testid="campaign-filter" value={filter.campaignId} onChange={(e) => onChange({ ...filter, campaignId: e.target.value })}>
          <option value="">{t('allCampaigns')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {lang === 'ar' ? c.programme.nameAr : c.programme.nameFr} — {c.season}
            </option>
          ))}
        </select>
      </label>{' '}
      {national ? (
        <>
          <label>
            {t('region')}{' '}
            <select data-testid="application-region-filter" value={filter.region} onChange={(e) => onChange({ ...filter, region: e.target.value })}>
              <option value="">{t('allRegions')}</option>
              {regionList.map((r) => (
                <option key={r.code} value={r.code}>
                  {lang === 'ar' ? r.nameAr : r.nameFr} ({r.code})
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('status')}{' '}
            <select data-testid="application-status-filter" value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as ApplicationStatus | '' })}>
              <option value="">{t('allStatuses')}</option>
              {APPLICATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`appStatus${status}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
    </div>
  );
}

/** The Foundation's application queues of the signed-in role, narrowed to one campaign (and one region and status, for the national administration). */
export function ApplicationQueues({ role }: { role: string | undefined }) {
  const specs = applicationQueuesFor(role);
  const [filter, setFilter] = useState<QueueFilter>({ campaignId: '', region: '', status: '' });
  if (specs.length === 0) return null;
  return (
    <section data-testid="application-queues">
      <Filters filter={filter} onChange={setFilter} national={role === 'NATIONAL_ADMIN'} />
      {specs.map((spec) => (
        <ApplicationQueue key={spec.id} spec={spec} filter={filter} />
      ))}
    </section>
  );
}
