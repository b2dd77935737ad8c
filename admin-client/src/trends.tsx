import { LineChart } from '@mantine/charts';
import { Anchor, Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { downloadCsv, toCsv } from './csv';
import { useFormat, type Format } from './intl';
import {
  TREND_CHARTS,
  drillLink,
  trendCsv,
  trendRows,
  type HealthMonthFigures,
  type SocialMonthFigures,
  type TrendChartSpec,
  type TrendRow,
  type Unit,
} from './supervision';

/** A figure of a series in the page's language, by its unit. */
export function formatValue(format: Format, unit: Unit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'money') return format.money(value);
  if (unit === 'ratio') return format.percent(value);
  if (unit === 'days') return format.number(value, 1);
  return format.number(value);
}

/**
 * One trend: a line chart (axes and legend in the page's language, read right to left in Arabic),
 * its numbers as a table behind "show the figures" (each count a link to the list behind it), and a CSV.
 * `print` draws the table open and no buttons: the monthly report.
 */
export function TrendChart({
  spec,
  months,
  region,
  height = 220,
  print = false,
  compact = false,
}: {
  spec: TrendChartSpec;
  months: readonly (SocialMonthFigures | HealthMonthFigures)[];
  region: string | null;
  height?: number;
  print?: boolean;
  compact?: boolean;
}) {
  const format = useFormat();
  const { t, lang, month } = format;
  const navigate = useNavigate();
  const [open, setOpen] = useState(print);
  const tableId = useId();
  const rows = trendRows(spec, months);
  const title = t(spec.title);
  const rtl = lang === 'ar';
  const first = rows[0]?.month;
  const last = rows[rows.length - 1]?.month;
  const summary = t('chartSummary', {
    title,
    count: rows.length,
    from: first ? month(first) : '—',
    to: last ? month(last) : '—',
  });
  const download = () => {
    const csv = trendCsv(spec, rows);
    downloadCsv(`${spec.id}-${region ?? 'national'}.csv`, toCsv(csv.header, csv.rows));
  };
  // A click on a month of a count chart opens the list behind its first series (the table has every one).
  const onClick = (state: { activeLabel?: string | number }) => {
    const link = state.activeLabel ? drillLink(spec, spec.series[0].key, String(state.activeLabel), region) : null;
    if (link) void navigate(link);
  };

  return (
    <Paper
      withBorder
      p={compact ? 'xs' : 'md'}
      component="section"
      data-testid={`trend-${spec.id}`}
      data-region={region ?? ''}
      className="trend"
    >
      <Group justify="space-between" align="start" mb="xs" wrap="nowrap">
        <Title order={compact ? 5 : 4} size={compact ? 'h6' : 'h5'}>
          {title}
        </Title>
        {print ? null : (
          <Group gap="xs" wrap="nowrap" className="no-print">
            <Button
              size="compact-xs"
              variant="default"
              aria-expanded={open}
              aria-controls={tableId}
              data-testid={`trend-${spec.id}-toggle`}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? t('hideTable') : t('showTable')}
            </Button>
            <Button size="compact-xs" variant="default" data-testid={`trend-${spec.id}-csv`} onClick={download}>
              {t('exportCsv')}
            </Button>
          </Group>
        )}
      </Group>
      <div role="img" aria-label={summary}>
        <LineChart
          h={height}
          data={rows}
          dataKey="month"
          series={spec.series.map((s) => ({ name: s.key, label: t(s.label), color: s.color }))}
          withLegend={!compact && spec.series.length > 1}
          legendProps={{ verticalAlign: 'bottom' }}
          withDots={!compact}
          connectNulls={false}
          curveType="linear"
          valueFormatter={(v) => formatValue(format, spec.unit, v)}
          xAxisProps={{ reversed: rtl, tickFormatter: (m: string) => month(m, true) }}
          yAxisProps={{
            orientation: rtl ? 'right' : 'left',
            width: spec.unit === 'money' ? 90 : 50,
            tickFormatter: (v: number) =>
              spec.unit === 'ratio' ? format.percent(v) : format.number(v, spec.unit === 'days' ? 1 : 0),
          }}
          tooltipAnimationDuration={0}
          lineChartProps={{ onClick, accessibilityLayer: false }}
          lineProps={{ isAnimationActive: false }}
        />
      </div>
      {open ? <TrendTable id={tableId} spec={spec} rows={rows} region={region} print={print} /> : null}
    </Paper>
  );
}

function TrendTable({
  id,
  spec,
  rows,
  region,
  print,
}: {
  id: string;
  spec: TrendChartSpec;
  rows: readonly TrendRow[];
  region: string | null;
  print: boolean;
}) {
  const format = useFormat();
  const { t, month } = format;
  return (
    <Table.ScrollContainer minWidth={300} mt="sm">
      <Table id={id} striped withTableBorder data-testid={`trend-${spec.id}-table`} fz={print ? 'xs' : 'sm'}>
        <Table.Caption>{t(spec.title)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('month')}</Table.Th>
            {spec.series.map((s) => (
              <Table.Th key={s.key} scope="col" ta="end">
                {t(s.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.month} data-month={r.month}>
              <Table.Th scope="row" fw={400}>
                {month(r.month)}
              </Table.Th>
              {spec.series.map((s) => {
                const value = r[s.key] as number | null;
                const text = formatValue(format, spec.unit, value);
                const link = print || !value ? null : drillLink(spec, s.key, r.month, region);
                return (
                  <Table.Td key={s.key} ta="end" data-series={s.key} data-value={value ?? ''}>
                    {link ? (
                      <Anchor
                        component={Link}
                        to={link}
                        aria-label={t('openList', {
                          what: `${t(s.label)}, ${month(r.month)}${t('labelSeparator')}${text}`,
                        })}
                      >
                        {text}
                      </Anchor>
                    ) : (
                      text
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every trend of a region (or the country), the Foundation's then the Mutual's, each half when it answered. */
export function TrendGrid({
  social,
  health,
  region,
  print = false,
}: {
  social: readonly SocialMonthFigures[] | null | undefined;
  health: readonly HealthMonthFigures[] | null | undefined;
  region: string | null;
  print?: boolean;
}) {
  const { t } = useFormat();
  if (!social && !health) return <Text c="dimmed">{t('reportNoMonth')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, lg: print ? 1 : 2 }} className="trend-grid" data-testid="trends">
      {TREND_CHARTS.map((spec) => {
        const months = spec.source === 'social' ? social : health;
        return months ? <TrendChart key={spec.id} spec={spec} months={months} region={region} print={print} /> : null;
      })}
    </SimpleGrid>
  );
}
