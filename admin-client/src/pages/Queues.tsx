import { enumLabel } from '../enumLabels';
import { useCallback, useEffect, useState } from 'react';
import { ActionError, ErrorMessage, Failure, Loading } from '../components';
import { UnauthenticatedError, type GraphQLErrorShape } from '../graphql';
import { formatNumber, type MessageKey } from '../i18n';
import { ClaimQueueDocument, ClaimStatusDocument, DecideClaimDocument, RecordClaimPaymentDocument, ReviewClaimDocument, type ClaimQueueQuery, type ClaimStatus, type RejectionCode } from '../gql/graphql';
import { REJECTION_CODES, staysInStage, type QueueStage } from '../queueErrors';
import { usePages } from '../paging';
import { useSession } from '../session';
import { applicationQueuesFor } from '../applications';
import { ApplicationQueues } from './ApplicationQueues';

const PAGE = 20;

type QueueClaim = ClaimQueueQuery['claimQueue']['edges'][number]['node'];

interface ChangedClaim {
  id: string;
  reference: string;
  version: number;
  status: ClaimStatus;
}

type Action = { kind: 'review' } | { kind: 'decide'; decision: 'APPROVE' | 'REJECT'; rejectionCode: RejectionCode | null } | { kind: 'pay' };

function ClaimRow({ claim, stage, onChanged }: { claim: QueueClaim; stage: QueueStage; onChanged: (claim: ChangedClaim) => void }) {
  const { t, lang, request } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  const [rejectionCode, setRejectionCode] = useState<RejectionCode>('MEDICAL_ADVICE');

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    try {
      const base = { id: claim.id, version: claim.version };
      let changed: ChangedClaim | undefined;
      let errors: GraphQLErrorShape[];
      if (action.kind === 'review') {
        const result = await request(ReviewClaimDocument, base);
        changed = result.data?.reviewClaim;
        errors = result.errors;
      } else if (action.kind === 'decide') {
        const result = await request(DecideClaimDocument, { ...base, decision: action.decision, rejectionCode: action.rejectionCode, note: null });
        changed = result.data?.decideClaim;
        errors = result.errors;
      } else {
        const result = await request(RecordClaimPaymentDocument, base);
        changed = result.data?.recordClaimPayment;
        errors = result.errors;
      }
      if (changed) onChanged(changed);
      else setError(errors[0] ?? { message: 'no answer' });
    } catch (failure) {
      if (!(failure instanceof UnauthenticatedError)) setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr data-testid="queue-claim" data-id={claim.id} data-reference={claim.reference} data-status={claim.status} data-version={claim.version}>
      <td>{claim.reference}</td>
      <td>{enumLabel(lang, 'CareType', claim.careType)}</td>
      <td>
        {claim.careStartDate} → {claim.careEndDate}
      </td>
      <td>{claim.submittedAt.slice(0, 10)}</td>
      <td className="number">{formatNumber(lang, claim.amountClaimed, 2)}</td>
      <td>{claim.handlingRegion?.code ?? '—'}</td>
      <td data-testid="claim-status">{t(`status${claim.status}` as MessageKey) ?? claim.status}</td>
      <td className="actions">
        {stage === 'AWAITING_REVIEW' && claim.status === 'CHECKED' ? (
          <button type="button" data-testid="start-review" disabled={busy} onClick={() => void run({ kind: 'review' })}>
            {t('startReview')}
          </button>
        ) : null}
        {stage === 'AWAITING_REVIEW' && claim.status === 'UNDER_REVIEW' ? (
          <>
            <button type="button" data-testid="approve" disabled={busy} onClick={() => void run({ kind: 'decide', decision: 'APPROVE', rejectionCode: null })}>
              {t('approve')}
            </button>{' '}
            <label>
              {t('rejectionCode')}{' '}
              <select data-testid="rejection-code" value={rejectionCode} disabled={busy} onChange={(e) => setRejectionCode(e.target.value as RejectionCode)}>
                {REJECTION_CODES.map((code) => (
                  <option key={code} value={code}>
                    {t(`reject${code}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" data-testid="reject" disabled={busy} onClick={() => void run({ kind: 'decide', decision: 'REJECT', rejectionCode })}>
              {t('reject')}
            </button>
          </>
        ) : null}
        {stage === 'AWAITING_PAYMENT' ? (
          <button type="button" data-testid="record-payment" disabled={busy} onClick={() => void run({ kind: 'pay' })}>
            {t('recordPayment')}
          </button>
        ) : null}
        {busy ? <span className="loading"> {t('working')}</span> : null}
        {error ? <ActionError error={error} subject="claim" testId="claim-action-error" /> : null}
      </td>
    </tr>
  );
}

function ClaimQueue({ stage, title }: { stage: QueueStage; title: MessageKey }) {
  const { t, request } = useSession();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(ClaimQueueDocument, { stage, first: PAGE, after });
      return { data: result.data?.claimQueue ?? null, errors: result.errors };
    },
    [request, stage],
  );
  const { items: claims, setItems: setClaims, totalCount, setTotalCount, next, loading, errors, failure, load } = usePages(fetchPage);
  const [done, setDone] = useState<ChangedClaim[]>([]);

  // The claims this tab acted on, read again from the API after a reload: their status now, not a remembered one.
  const doneKey = `dsp.queue.done.${stage}`;
  useEffect(() => {
    const ids = (JSON.parse(sessionStorage.getItem(doneKey) ?? '[]') as unknown[]).filter((id): id is string => typeof id === 'string');
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

  const onChanged = (changed: ChangedClaim) => {
    if (staysInStage(stage, changed.status)) {
      setClaims((previous) => previous.map((c) => (c.id === changed.id ? { ...c, version: changed.version, status: changed.status } : c)));
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

  return (
    <section className="queue" data-testid={`queue-${stage}`}>
      <h3>{t(title)}</h3>
      {failure !== null ? <Failure message={failure} /> : null}
      <ErrorMessage errors={errors} testId="queue-error" />
      {done.length > 0 ? (
        <ul className="notice" data-testid="queue-done">
          {done.map((c) => (
            <li key={c.id} data-id={c.id} data-status={c.status}>
              {t('claimUpdated')} {c.reference} : {t(`status${c.status}` as MessageKey) ?? c.status}
            </li>
          ))}
        </ul>
      ) : null}
      {totalCount !== null && errors.length === 0 && failure === null ? (
        <p data-testid="queue-count" data-value={totalCount}>
          {totalCount} {t('inQueue')}
        </p>
      ) : null}
      {claims.length > 0 ? (
        <table className="queue-claims">
          <thead>
            <tr>
              <th>{t('reference')}</th>
              <th>{t('careType')}</th>
              <th>{t('careDates')}</th>
              <th>{t('submittedAt')}</th>
              <th>{t('amountClaimed')}</th>
              <th>{t('region')}</th>
              <th>{t('status')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <ClaimRow key={claim.id} claim={claim} stage={stage} onChanged={onChanged} />
            ))}
          </tbody>
        </table>
      ) : !loading && totalCount !== null && errors.length === 0 && failure === null ? (
        <p data-testid="queue-empty">{t('queueEmpty')}</p>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <button type="button" data-testid="queue-more" onClick={() => void load(next)}>
          {t('more')} →
        </button>
      ) : null}
    </section>
  );
}

// The work of the caller's role: the medical advisor reviews and decides claims, the mutual agent pays them;
// the Foundation's roles work through applications (ApplicationQueues).
export function Queues() {
  const { t, claims } = useSession();
  const role = claims?.role;
  const applicationQueues = applicationQueuesFor(role);
  return (
    <section data-testid="queues">
      <h2>{t('queuesTitle')}</h2>
      {role === 'MEDICAL_ADVISOR' ? <ClaimQueue stage="AWAITING_REVIEW" title="queueAwaitingReview" /> : null}
      {role === 'MUTUAL_AGENT' ? <ClaimQueue stage="AWAITING_PAYMENT" title="queueAwaitingPayment" /> : null}
      {applicationQueues.length > 0 ? <ApplicationQueues role={role} /> : null}
      {role !== 'MEDICAL_ADVISOR' && role !== 'MUTUAL_AGENT' && applicationQueues.length === 0 ? (
        <p className="notice" data-testid="queue-none">
          {t('queueNone')}
        </p>
      ) : null}
    </section>
  );
}
