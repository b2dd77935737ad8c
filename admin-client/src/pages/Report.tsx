import { Alert, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import '../print.css';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { NationalSupervisionDocument, RegionSupervisionDocument } from '../gql/graphql';
import { useFormat } from '../intl';
import { useOperation, useSession } from '../session';
import {
  TREND_CHARTS,
  monthsToFetch,
  reportableMonth,
  upTo,
  type HealthMonthFigures,
  type SocialMonthFigures,
} from '../supervision';
import { TrendGrid, formatValue } from '../trends';
import { AttentionList, NationalAttention } from './Supervision';
import { todayUtc } from '../calendar';

/** The months a report shows as trends: the year up to its month. */
const REPORT_MONTHS = 12;

/** The month's figures of both organisations, each with its raw value for the PDF test. */
function MonthFigures({
  social,
  health,
}: {
  social: SocialMonthFigures | undefined;
  health: HealthMonthFigures | undefined;
}) {
  const format = useFormat();
  const { t } = format;
  const halves = [
    { title: t('foundation'), source: 'social' as const, month: social },
    { title: t('mutual'), source: 'health' as const, month: health },
  ];
  return (
    <SimpleGrid cols={2}>
      {halves.map((half) =>
        half.month ? (
          <Paper key={half.source} withBorder p="sm" data-testid={`report-${half.source}`}>
            <Title order={3} size="h5" mb="xs">
              {half.title}
            </Title>
            {TREND_CHARTS.filter((c) => c.source === half.source).flatMap((chart) =>
              chart.series.map((s) => {
                const raw = (half.month as unknown as Record<string, number | string | null>)[s.key];
                const value = raw === null || raw === undefined ? null : Number(raw);
                return (
                  <Group key={`${chart.id}-${s.key}`} justify="space-between" gap="xs">
                    <Text size="sm">
                      {chart.series.length > 1 ? `${t(chart.title)} — ${t(s.label)}` : t(chart.title)}
                    </Text>
                    <Text size="sm" fw={600} data-testid={`report-${half.source}-${s.key}`} data-value={value ?? ''}>
                      {formatValue(format, chart.unit, value)}
                    </Text>
                  </Group>
                );
              }),
            )}
          </Paper>
        ) : null,
      )}
    </SimpleGrid>
  );
}

function ReportFrame({
  month,
  heading,
  figures,
  trends,
  attention,
}: {
  month: string;
  heading: React.ReactNode;
  figures: React.ReactNode;
  trends: React.ReactNode;
  attention: React.ReactNode;
}) {
  const { t, date, month: monthName } = useFormat();
  const today = todayUtc();
  return (
    <article className="report-page" data-testid="report" data-month={month}>
      <Group justify="space-between" align="start" my="md">
        <div>
          <Title order={2}>{t('reportTitle', { month: monthName(month) })}</Title>
          <Title order={3} size="h4" mt="xs">
            {heading}
          </Title>
        </div>
        <Button className="no-print" variant="default" onClick={() => window.print()}>
          {t('reportPrint')}
        </Button>
      </Group>
      <section className="report-section" data-testid="report-figures">
        <Title order={3} size="h4" mb="sm">
          {t('reportFigures')}
        </Title>
        {figures}
      </section>
      <section className="report-section" data-testid="report-trends">
        <Title order={3} size="h4" mb="sm">
          {t('reportTrends', { month: monthName(month) })}
        </Title>
        {trends}
      </section>
      <section className="report-section" data-testid="report-attention">
        <Title order={3} size="h4" mb="sm">
          {t('reportAttention', { date: date(today) })}
        </Title>
        {attention}
      </section>
    </article>
  );
}

function RegionReport({ code, month }: { code: string; month: string }) {
  const { claims } = useSession();
  const withHealth = claims?.role !== 'FOUNDATION_AGENT';
  const months = monthsToFetch(month, new Date(), REPORT_MONTHS);
  const state = useOperation(RegionSupervisionDocument, { code, withHealth, months });
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const region = state.result.data?.region;
  if (!region) return <ErrorMessage errors={state.result.errors} />;
  const social = upTo(region.socialTrend, month, REPORT_MONTHS);
  const health = region.healthTrend ? upTo(region.healthTrend, month, REPORT_MONTHS) : null;
  return (
    <ReportFrame
      month={month}
      heading={<BothScripts fr={region.nameFr} ar={region.nameAr} />}
      figures={<MonthFigures social={social.at(-1)} health={health?.at(-1)} />}
      trends={<TrendGrid social={social} health={health} region={code} print />}
      attention={
        <AttentionList
          region={code}
          social={region.socialAttention}
          health={region.healthAttention}
          national={!claims?.region}
          print
        />
      }
    />
  );
}

function NationalReport({ month }: { month: string }) {
  const { t } = useFormat();
  const months = monthsToFetch(month, new Date(), REPORT_MONTHS);
  const state = useOperation(NationalSupervisionDocument, { months });
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const data = state.result.data;
  if (!data?.nationalSocialTrend) return <ErrorMessage errors={state.result.errors} />;
  const social = upTo(data.nationalSocialTrend, month, REPORT_MONTHS);
  const health = data.nationalHealthTrend ? upTo(data.nationalHealthTrend, month, REPORT_MONTHS) : null;
  return (
    <ReportFrame
      month={month}
      heading={t('reportNational')}
      figures={<MonthFigures social={social.at(-1)} health={health?.at(-1)} />}
      trends={<TrendGrid social={social} health={health} region={null} print />}
      attention={<NationalAttention regions={data.regions} />}
    />
  );
}

/** The printable monthly report: /report/FES/2026-11, or /report/national/2026-11. */
export function ReportPage() {
  const { t } = useFormat();
  const { region = '', month = '' } = useParams();
  if (!reportableMonth(month, new Date()))
    return (
      <Alert color="red" role="alert" data-testid="error" my="md">
        {t('reportBadMonth')}
      </Alert>
    );
  return region === 'national' ? (
    <NationalReport month={month} />
  ) : (
    <RegionReport key={`${region}-${month}`} code={region} month={month} />
  );
}
