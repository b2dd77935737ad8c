import { enumLabel } from '../enumLabels';
import { BothScripts, ErrorMessage, Failure, Figure, Loading } from '../components';
import { errorsAt, unavailable, type GraphQLErrorShape } from '../graphql';
import { formatNumber } from '../i18n';
import { navigate, useLocation } from '../router';
import { useOperation, useSession } from '../session';
import { RegionalDashboardDocument, RegionListDocument } from '../gql/graphql';

/** The region picker of roles that see every region (the national administration). */
function RegionPicker({ value }: { value: string }) {
  const { t, lang } = useSession();
  const state = useOperation(RegionListDocument, {});
  const regions = state.result?.data?.regions ?? [];
  return (
    <label className="region-picker">
      {t('pickRegion')}{' '}
      <select data-testid="region-picker" value={value} onChange={(e) => navigate(`/dashboard?region=${encodeURIComponent(e.target.value)}`)}>
        {regions.length === 0 ? <option value={value}>{value}</option> : null}
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {lang === 'ar' ? r.nameAr : r.nameFr} ({r.code})
          </option>
        ))}
      </select>
    </label>
  );
}

function BudgetBar({ allocated, committed, disbursed }: { allocated: number; committed: number; disbursed: number }) {
  const { t } = useSession();
  const pct = (x: number) => (allocated > 0 ? Math.min(100, (x / allocated) * 100) : 0);
  return (
    <div className="budget-bar" role="img" aria-label={`${t('committed')} ${pct(committed).toFixed(0)}%, ${t('disbursed')} ${pct(disbursed).toFixed(0)}%`}>
      <div className="budget-committed" style={{ width: `${pct(committed)}%` }} />
      <div className="budget-disbursed" style={{ width: `${pct(disbursed)}%` }} />
    </div>
  );
}

function Half({ title, testId, errors, children }: { title: string; testId: string; errors: GraphQLErrorShape[]; children: React.ReactNode }) {
  return (
    <section className="half" data-testid={testId}>
      <h3>{title}</h3>
      {errors.length > 0 ? <ErrorMessage errors={errors} testId={`${testId}-error`} /> : children}
    </section>
  );
}

export function Dashboard() {
  const { t, lang, claims } = useSession();
  const { search } = useLocation();
  const national = !claims?.region;
  const code = new URLSearchParams(search).get('region') ?? claims?.region ?? 'RABAT';
  const state = useOperation(RegionalDashboardDocument, { code });

  const header = (
    <div className="page-header">
      <h2>{t('navDashboard')}</h2>
      {national ? <RegionPicker value={code} /> : null}
    </div>
  );
  if (state.loading) return (<>{header}<Loading /></>);
  if (state.failure !== undefined) return (<>{header}<Failure message={state.failure} /></>);
  const { data, errors } = state.result;
  const region = data?.region ?? null;
  const foundationDown = unavailable(errors, 'foundation');
  if (!region) {
    return (
      <>
        {header}
        {foundationDown ? (
          <div className="halves">
            <Half title={t('foundation')} testId="foundation-half" errors={[foundationDown]}>{null}</Half>
            <section className="half" data-testid="mutual-half">
              <h3>{t('mutual')}</h3>
              <p>{t('regionFromFoundation')}</p>
            </section>
          </div>
        ) : (
          <ErrorMessage errors={errors.length > 0 ? errors : [{ message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } }]} />
        )}
      </>
    );
  }
  const socialErrors = region.social ? [] : [...errorsAt(errors, ['region', 'social']), ...(foundationDown ? [foundationDown] : [])];
  const mutualDown = unavailable(errors, 'mutual');
  const healthErrors = region.health ? [] : [...(mutualDown ? [mutualDown] : []), ...errorsAt(errors, ['region', 'health'])];
  const { social, health, currentHead } = region;
  const money = (v: string | undefined) => `${formatNumber(lang, v)} MAD`;

  return (
    <>
      {header}
      <div className="region-title" data-testid="region-title" data-code={region.code}>
        <h3>
          <BothScripts fr={region.nameFr} ar={region.nameAr} /> <span className="muted">({region.code})</span>
        </h3>
        <p data-testid="current-head">
          {currentHead ? (
            <>
              {t('currentHead')}: <strong>{currentHead.officer.fullName}</strong> ({enumLabel(lang, 'Rank', currentHead.officer.rank)}, {currentHead.officer.matricule}) — {t('termStart')} {currentHead.startDate}
              {currentHead.rotationDue ? <span className="badge warn"> {t('rotationDue')}</span> : null}
            </>
          ) : (
            t('noHead')
          )}
          {' · '}
          {t('staffCount')}: <span data-testid="staff-count" data-value={region.staffCount}>{formatNumber(lang, region.staffCount)}</span>
        </p>
      </div>
      <div className="halves">
        <Half title={t('foundation')} testId="foundation-half" errors={socialErrors.length > 0 || !social ? (socialErrors.length > 0 ? socialErrors : [{ message: 'no data' }]) : []}>
          {social ? (
            <>
              <div className="figures">
                <Figure label={t('openApplications')} testId="open-applications" raw={social.openApplications} value={formatNumber(lang, social.openApplications)} />
                <Figure label={t('approvedThisYear')} testId="approved-this-year" raw={social.approvedThisYear} value={formatNumber(lang, social.approvedThisYear)} />
              </div>
              <h4>{t('budget')}</h4>
              <div className="figures">
                <Figure label={t('allocated')} testId="budget-allocated" raw={social.budget.allocated} value={money(social.budget.allocated)} />
                <Figure label={t('committed')} testId="budget-committed" raw={social.budget.committed} value={money(social.budget.committed)} />
                <Figure label={t('disbursed')} testId="budget-disbursed" raw={social.budget.disbursed} value={money(social.budget.disbursed)} />
              </div>
              <BudgetBar allocated={Number(social.budget.allocated)} committed={Number(social.budget.committed)} disbursed={Number(social.budget.disbursed)} />
            </>
          ) : null}
        </Half>
        <Half title={t('mutual')} testId="mutual-half" errors={healthErrors.length > 0 || !health ? (healthErrors.length > 0 ? healthErrors : [{ message: 'no data' }]) : []}>
          {health ? (
            <div className="figures">
              <Figure label={t('pendingClaims')} testId="pending-claims" raw={health.pendingClaims} value={formatNumber(lang, health.pendingClaims)} />
              <Figure label={t('claimsThisYear')} testId="claims-this-year" raw={health.claimsThisYear} value={formatNumber(lang, health.claimsThisYear)} />
              <Figure label={t('reimbursedThisYear')} testId="reimbursed-this-year" raw={health.reimbursedThisYear} value={money(health.reimbursedThisYear)} />
              <Figure label={t('averageProcessingDays')} testId="average-processing-days" raw={health.averageProcessingDays} value={formatNumber(lang, health.averageProcessingDays, 1)} />
            </div>
          ) : null}
        </Half>
      </div>
    </>
  );
}
