import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { BothScripts, ErrorMessage, Failure, Figure, Loading } from '../components';
import { errorsAt, unavailable, type GraphQLErrorShape } from '../graphql';
import { useFormat } from '../intl';
import { useOperation, useSession } from '../session';
import { RegionalDashboardDocument } from '../gql/graphql';
import { UNDECIDED_CLAIM, applicationsLink, claimsLink } from '../supervision';
import { RegionPicker, RegionSupervision } from './Supervision';

function BudgetBar({ allocated, committed, disbursed }: { allocated: number; committed: number; disbursed: number }) {
  const { t } = useFormat();
  const pct = (x: number) => (allocated > 0 ? Math.min(100, (x / allocated) * 100) : 0);
  // Disbursed is part of committed: the bar shows what is paid, then what is committed but not yet paid.
  return (
    <Progress.Root size="lg" mt="sm">
      <Progress.Section
        value={pct(disbursed)}
        color="green.8"
        aria-label={`${t('disbursed')} ${pct(disbursed).toFixed(0)} %`}
      />
      <Progress.Section
        value={Math.max(0, pct(committed) - pct(disbursed))}
        color="green.3"
        aria-label={`${t('committed')} ${pct(committed).toFixed(0)} %`}
      />
    </Progress.Root>
  );
}

function Half({
  title,
  testId,
  errors,
  children,
}: {
  title: string;
  testId: string;
  errors: GraphQLErrorShape[];
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {errors.length > 0 ? <ErrorMessage errors={errors} testId={`${testId}-error`} /> : children}
    </Paper>
  );
}

export function Dashboard() {
  const { claims } = useSession();
  const { t, label, number, money, date, fullNameOf } = useFormat();
  const { search } = useLocation();
  const national = !claims?.region;
  const code = new URLSearchParams(search).get('region') ?? claims?.region ?? 'RABAT';
  // The Mutual's figures are for the national roles and the region's head (README, "Access"), not the foundation's agents.
  const withHealth = claims?.role !== 'FOUNDATION_AGENT';
  const state = useOperation(RegionalDashboardDocument, { code, withHealth });

  const header = (
    <Group justify="space-between" align="end" my="md">
      <Title order={2}>{t('navDashboard')}</Title>
      {national ? <RegionPicker value={code} /> : null}
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
  const { data, errors } = state.result;
  const region = data?.region ?? null;
  const foundationDown = unavailable(errors, 'foundation');
  if (!region) {
    return (
      <>
        {header}
        {foundationDown ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Half title={t('foundation')} testId="foundation-half" errors={[foundationDown]}>
              {null}
            </Half>
            <Half title={t('mutual')} testId="mutual-half" errors={[]}>
              <Text>{t('regionFromFoundation')}</Text>
            </Half>
          </SimpleGrid>
        ) : (
          <ErrorMessage
            errors={errors.length > 0 ? errors : [{ message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } }]}
          />
        )}
      </>
    );
  }
  const socialErrors = region.social
    ? []
    : [...errorsAt(errors, ['region', 'social']), ...(foundationDown ? [foundationDown] : [])];
  const mutualDown = unavailable(errors, 'mutual');
  const healthErrors = region.health
    ? []
    : [...(mutualDown ? [mutualDown] : []), ...errorsAt(errors, ['region', 'health'])];
  const { social, health, currentHead } = region;

  return (
    <>
      {header}
      <div data-testid="region-title" data-code={region.code}>
        <Title order={3} size="h4">
          <BothScripts fr={region.nameFr} ar={region.nameAr} />
        </Title>
        <Text my="sm" data-testid="current-head">
          {currentHead ? (
            <>
              {t('currentHead')}
              {t('labelSeparator')}
              <strong data-testid="current-head-name">{fullNameOf(currentHead.officer)}</strong> (
              {t('rankAndMatricule', {
                rank: label('Rank', currentHead.officer.rank),
                matricule: currentHead.officer.matricule,
              })}
              ) — {t('termStart')} {date(currentHead.startDate)}
              {currentHead.rotationDue ? (
                <Badge color="red.9" ms="xs" tt="none" data-testid="rotation-due">
                  {t('rotationDue')}
                </Badge>
              ) : null}
            </>
          ) : (
            t('noHead')
          )}
          {' · '}
          {t('staffCount')}
          {t('labelSeparator')}
          <span data-testid="staff-count" data-value={region.staffCount}>
            {number(region.staffCount)}
          </span>
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Half
          title={t('foundation')}
          testId="foundation-half"
          errors={
            socialErrors.length > 0 || !social
              ? socialErrors.length > 0
                ? socialErrors
                : [{ message: 'no data' }]
              : []
          }
        >
          {social ? (
            <>
              <Group gap="sm">
                <Figure
                  label={t('openApplications')}
                  testId="open-applications"
                  raw={social.openApplications}
                  value={
                    <Anchor
                      component={Link}
                      to={applicationsLink({
                        region: region.code,
                        status: ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'],
                      })}
                      inherit
                    >
                      {number(social.openApplications)}
                    </Anchor>
                  }
                />
                <Figure
                  label={t('approvedThisYear')}
                  testId="approved-this-year"
                  raw={social.approvedThisYear}
                  value={number(social.approvedThisYear)}
                />
              </Group>
              <Title order={4} size="h5" mt="md" mb="xs">
                {t('budget')}
              </Title>
              <Group gap="sm">
                <Figure
                  label={t('allocated')}
                  testId="budget-allocated"
                  raw={social.budget.allocated}
                  value={money(social.budget.allocated)}
                />
                <Figure
                  label={t('committed')}
                  testId="budget-committed"
                  raw={social.budget.committed}
                  value={money(social.budget.committed)}
                />
                <Figure
                  label={t('disbursed')}
                  testId="budget-disbursed"
                  raw={social.budget.disbursed}
                  value={money(social.budget.disbursed)}
                />
              </Group>
              <BudgetBar
                allocated={Number(social.budget.allocated)}
                committed={Number(social.budget.committed)}
                disbursed={Number(social.budget.disbursed)}
              />
            </>
          ) : null}
        </Half>
        {withHealth ? (
          <Half
            title={t('mutual')}
            testId="mutual-half"
            errors={
              healthErrors.length > 0 || !health
                ? healthErrors.length > 0
                  ? healthErrors
                  : [{ message: 'no data' }]
                : []
            }
          >
            {health ? (
              <Group gap="sm">
                <Figure
                  label={t('pendingClaims')}
                  testId="pending-claims"
                  raw={health.pendingClaims}
                  value={
                    <Anchor component={Link} to={claimsLink({ region: region.code, status: UNDECIDED_CLAIM })} inherit>
                      {number(health.pendingClaims)}
                    </Anchor>
                  }
                />
                <Figure
                  label={t('claimsThisYear')}
                  testId="claims-this-year"
                  raw={health.claimsThisYear}
                  value={number(health.claimsThisYear)}
                />
                <Figure
                  label={t('reimbursedThisYear')}
                  testId="reimbursed-this-year"
                  raw={health.reimbursedThisYear}
                  value={money(health.reimbursedThisYear)}
                />
                <Figure
                  label={t('averageProcessingDays')}
                  testId="average-processing-days"
                  raw={health.averageProcessingDays}
                  value={number(health.averageProcessingDays, 1)}
                />
              </Group>
            ) : null}
          </Half>
        ) : null}
      </SimpleGrid>
      {/* Trends and what needs attention are the supervisors' (the heads and the national administration), not the agents'. */}
      {claims?.role === 'REGIONAL_HEAD' || claims?.role === 'NATIONAL_ADMIN' ? (
        <RegionSupervision code={region.code} withHealth={withHealth} national={national} />
      ) : null}
    </>
  );
}
