import { useMemo, useState } from 'react';
import { ErrorMessage, Failure, Loading } from '../components';
import { csvHeader, csvRows, toRows, type ColumnKey, type ComparisonRow } from '../comparison';
import { downloadCsv, toCsv } from '../csv';
import { unavailable } from '../graphql';
import { formatNumber, formatPercent, type MessageKey } from '../i18n';
import { NationalComparisonDocument } from '../gql/graphql';
import { useOperation, useSession } from '../session';
import { sortBy, type Direction } from '../sort';
import { coefficientOfVariation, gini } from '../stats';

const columns: { key: ColumnKey; label: MessageKey }[] = [
  { key: 'code', label: 'code' },
  { key: 'nameFr', label: 'name' },
  { key: 'staffCount', label: 'staffCount' },
  { key: 'beneficiaryCount', label: 'beneficiaries' },
  { key: 'socialPerBeneficiary', label: 'socialPerBeneficiary' },
  { key: 'healthPerBeneficiary', label: 'healthPerBeneficiary' },
  { key: 'approvalRate', label: 'approvalRate' },
  { key: 'processingDays', label: 'processingDays' },
];

function BarChart({ rows }: { rows: ComparisonRow[] }) {
  const { t, lang } = useSession();
  const max = Math.max(1, ...rows.map((r) => r.socialPerBeneficiary ?? 0));
  const barHeight = 18;
  const labelWidth = 110;
  const width = 640;
  return (
    <figure className="chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <svg data-testid="spend-chart" viewBox={`0 0 ${width} ${rows.length * (barHeight + 4)}`} width="100%" role="img" aria-label={t('chartTitle')} direction="ltr">
        {rows.map((r, i) => {
          const y = i * (barHeight + 4);
          const w = ((r.socialPerBeneficiary ?? 0) / max) * (width - labelWidth - 80);
          return (
            <g key={r.code}>
              <text x={0} y={y + barHeight - 4} fontSize="12">{r.code}</text>
              <rect x={labelWidth} y={y} width={w} height={barHeight} className="bar" />
              <text x={labelWidth + w + 4} y={y + barHeight - 4} fontSize="12">{formatNumber(lang, r.socialPerBeneficiary, 2)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function National() {
  const { t, lang } = useSession();
  const state = useOperation(NationalComparisonDocument, {});
  const [sort, setSort] = useState<{ key: ColumnKey; direction: Direction }>({ key: 'code', direction: 'asc' });
  const rows = useMemo(() => toRows(state.result?.data?.regions ?? []), [state.result]);
  const sorted = useMemo(() => (sort.key === 'code' && sort.direction === 'asc' ? rows : sortBy(rows, (r) => r[sort.key], sort.direction)), [rows, sort]);

  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { errors } = state.result;
  if (rows.length === 0) return <ErrorMessage errors={errors} />;
  const spend = rows.map((r) => r.socialPerBeneficiary).filter((v): v is number => v !== null);
  const cv = coefficientOfVariation(spend);
  const g = gini(spend);
  const mutualDown = unavailable(errors, 'mutual');
  const toggle = (key: ColumnKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  return (
    <>
      <div className="page-header">
        <h2>{t('navNational')}</h2>
        <button type="button" data-testid="export-csv" onClick={() => downloadCsv('comparaison-nationale.csv', toCsv(csvHeader, csvRows(sorted)))}>
          {t('exportCsv')}
        </button>
      </div>
      {mutualDown ? <ErrorMessage errors={[mutualDown]} testId="mutual-error" /> : null}
      <section className="fairness" data-testid="fairness">
        <h3>{t('fairness')}</h3>
        <div className="figures">
          <div className="figure">
            <div className="figure-label">{t('coefficientOfVariation')}</div>
            <div className="figure-value" data-testid="cv" data-value={cv ?? ''}>{formatNumber(lang, cv, 3)}</div>
          </div>
          <div className="figure">
            <div className="figure-label">{t('giniCoefficient')}</div>
            <div className="figure-value" data-testid="gini" data-value={g ?? ''}>{formatNumber(lang, g, 3)}</div>
          </div>
        </div>
      </section>
      <table className="comparison" data-testid="comparison-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort" data-sort={c.key} onClick={() => toggle(c.key)}>
                  {t(c.label)} {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code} data-code={r.code}>
              <td>{r.code}</td>
              <td>{lang === 'ar' ? r.nameAr : r.nameFr}</td>
              <td className="num">{formatNumber(lang, r.staffCount)}</td>
              <td className="num">{formatNumber(lang, r.beneficiaryCount)}</td>
              <td className="num">{formatNumber(lang, r.socialPerBeneficiary, 2)}</td>
              <td className="num">{formatNumber(lang, r.healthPerBeneficiary, 2)}</td>
              <td className="num">{formatPercent(lang, r.approvalRate)}</td>
              <td className="num">{formatNumber(lang, r.processingDays, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart rows={sorted} />
    </>
  );
}
