import {
  Anchor,
  Box,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Switch,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { awaitingDecision } from '../applications';
import { HistoryLink } from '../audit';
import { ClaimBeneficiary } from '../claims';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import {
  NationalSupervisionDocument,
  RegionListDocument,
  RegionSupervisionDocument,
  SolidarityCandidatesDocument,
  SupervisionApplicationsDocument,
  SupervisionClaimsDocument,
  type ApplicationStatus,
  type ClaimStatus,
  type NationalSupervisionQuery,
} from '../gql/graphql';
import { errorsAt } from '../graphql';
import { useFormat, type Format, type MessageId } from '../intl';
import { usePages } from '../paging';
import { useOperation, useSession } from '../session';
import { sortBy, type Direction } from '../sort';
import {
  TREND_CHARTS,
  UNDECIDED_CLAIM,
  WAITING_APPLICATION,
  attentionItems,
  isMonth,
  regionAttentionRows,
  visibleCandidates,
  type AttentionItem,
  type HealthAttentionFigures,
  type RegionAttentionRow,
  type SocialAttentionFigures,
} from '../supervision';
import { TrendChart, TrendGrid } from '../trends';

/** The region picker of roles that see every region (the national administration), on the dashboard or another region page. */
export function RegionPicker({ value, path = '/dashboard' }: { value: string; path?: string }) {
  const { t, regionChoices } = useFormat();
  const navigate = useNavigate();
  const state = useOperation(RegionListDocument, {});
  const regions = state.result?.data?.regions ?? [];
  const data = regions.length === 0 ? [{ value, label: value }] : regionChoices(regions);
  return (
    <NativeSelect
      label={t('pickRegion')}
      data-testid="region-picker"
      value={value}
      data={data}
      onChange={(e) => void navigate(`${path}?region=${encodeURIComponent(e.currentTarget.value)}`)}
    />
  );
}

/** An attention item in words, in the page's language. */
export function attentionText(format: Format, item: AttentionItem): string {
  const { t, lang, percent, date } = format;
  const v = item.values;
  switch (item.kind) {
    case 'strainedAllocation':
      return t(v.exhausted === 'yes' ? 'attention.strainedAllocationExhausted' : 'attention.strainedAllocation', {
        name: String(lang === 'ar' ? v.ar : v.fr),
        season: v.season,
        used: percent(Number(v.used)),
        waitlisted: v.waitlisted,
      });
    case 'headTermEnding':
      return t('attention.headTermEnding', { name: v.name, date: date(String(v.date)) });
    case 'overdueApplications':
    case 'overdueClaims':
    case 'pendingPriorAuthorisations':
    case 'registryFeedBehind':
      return t(`attention.${item.kind}`, { ...v, count: item.count });
  }
}

/** What needs action now, across both organisations: each item in words, with its count and the list behind it. */
export function AttentionList({
  region,
  social,
  health,
  national,
  print = false,
}: {
  region: string;
  social: SocialAttentionFigures | null | undefined;
  health: HealthAttentionFigures | null | undefined;
  national: boolean;
  print?: boolean;
}) {
  const format = useFormat();
  const { t, number } = format;
  const items = attentionItems(region, social, health, national);
  return (
    <Paper withBorder p="md" component="section" data-testid="attention" data-count={items.length}>
      <Title order={3} size="h4" mb="sm">
        {t('attentionTitle')}
      </Title>
      {items.length === 0 ? (
        <Text data-testid="attention-none">{t('attentionNone')}</Text>
      ) : (
        <List spacing="xs">
          {items.map((item, i) => {
            const text = attentionText(format, item);
            return (
              <List.Item key={`${item.kind}-${i}`} data-testid={`attention-${item.kind}`} data-count={item.count}>
                <Badge color="red.9" me="xs" tt="none">
                  {number(item.count)}
                </Badge>
                {item.link && !print ? (
                  <Anchor component={Link} to={item.link}>
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

/** The dashboard's supervision half: the attention list, then the region's trends. */
export function RegionSupervision({
  code,
  withHealth,
  national,
}: {
  code: string;
  withHealth: boolean;
  national: boolean;
}) {
  const { t } = useFormat();
  const state = useOperation(RegionSupervisionDocument, { code, withHealth });
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { data, errors } = state.result;
  const region = data?.region;
  if (!region) return <ErrorMessage errors={errors} testId="supervision-error" />;
  const halfErrors = [
    ...errorsAt(errors, ['region', 'socialTrend']),
    ...errorsAt(errors, ['region', 'healthTrend']),
    ...errorsAt(errors, ['region', 'socialAttention']),
    ...errorsAt(errors, ['region', 'healthAttention']),
  ];
  return (
    <>
      <ErrorMessage errors={halfErrors} testId="supervision-error" />
      {/* What needs attention first, under its own heading; the charts under the trends' (a screen reader's outline). */}
      <Box mt="lg">
        <AttentionList
          region={code}
          social={region.socialAttention}
          health={withHealth ? region.healthAttention : null}
          national={national}
        />
      </Box>
      <Group justify="space-between" mt="lg" mb="sm">
        <Title order={3} size="h4">
          {t('trendsTitle')}
        </Title>
        <Anchor component={Link} to={`/report/${encodeURIComponent(code)}/${currentMonth()}`} data-testid="report-link">
          {t('monthlyReport')}
        </Anchor>
      </Group>
      <TrendGrid social={region.socialTrend} health={withHealth ? region.healthTrend : null} region={code} />
    </>
  );
}

/** This month, "YYYY-MM" in UTC, as the API counts months. */
export function currentMonth(today = new Date()): string {
  return today.toISOString().slice(0, 7);
}

type NationalRegion = NationalSupervisionQuery['regions'][number];

/** The national attention table: sortable, drifting regions marked, the rule said under it. */
export function NationalAttention({ regions }: { regions: readonly NationalRegion[] }) {
  const { t, nameOf, number, percent } = useFormat();
  const [sort, setSort] = useState<{ key: keyof RegionAttentionRow; direction: Direction }>({
    key: 'nameFr',
    direction: 'asc',
  });
  const { rows, national } = useMemo(
    () =>
      regionAttentionRows(
        regions.map((r) => ({
          code: r.code,
          nameFr: r.nameFr,
          nameAr: r.nameAr,
          openApplications: r.social?.openApplications ?? null,
          allocated: r.social ? Number(r.social.budget.allocated) : null,
          committed: r.social ? Number(r.social.budget.committed) : null,
          pendingClaims: r.health?.pendingClaims ?? null,
          social: r.socialAttention,
          health: r.healthAttention ?? null,
        })),
      ),
    [regions],
  );
  const sorted = useMemo(
    () =>
      sortBy(
        rows,
        (r) => {
          // By name in the page's language, the names the table shows.
          if (sort.key === 'nameFr') return nameOf(r);
          const value = r[sort.key];
          return typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? value.length : value;
        },
        sort.direction,
      ),
    [rows, sort, nameOf],
  );
  const columns: { key: keyof RegionAttentionRow; label: Parameters<typeof t>[0] }[] = [
    { key: 'nameFr', label: 'region' },
    { key: 'overdueApplications', label: 'overdueApplications' },
    { key: 'overdueClaims', label: 'overdueClaims' },
    { key: 'pendingPriorAuthorisations', label: 'pendingPriorAuthorisations' },
    { key: 'strainedAllocations', label: 'strainedAllocations' },
    { key: 'headTermEnding', label: 'headTermEnding' },
    { key: 'registryFeedBehind', label: 'registryFeedBehind' },
    { key: 'overdueShare', label: 'overdueShare' },
    { key: 'budgetConsumption', label: 'budgetConsumption' },
    { key: 'drifting', label: 'drift' },
  ];
  const toggle = (key: keyof RegionAttentionRow) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  return (
    <Paper withBorder p="md" my="md" component="section" data-testid="national-attention">
      <Title order={3} size="h4" mb="sm">
        {t('nationalAttentionTitle')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="national-attention-table">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <UnstyledButton fw={600} fz="sm" data-sort={c.key} onClick={() => toggle(c.key)}>
                    {t(c.label)} {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => (
              <Table.Tr key={r.code} data-code={r.code} data-drifting={r.drifting}>
                <Table.Td>
                  <Anchor component={Link} to={`/dashboard?region=${encodeURIComponent(r.code)}`}>
                    {nameOf(r)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="end">{number(r.overdueApplications)}</Table.Td>
                <Table.Td ta="end">{number(r.overdueClaims)}</Table.Td>
                <Table.Td ta="end">{number(r.pendingPriorAuthorisations)}</Table.Td>
                <Table.Td ta="end">{number(r.strainedAllocations)}</Table.Td>
                <Table.Td>{yesNo(r.headTermEnding)}</Table.Td>
                <Table.Td>{yesNo(r.registryFeedBehind)}</Table.Td>
                <Table.Td ta="end" fw={r.driftReasons.includes('overdueShare') ? 700 : undefined}>
                  {percent(r.overdueShare)}
                </Table.Td>
                <Table.Td ta="end" fw={r.driftReasons.includes('budgetConsumption') ? 700 : undefined}>
                  {percent(r.budgetConsumption)}
                </Table.Td>
                <Table.Td>
                  {r.drifting ? (
                    <Badge color="red.9" tt="none" data-testid="drifting">
                      {t('drifting')}
                    </Badge>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="xs" data-testid="drift-rule">
        {t('driftRule', { share: percent(national.overdueShare), budget: percent(national.budgetConsumption) })}
      </Text>
    </Paper>
  );
}

/** Solidarity candidates of a region: the head's own, or any region for the national administration (?region=). */
export function SolidarityPage() {
  const { claims } = useSession();
  const { t, money, number, nameOf, campaignOf, label } = useFormat();
  const { search } = useLocation();
  const code = new URLSearchParams(search).get('region') ?? claims?.region ?? 'RABAT';
  const [showAll, setShowAll] = useState(false);
  // Families' care costs are read fresh each time and kept in no cache (README, "Clinical data").
  const state = useOperation(SolidarityCandidatesDocument, { code }, false, true);
  const named = state.result?.data?.region;
  const header = (
    <Group justify="space-between" align="end" my="md">
      <Title order={2}>
        {t('solidarityTitle')}
        {named ? ` — ${nameOf(named)}` : null}
      </Title>
      {claims?.region ? null : <RegionPicker value={code} path="/solidarity" />}
    </Group>
  );
  if (state.loading)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (state.failure !== undefined)
    return (
      <>
        {header}
        <Failure message={state.failure} />
      </>
    );
  const candidates = state.result.data?.region?.solidarityCandidates;
  if (!candidates)
    return (
      <>
        {header}
        <ErrorMessage errors={state.result.errors} />
      </>
    );
  const shown = visibleCandidates(candidates, showAll);
  return (
    <>
      {header}
      <Text mb="sm">{t('solidarityIntro')}</Text>
      <Switch
        my="sm"
        data-testid="solidarity-show-all"
        checked={showAll}
        onChange={(e) => setShowAll(e.currentTarget.checked)}
        label={t('solidarityShowAll')}
      />
      <Text data-testid="solidarity-count" data-value={shown.length}>
        {t('results', { count: shown.length })}
      </Text>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('solidarityNone')}</Text>
      ) : (
        <Table striped data-testid="solidarity-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matricule')}</Table.Th>
              <Table.Th>{t('name')}</Table.Th>
              <Table.Th ta="end">{t('outOfPocket')}</Table.Th>
              <Table.Th ta="end">{t('claimsCounted')}</Table.Th>
              <Table.Th ta="end">{t('socialSupportThisYear')}</Table.Th>
              <Table.Th>{t('applicationsAwaitingDecision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => {
              const pending = awaitingDecision(c.officer.applications);
              return (
                <Table.Tr key={c.officer.matricule} data-matricule={c.officer.matricule}>
                  <Table.Td>
                    <Anchor component={Link} to={`/officers/${encodeURIComponent(c.officer.matricule)}`}>
                      {c.officer.matricule}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <BothScripts fr={c.officer.fullName} ar={c.officer.fullNameAr} />
                  </Table.Td>
                  <Table.Td ta="end" data-value={c.outOfPocket}>
                    {money(c.outOfPocket)}
                  </Table.Td>
                  <Table.Td ta="end">{number(c.claims)}</Table.Td>
                  <Table.Td ta="end" data-value={c.officer.socialSupportThisYear ?? ''}>
                    {money(c.officer.socialSupportThisYear)}
                  </Table.Td>
                  <Table.Td data-testid="solidarity-pending">
                    {pending.length === 0
                      ? '—'
                      : pending.map((a) => (
                          <Text key={a.id} size="sm" data-id={a.id}>
                            {campaignOf(a.campaign)} ({label('ApplicationStatus', a.status)})
                          </Text>
                        ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

const PAGE = 20;

/** The longest wait the queues filter on (the API refuses more). */
const MAX_WAITING_DAYS = 3650;

/**
 * The filter of a drill-down list, from its address; a malformed month or
 * number of days is left out (the API would refuse it).
 */
function useDrillFilter() {
  const { search } = useLocation();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    const month = (name: string) => {
      const value = params.get(name);
      return value && isMonth(value) ? value : null;
    };
    const days = params.get('waitingDays');
    return {
      region: params.get('region'),
      status: (params.get('status') ?? '').split(',').filter(Boolean),
      decidedIn: month('decidedIn'),
      submittedIn: month('submittedIn'),
      waitingDays: days !== null && /^\d{1,4}$/.test(days) && Number(days) <= MAX_WAITING_DAYS ? Number(days) : null,
      campaignId: params.get('campaign'),
      programmeId: params.get('programme'),
    };
  }, [search]);
}

/** The same list without its waiting-time filter: every record still waiting (those statuses), whatever its age. */
function withoutWaitingFilter(pathname: string, search: string, waiting: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete('waitingDays');
  params.set('status', waiting.join(','));
  return `${pathname}?${params.toString()}`;
}

/** What a drill-down list holds, in words: "FES, décidés en novembre 2026, statut : Approuvée, Payée". */
function FilterLine({
  filter,
  enumName,
}: {
  filter: ReturnType<typeof useDrillFilter>;
  enumName: 'ApplicationStatus' | 'ClaimStatus';
}) {
  const { t, label, list, month, nameOf } = useFormat();
  const { pathname, search } = useLocation();
  // The region by its name: the code of the address only until the names arrive, or if they cannot.
  const regions = useOperation(RegionListDocument, {}, !filter.region).result?.data?.regions ?? [];
  const region = regions.find((r) => r.code === filter.region);
  const parts = [
    filter.region ? t('filterRegion', { region: region ? nameOf(region) : filter.region }) : t('allRegions'),
    filter.decidedIn ? t('filterDecidedIn', { month: month(filter.decidedIn) }) : null,
    filter.submittedIn ? t('filterSubmittedIn', { month: month(filter.submittedIn) }) : null,
    filter.waitingDays !== null ? t('filterWaiting', { days: filter.waitingDays }) : null,
    filter.status.length ? t('filterStatus', { statuses: list(filter.status.map((s) => label(enumName, s))) }) : null,
  ].filter(Boolean);
  return (
    <Text c="dimmed" mb="sm" data-testid="drill-filter">
      {parts.join(' · ')}
      {filter.waitingDays !== null ? (
        <>
          {' · '}
          <Anchor
            component={Link}
            to={withoutWaitingFilter(
              pathname,
              search,
              enumName === 'ClaimStatus' ? UNDECIDED_CLAIM : WAITING_APPLICATION,
            )}
            underline="always"
            data-testid="clear-waiting"
          >
            {t('clearWaitingFilter')}
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}

/**
 * A list of the records behind a figure: its title, its filter in words, its
 * count, one row per record (`cells`) and the next page on demand.
 */
function DrillList<TNode extends { id: string }>({
  title,
  enumName,
  testId,
  headers,
  fetchPage,
  cells,
}: {
  title: MessageId;
  enumName: 'ApplicationStatus' | 'ClaimStatus';
  testId: string;
  /** The columns' titles; amounts are aligned to the end. */
  headers: readonly { label: MessageId; end?: boolean }[];
  fetchPage: Parameters<typeof usePages<TNode>>[0];
  cells: (item: TNode) => ReactNode;
}) {
  const filter = useDrillFilter();
  const { t, number } = useFormat();
  const pages = usePages(fetchPage);
  return (
    <>
      <Title order={2} my="md">
        {t(title)}
      </Title>
      <FilterLine filter={filter} enumName={enumName} />
      <ErrorMessage errors={pages.errors} />
      {pages.failure ? <Failure message={pages.failure} /> : null}
      {pages.totalCount !== null ? (
        <Text data-testid="drill-count" data-value={pages.totalCount}>
          {t('results', { count: pages.totalCount })}
        </Text>
      ) : null}
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header.label} ta={header.end ? 'end' : undefined}>
                {t(header.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pages.items.map((item) => (
            <Table.Tr key={item.id} data-id={item.id}>
              {cells(item)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages.loading ? <Loading /> : null}
      {pages.next ? (
        <Button variant="default" mt="sm" onClick={() => void pages.load(pages.next)}>
          {t('more')} ({number(pages.items.length)} / {number(pages.totalCount)})
        </Button>
      ) : null}
    </>
  );
}

const APPLICATION_COLUMNS = [
  { label: 'reference' },
  { label: 'officer' },
  { label: 'beneficiary' },
  { label: 'campaign' },
  { label: 'status' },
  { label: 'amount', end: true },
  { label: 'submittedAt' },
  { label: 'decidedAt' },
] as const;

const CLAIM_COLUMNS = [
  { label: 'reference' },
  { label: 'beneficiary' },
  { label: 'careType' },
  { label: 'status' },
  { label: 'amountClaimed', end: true },
  { label: 'amountApproved', end: true },
  { label: 'submittedAt' },
  { label: 'decidedAt' },
] as const;

/** The applications behind a figure; each row leads to the officer's file across both organisations. */
export function DrillApplications() {
  const filter = useDrillFilter();
  const { request } = useSession();
  const { label, money, date, campaignOf, fullNameOf } = useFormat();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(SupervisionApplicationsDocument, {
        region: filter.region,
        status: filter.status.length ? (filter.status as ApplicationStatus[]) : null,
        decidedIn: filter.decidedIn,
        submittedIn: filter.submittedIn,
        waitingLongerThanDays: filter.waitingDays,
        campaignId: filter.campaignId,
        programmeId: filter.programmeId,
        first: PAGE,
        after,
      });
      return { data: result.data?.applicationQueue ?? null, errors: result.errors };
    },
    [request, filter],
  );
  return (
    <DrillList
      title="drillApplications"
      enumName="ApplicationStatus"
      testId="drill-applications"
      headers={APPLICATION_COLUMNS}
      fetchPage={fetchPage}
      cells={(a) => (
        <>
          <Table.Td data-testid="drill-reference">
            <bdi dir="ltr">{a.reference}</bdi>
          </Table.Td>
          <Table.Td>
            <Anchor
              component={Link}
              to={`/officers/${encodeURIComponent(a.officer.matricule)}`}
              data-testid="drill-officer"
            >
              {fullNameOf(a.officer)}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {a.officer.matricule}
            </Text>
          </Table.Td>
          <Table.Td>{a.dependent ? fullNameOf(a.dependent) : '—'}</Table.Td>
          <Table.Td>{campaignOf(a.campaign)}</Table.Td>
          <Table.Td>
            {label('ApplicationStatus', a.status)} <HistoryLink entity="application" id={a.id} />
          </Table.Td>
          <Table.Td ta="end">{money(a.amount)}</Table.Td>
          <Table.Td>{date(a.submittedAt)}</Table.Td>
          <Table.Td>{date(a.decidedAt)}</Table.Td>
        </>
      )}
    />
  );
}

/** The claims behind a figure: whom each is for (leading to the officer's file), care type, status and amounts, no clinical field. */
export function DrillClaims() {
  const filter = useDrillFilter();
  const { request } = useSession();
  const { label, money, date } = useFormat();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(SupervisionClaimsDocument, {
        region: filter.region,
        status: filter.status.length ? (filter.status as ClaimStatus[]) : null,
        decidedIn: filter.decidedIn,
        submittedIn: filter.submittedIn,
        waitingLongerThanDays: filter.waitingDays,
        first: PAGE,
        after,
      });
      return { data: result.data?.claimQueue ?? null, errors: result.errors };
    },
    [request, filter],
  );
  return (
    <DrillList
      title="drillClaims"
      enumName="ClaimStatus"
      testId="drill-claims"
      headers={CLAIM_COLUMNS}
      fetchPage={fetchPage}
      cells={(c) => (
        <>
          <Table.Td>{c.reference}</Table.Td>
          <Table.Td>
            <ClaimBeneficiary beneficiary={c.beneficiary} testId="drill-officer" />
          </Table.Td>
          <Table.Td>{label('CareType', c.careType)}</Table.Td>
          <Table.Td>
            {label('ClaimStatus', c.status)} <HistoryLink entity="claim" id={c.id} />
          </Table.Td>
          <Table.Td ta="end">{money(c.amountClaimed)}</Table.Td>
          <Table.Td ta="end">{money(c.amountApproved)}</Table.Td>
          <Table.Td>{date(c.submittedAt)}</Table.Td>
          <Table.Td>{date(c.decidedAt)}</Table.Td>
        </>
      )}
    />
  );
}

/** The national page's supervision: the attention table by region, the national series and the 17 regions' trends of one measure. */
export function NationalSupervisionSection() {
  const { t, nameOf } = useFormat();
  const [chartId, setChartId] = useState(TREND_CHARTS[0].id);
  const state = useOperation(NationalSupervisionDocument, {});
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { data, errors } = state.result;
  if (!data) return <ErrorMessage errors={errors} testId="supervision-error" />;
  const spec = TREND_CHARTS.find((c) => c.id === chartId) ?? TREND_CHARTS[0];
  const national = spec.source === 'social' ? data.nationalSocialTrend : data.nationalHealthTrend;
  return (
    <>
      <ErrorMessage errors={errors} testId="supervision-error" />
      <NationalAttention regions={data.regions} />
      <Group justify="space-between" align="end" mt="lg" mb="sm">
        <Title order={3} size="h4">
          {t('trendsTitle')}
        </Title>
        <Group align="end">
          <NativeSelect
            label={t('pickMeasure')}
            data-testid="trend-measure"
            value={spec.id}
            onChange={(e) => setChartId(e.currentTarget.value)}
            data={TREND_CHARTS.map((c) => ({ value: c.id, label: t(c.title) }))}
          />
          <Anchor component={Link} to={`/report/national/${currentMonth()}`} data-testid="report-link">
            {t('monthlyReport')}
          </Anchor>
        </Group>
      </Group>
      <Title order={4} size="h5" mb="xs">
        {t('nationalSeries')}
      </Title>
      {national ? <TrendChart spec={spec} months={national} region={null} height={260} /> : null}
      <Title order={4} size="h5" mt="md" mb="xs">
        {t('regionsSeries')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="region-trends">
        {/* By name in the page's language, as the attention table first lists them. */}
        {sortBy(data.regions, nameOf, 'asc').map((r) => {
          const months = spec.source === 'social' ? r.socialTrend : r.healthTrend;
          return (
            <div key={r.code} data-testid="region-trend" data-code={r.code}>
              <Text size="sm" fw={600}>
                <Anchor component={Link} to={`/dashboard?region=${encodeURIComponent(r.code)}`}>
                  {nameOf(r)}
                </Anchor>
              </Text>
              {months ? <TrendChart spec={spec} months={months} region={r.code} height={120} compact /> : null}
            </div>
          );
        })}
      </SimpleGrid>
    </>
  );
}
