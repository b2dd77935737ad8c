import { Anchor, Button, Group, Paper, Table, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, Failure, Figure, Loading } from '../components';
import { csvHeader, csvRows, toRows, type ColumnKey, type ComparisonRow } from '../comparison';
import { downloadCsv, toCsv } from '../csv';
import { unavailable } from '../graphql';
import { useFormat, type MessageId } from '../intl';
import { NationalComparisonDocument } from '../gql/graphql';
import { useOperation } from '../session';
import { sortBy, type Direction } from '../sort';
import { coefficientOfVariation, gini } from '../stats';
import { NationalSupervisionSection } from './Supervision';

const columns: { key: ColumnKey; label: MessageId }[] = [
  { key: 'nameFr', label: 'region' },
  { key: 'staffCount', label: 'staffCount' },
  { key: 'beneficiaryCount', label: 'beneficiaries' },
  { key: 'socialPerBeneficiary', label: 'socialPerBeneficiary' },
  { key: 'healthPerBeneficiary', label: 'healthPerBeneficiary' },
  { key: 'approvalRate', label: 'approvalRate' },
  { key: 'processingDays', label: 'processingDays' },
];

function BarChart({ rows }: { rows: ComparisonRow[] }) {
  const { t, nameOf, number } = useFormat();
  const max = Math.max(1, ...rows.map((r) => r.socialPerBeneficiary ?? 0));
  const barHeight = 18;
  const labelWidth = 110;
  const width = 640;
  return (
    <figure>
      <figcaption>{t('chartTitle')}</figcaption>
      <svg
        style={{ maxWidth: 760 }}
        data-testid="spend-chart"
        viewBox={`0 0 ${width} ${rows.length * (barHeight + 4)}`}
        width="100%"
        role="img"
        aria-label={t('chartTitle')}
        direction="ltr"
      >
        {rows.map((r, i) => {
          const y = i * (barHeight + 4);
          const w = ((r.socialPerBeneficiary ?? 0) / max) * (width - labelWidth - 80);
          return (
            <g key={r.code}>
              <text x={0} y={y + barHeight - 4} fontSize="12" data-code={r.code}>
                {nameOf(r)}
              </text>
              <rect x={labelWidth} y={y} width={w} height={barHeight} fill="var(--mantine-color-green-8)" />
              <text x={labelWidth + w + 4} y={y + barHeight - 4} fontSize="12">
                {number(r.socialPerBeneficiary, 2)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function National() {
  const { t, nameOf, number, percent } = useFormat();
  const state = useOperation(NationalComparisonDocument, {});
  const [sort, setSort] = useState<{ key: ColumnKey; direction: Direction }>({ key: 'nameFr', direction: 'asc' });
  const rows = useMemo(() => toRows(state.result?.data?.regions ?? []), [state.result]);
  // The API lists the regions in no promised order: the table sorts them, by name at first, in the page's language
  // (the names it shows; a region's code is for the CSV, not for reading).
  const sorted = useMemo(
    () => sortBy(rows, (r) => (sort.key === 'nameFr' ? nameOf(r) : r[sort.key]), sort.direction),
    [rows, sort, nameOf],
  );

  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { errors } = state.result;
  if (rows.length === 0) return <ErrorMessage errors={errors} />;
  const spend = rows.map((r) => r.socialPerBeneficiary).filter((v): v is number => v !== null);
  const cv = coefficientOfVariation(spend);
  const g = gini(spend);
  const mutualDown = unavailable(errors, 'mutual');
  const toggle = (key: ColumnKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  return (
    <>
      <Group justify="space-between" my="md">
        <Title order={2}>{t('navNational')}</Title>
        <Button
          variant="default"
          data-testid="export-csv"
          onClick={() => downloadCsv('comparaison-nationale.csv', toCsv(csvHeader, csvRows(sorted)))}
        >
          {t('exportCsv')}
        </Button>
      </Group>
      {mutualDown ? <ErrorMessage errors={[mutualDown]} testId="mutual-error" /> : null}
      <Paper withBorder p="md" my="md" component="section" data-testid="fairness">
        <Title order={3} size="h4" mb="sm">
          {t('fairness')}
        </Title>
        <Group gap="sm">
          <Figure label={t('coefficientOfVariation')} testId="cv" raw={cv} value={number(cv, 3)} />
          <Figure label={t('giniCoefficient')} testId="gini" raw={g} value={number(g, 3)} />
        </Group>
      </Paper>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover data-testid="comparison-table">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <UnstyledButton fw={600} data-sort={c.key} onClick={() => toggle(c.key)}>
                    {t(c.label)} {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => (
              <Table.Tr key={r.code} data-code={r.code}>
                <Table.Td>
                  <Anchor component={Link} to={`/dashboard?region=${encodeURIComponent(r.code)}`}>
                    {nameOf(r)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="end">{number(r.staffCount)}</Table.Td>
                <Table.Td ta="end">{number(r.beneficiaryCount)}</Table.Td>
                <Table.Td ta="end">{number(r.socialPerBeneficiary, 2)}</Table.Td>
                <Table.Td ta="end">{number(r.healthPerBeneficiary, 2)}</Table.Td>
                <Table.Td ta="end">{percent(r.approvalRate)}</Table.Td>
                <Table.Td ta="end">{number(r.processingDays, 1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <BarChart rows={sorted} />
      <NationalSupervisionSection />
    </>
  );
}
