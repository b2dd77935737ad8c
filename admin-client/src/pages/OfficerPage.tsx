import { enumLabel } from '../enumLabels';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { errorsAt } from '../graphql';
import { formatNumber, type MessageKey } from '../i18n';
import { OfficerFileDocument } from '../gql/graphql';
import { Link } from '../router';
import { useOperation, useSession } from '../session';

export function OfficerPage({ matricule }: { matricule: string }) {
  const { t, lang } = useSession();
  const state = useOperation(OfficerFileDocument, { matricule });
  const back = <Link to="/officers">← {t('back')}</Link>;
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { data, errors } = state.result;
  const officer = data?.officer ?? null;
  if (!officer) {
    return (
      <>
        {back}
        <h2>{t('officerFile')}</h2>
        <ErrorMessage testId="officer-error" errors={errors.length > 0 ? errors : [{ message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } }]} />
      </>
    );
  }
  const money = (v: string | null) => (v === null ? '—' : `${formatNumber(lang, v, 2)} MAD`);
  const claimErrors = errorsAt(errors, ['officer', 'claims']);
  return (
    <article data-testid="officer-file" data-matricule={officer.matricule}>
      {back}
      <h2>
        <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />
      </h2>
      <dl className="facts">
        <dt>{t('matricule')}</dt>
        <dd>{officer.matricule}</dd>
        <dt>{t('rank')}</dt>
        <dd>{enumLabel(lang, 'Rank', officer.rank)}</dd>
        <dt>{t('status')}</dt>
        <dd>{enumLabel(lang, 'OfficerStatus', officer.status)}</dd>
        <dt>{t('region')}</dt>
        <dd>
          <BothScripts fr={officer.region.nameFr} ar={officer.region.nameAr} />
        </dd>
        <dt>{t('serviceStart')}</dt>
        <dd>{officer.serviceStartDate}</dd>
        <dt>{t('yearsOfService')}</dt>
        <dd>{officer.yearsOfService}</dd>
        <dt>{t('coverage')}</dt>
        <dd>{officer.coverage ? `${officer.coverage.plan.name} · ${officer.coverage.memberNumber} · ${officer.coverage.active ? t('covered') : t('notCovered')}` : '—'}</dd>
      </dl>

      <h3>{t('dependents')}</h3>
      {officer.dependents && officer.dependents.length > 0 ? (
        <table data-testid="dependents">
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('relation')}</th>
              <th>{t('birthDate')}</th>
              <th>{t('coverage')}</th>
              <th>{t('claims')}</th>
            </tr>
          </thead>
          <tbody>
            {officer.dependents.map((d) => (
              <tr key={d.id}>
                <td>
                  <BothScripts fr={d.fullName} ar={d.fullNameAr} />
                </td>
                <td>{enumLabel(lang, 'DependentRelation', d.relation)}</td>
                <td>{d.birthDate}</td>
                <td>{d.coverage ? `${d.coverage.memberNumber} · ${d.coverage.active ? t('covered') : t('notCovered')}` : '—'}</td>
                <td>{d.claims ? d.claims.length : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('none')}</p>
      )}

      <h3>{t('applications')}</h3>
      {officer.applications && officer.applications.length > 0 ? (
        <table data-testid="applications">
          <thead>
            <tr>
              <th>{t('programme')}</th>
              <th>{t('beneficiary')}</th>
              <th>{t('status')}</th>
              <th>{t('amount')}</th>
              <th>{t('submitted')}</th>
              <th>{t('decided')}</th>
            </tr>
          </thead>
          <tbody>
            {officer.applications.map((a) => (
              <tr key={a.id} data-testid="officer-application" data-id={a.id} data-status={a.status}>
                <td>
                  <BothScripts fr={`${a.campaign.programme.nameFr} (${a.campaign.season})`} ar={a.campaign.programme.nameAr} />
                </td>
                <td>{a.dependent ? <BothScripts fr={a.dependent.fullName} ar={a.dependent.fullNameAr} /> : <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />}</td>
                <td>
                  {t(`appStatus${a.status}` as MessageKey) ?? a.status}
                  {a.decisionReason ? <div className="muted">{a.decisionReason}</div> : null}
                </td>
                <td className="num">{money(a.amount)}</td>
                <td>{a.submittedAt.slice(0, 10)}</td>
                <td>{a.decidedAt?.slice(0, 10) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('none')}</p>
      )}

      <h3>{t('claims')}</h3>
      {officer.claims === null ? (
        claimErrors.length > 0 ? <ErrorMessage errors={claimErrors} testId="claims-error" /> : <p>{t('claimsNotShown')}</p>
      ) : officer.claims.length > 0 ? (
        <table data-testid="claims">
          <thead>
            <tr>
              <th>{t('reference')}</th>
              <th>{t('careType')}</th>
              <th>{t('status')}</th>
              <th>{t('submitted')}</th>
              <th>{t('amountClaimed')}</th>
              <th>{t('amountApproved')}</th>
            </tr>
          </thead>
          <tbody>
            {officer.claims.map((c) => (
              <tr key={c.id}>
                <td>{c.reference}</td>
                <td>{enumLabel(lang, 'CareType', c.careType)}</td>
                <td>{enumLabel(lang, 'ClaimStatus', c.status)}</td>
                <td>{c.submittedAt.slice(0, 10)}</td>
                <td className="num">{money(c.amountClaimed)}</td>
                <td className="num">{money(c.amountApproved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('none')}</p>
      )}

      <h3>{t('trainings')}</h3>
      {officer.trainings && officer.trainings.length > 0 ? (
        <ul>
          {officer.trainings.map((tr) => (
            <li key={tr.code}>
              {tr.title} — {tr.completedOn}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
    </article>
  );
}
