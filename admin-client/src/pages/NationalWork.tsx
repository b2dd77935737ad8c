import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { HistoryLink } from '../audit';
import { BothScripts, ErrorMessage, Loading, MatriculeNotFound, RunProgress, useRun } from '../components';
import { MutationForm, orNull, refused, type Values } from '../forms';
import {
  AppointHeadDocument,
  CampaignAllocationsDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  HeadCandidateDocument,
  HeadsDueForRotationDocument,
  ProgrammesDocument,
  RegionHeadsDocument,
  RegionListDocument,
  SetCampaignAllocationDocument,
  type BeneficiaryKind,
  type RegionHeadsQuery,
} from '../gql/graphql';
import type { GraphQLErrorShape } from '../graphql';
import { useFormat } from '../intl';
import { useOperation, useSession, type QueryState } from '../session';

const KINDS: readonly BeneficiaryKind[] = ['OFFICER', 'SPOUSE', 'CHILD', 'RETIREE', 'WIDOW', 'ORPHAN'];
const intOrNull = (value: string | undefined) => (orNull(value) === null ? null : Number(value));

/** Opening a campaign: its programme, dates, benefit and who may apply. */
function CreateCampaign({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, nameOf, label } = useFormat();
  const programmes = useOperation(ProgrammesDocument, {}).result?.data?.programmes ?? [];
  const [kinds, setKinds] = useState<BeneficiaryKind[]>([]);
  return (
    <MutationForm
      testId="create-campaign"
      title="createCampaignTitle"
      fields={[
        {
          name: 'programmeId',
          label: 'field.programmeId',
          kind: 'select',
          required: true,
          options: programmes.map((p) => ({ value: p.id, label: nameOf(p) })),
        },
        { name: 'season', label: 'field.season', required: true, max: 40 },
        { name: 'year', label: 'field.year', kind: 'number', required: true },
        { name: 'opensOn', label: 'field.opensOn', kind: 'date', required: true },
        { name: 'closesOn', label: 'field.closesOn', kind: 'date', required: true },
        { name: 'benefitAmount', label: 'field.benefitAmount', kind: 'money', required: true },
        { name: 'eligibility.minAge', label: 'field.eligibility.minAge', kind: 'number' },
        { name: 'eligibility.maxAge', label: 'field.eligibility.maxAge', kind: 'number' },
      ]}
      validate={(v: Values) => {
        if (v.closesOn < v.opensOn) return refused('closesOn', 'A campaign closes after it opens.');
        if (kinds.length === 0) return refused('eligibility.beneficiaryKinds', 'Say who may apply.');
        return null;
      }}
      document={CreateCampaignDocument}
      variables={(v, idempotencyKey) => ({
        input: {
          programmeId: v.programmeId,
          season: v.season.trim(),
          year: Number(v.year),
          opensOn: v.opensOn,
          closesOn: v.closesOn,
          benefitAmount: Number(v.benefitAmount).toFixed(2),
          eligibility: {
            beneficiaryKinds: kinds,
            minAge: intOrNull(v['eligibility.minAge']),
            maxAge: intOrNull(v['eligibility.maxAge']),
          },
          idempotencyKey,
        },
      })}
      success={(data) => (
        <>
          {t('campaignCreated', { season: data.createCampaign.season })}{' '}
          <Anchor
            component="button"
            type="button"
            data-testid="create-campaign-link"
            onClick={() => onCreated(data.createCampaign.id)}
          >
            {t('setAllocations')}
          </Anchor>
        </>
      )}
    >
      <Checkbox.Group
        label={t('field.eligibility.beneficiaryKinds')}
        value={kinds}
        onChange={(value) => setKinds(value as BeneficiaryKind[])}
        data-testid="field-eligibility.beneficiaryKinds"
      >
        <Group gap="sm" mt={4}>
          {KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={label('BeneficiaryKind', kind)} data-kind={kind} />
          ))}
        </Group>
      </Checkbox.Group>
    </MutationForm>
  );
}

/**
 * Next season's campaign shares its budget among the regions as another did:
 * each region's budget and quota in the chosen campaign set on this one, one
 * region after the other (setCampaignAllocation, at the version shown), the
 * progress said as it goes, each region the API refuses named with why (a
 * budget below what is already committed, someone else's change first).
 */
function CopyAllocations({
  campaignId,
  sources,
  versions,
  regionName,
}: {
  campaignId: string;
  sources: readonly { value: string; label: string }[];
  /** This campaign's allocations' versions by region, as the page shows them. */
  versions: ReadonlyMap<string, number>;
  regionName: (code: string) => string;
}) {
  const { t } = useFormat();
  const { request, reload } = useSession();
  const [source, setSource] = useState(sources[0]?.value ?? '');
  const { run, refusals, start } = useRun();
  const [failure, setFailure] = useState<readonly GraphQLErrorShape[]>([]);
  const copy = async () => {
    setFailure([]);
    const read = await request(CampaignAllocationsDocument, { id: source });
    const from = read.data?.campaign?.allocations;
    if (!from) {
      setFailure(read.errors);
      return;
    }
    await start(
      from,
      (allocation) => allocation.region.code,
      async (allocation) => {
        const code = allocation.region.code;
        const result = await request(SetCampaignAllocationDocument, {
          input: {
            campaignId,
            regionCode: code,
            allocated: allocation.allocated,
            quota: allocation.quota,
            expectedVersion: versions.get(code) ?? null,
          },
        });
        return result.data ? null : (result.errors[0] ?? { message: 'no answer' });
      },
    );
    reload();
  };
  return (
    <Paper withBorder p="md" my="md" component="section" data-testid="copy-allocations">
      <Title order={4} size="h5">
        {t('copyAllocationsTitle')}
      </Title>
      <Text size="sm" my="xs">
        {t('copyAllocationsIntro')}
      </Text>
      <Group align="end">
        <NativeSelect
          label={t('copyAllocationsFrom')}
          data-testid="copy-allocations-from"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          data={sources}
        />
        <Button
          data-testid="copy-allocations-run"
          disabled={source === '' || run?.running === true}
          onClick={() => void copy()}
        >
          {t('copyAllocationsRun')}
        </Button>
      </Group>
      <ErrorMessage errors={failure} testId="copy-allocations-error" />
      {run ? (
        <RunProgress run={run} testId="copy-allocations-progress">
          {run.total === 0
            ? t('copyAllocationsNone')
            : run.running
              ? t('copyAllocationsProgress', { done: run.done + run.refused, total: run.total })
              : t('copyAllocationsDone', { done: run.done, refused: run.refused })}
        </RunProgress>
      ) : null}
      {refusals.size > 0 ? (
        <List size="sm" data-testid="copy-allocations-refused">
          {[...refusals].map(([region, error]) => (
            <List.Item key={region} data-region={region}>
              {regionName(region)}
              <ErrorMessage errors={[error]} testId="copy-allocation-refusal" />
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}

/** A campaign's budget and quota by region, the national equity figures beside them, and the forms that set them. */
function Allocations({
  campaignId,
  sources,
}: {
  campaignId: string;
  /** The other campaigns, whose budgets and quotas may be taken up. */
  sources: readonly { value: string; label: string }[];
}) {
  const { t, nameOf, byName, regionChoices, money, number } = useFormat();
  const { reload } = useSession();
  const state = useOperation(CampaignAllocationsDocument, { id: campaignId });
  if (state.loading) return <Loading />;
  const data = state.result?.data;
  if (!data?.campaign) return <ErrorMessage errors={state.result?.errors ?? []} />;
  const allocations = new Map(data.campaign.allocations.map((a) => [a.region.code, a]));
  const regionOptions = regionChoices(data.regions);
  // The country's figures under the regions': money added in centimes, as the API counts it.
  const listed = data.campaign.allocations;
  const centimes = (amount: string) => Math.round(Number(amount) * 100);
  const sumOf = (amount: (a: (typeof listed)[number]) => string) =>
    (listed.reduce((total, a) => total + centimes(amount(a)), 0) / 100).toFixed(2);
  const countOf = (count: (a: (typeof listed)[number]) => number) => listed.reduce((total, a) => total + count(a), 0);
  const total = {
    allocated: sumOf((a) => a.allocated),
    committed: sumOf((a) => a.committed),
    quota: countOf((a) => a.quota),
    approved: countOf((a) => a.approvedCount),
    waitlisted: countOf((a) => a.waitlisted),
  };
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="allocations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('region')}</Table.Th>
              <Table.Th>{t('beneficiaries')}</Table.Th>
              <Table.Th>{t('socialPerBeneficiary')}</Table.Th>
              <Table.Th>{t('allocated')}</Table.Th>
              <Table.Th>{t('committed')}</Table.Th>
              <Table.Th>{t('field.quota')}</Table.Th>
              <Table.Th>{t('approvedCount')}</Table.Th>
              <Table.Th>{t('waitlist')}</Table.Th>
              <Table.Th>{t('history')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byName(data.regions).map((r) => {
              const a = allocations.get(r.code);
              return (
                <Table.Tr
                  key={r.code}
                  data-testid="allocation"
                  data-region={r.code}
                  data-allocated={a?.allocated ?? ''}
                  data-quota={a?.quota ?? ''}
                >
                  <Table.Td>{nameOf(r)}</Table.Td>
                  <Table.Td ta="end">{number(r.beneficiaryCount)}</Table.Td>
                  <Table.Td ta="end">{money(r.social.spendPerBeneficiary)}</Table.Td>
                  <Table.Td ta="end">{a ? money(a.allocated) : '—'}</Table.Td>
                  <Table.Td ta="end">{a ? money(a.committed) : '—'}</Table.Td>
                  <Table.Td ta="end">{a ? number(a.quota) : '—'}</Table.Td>
                  <Table.Td ta="end">{a ? number(a.approvedCount) : '—'}</Table.Td>
                  <Table.Td ta="end">{a ? number(a.waitlisted) : '—'}</Table.Td>
                  <Table.Td>{a ? <HistoryLink entity="campaign_allocation" id={a.id} /> : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr
              data-testid="allocations-total"
              data-allocated={total.allocated}
              data-committed={total.committed}
              data-quota={total.quota}
              data-approved={total.approved}
              data-waitlisted={total.waitlisted}
              fw={700}
            >
              <Table.Th scope="row">{t('nationalTotal')}</Table.Th>
              <Table.Td ta="end">{number(data.regions.reduce((n, r) => n + r.beneficiaryCount, 0))}</Table.Td>
              <Table.Td />
              <Table.Td ta="end">{money(total.allocated)}</Table.Td>
              <Table.Td ta="end">{money(total.committed)}</Table.Td>
              <Table.Td ta="end">{number(total.quota)}</Table.Td>
              <Table.Td ta="end">{number(total.approved)}</Table.Td>
              <Table.Td ta="end">{number(total.waitlisted)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <MutationForm
        key={campaignId}
        draftOf={campaignId}
        testId="set-allocation"
        title="setAllocationTitle"
        fields={[
          { name: 'regionCode', label: 'field.regionCode', kind: 'select', required: true, options: regionOptions },
          { name: 'allocated', label: 'field.allocated', kind: 'money', required: true },
          { name: 'quota', label: 'field.quota', kind: 'number', required: true },
        ]}
        document={SetCampaignAllocationDocument}
        variables={(v) => ({
          input: {
            campaignId,
            regionCode: v.regionCode,
            allocated: Number(v.allocated).toFixed(2),
            quota: Number(v.quota),
            expectedVersion: allocations.get(v.regionCode)?.version ?? null,
          },
        })}
        onReload={reload}
        success={(d) =>
          t('allocationSet', {
            region: nameOf(d.setCampaignAllocation.region),
            allocated: money(d.setCampaignAllocation.allocated),
            quota: d.setCampaignAllocation.quota,
          })
        }
      />
      <CopyAllocations
        key={campaignId}
        campaignId={campaignId}
        sources={sources}
        versions={new Map(listed.map((a) => [a.region.code, a.version]))}
        regionName={(code) => {
          const region = data.regions.find((r) => r.code === code);
          return region ? nameOf(region) : code;
        }}
      />
    </>
  );
}

/** The national administration's campaigns: open one, then share its budget and quota among the regions. */
export function CampaignsPage() {
  const { t, campaignOf } = useFormat();
  const campaigns = useOperation(CampaignsDocument, {}).result?.data?.campaigns ?? [];
  const [chosen, setChosen] = useState('');
  const campaignId = chosen || campaigns[0]?.id || '';
  return (
    <>
      <Title order={2} my="md">
        {t('navCampaigns')}
      </Title>
      <CreateCampaign onCreated={setChosen} />
      <Title order={3} size="h4" mt="lg">
        {t('allocationsTitle')}
      </Title>
      <NativeSelect
        my="sm"
        label={t('campaign')}
        data-testid="allocation-campaign"
        value={campaignId}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={campaigns.map((c) => ({
          value: c.id,
          label: campaignOf(c),
        }))}
      />
      {campaignId ? (
        <>
          <HistoryLink entity="campaign" id={campaignId} />
          <Allocations
            campaignId={campaignId}
            sources={campaigns.filter((c) => c.id !== campaignId).map((c) => ({ value: c.id, label: campaignOf(c) }))}
          />
        </>
      ) : null}
    </>
  );
}

/**
 * Each region's head in office, regions by name: who (their file one click
 * away), since when, the day the term reaches its limit, a rotation due
 * marked; a region without a head says so.
 */
function HeadsInOffice({ state }: { state: QueryState<RegionHeadsQuery> }) {
  const { t, label, nameOf, byName, date } = useFormat();
  if (state.loading) return <Loading />;
  const regions = state.result?.data?.regions;
  if (!regions) return <ErrorMessage errors={state.result?.errors ?? []} />;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="heads-in-office">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('region')}</Table.Th>
            <Table.Th>{t('currentHead')}</Table.Th>
            <Table.Th>{t('rank')}</Table.Th>
            <Table.Th>{t('termStart')}</Table.Th>
            <Table.Th>{t('termEndsOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byName(regions).map((region) => {
            const head = region.currentHead;
            return (
              <Table.Tr key={region.code} data-testid="head-in-office" data-region={region.code}>
                <Table.Td>{nameOf(region)}</Table.Td>
                {head ? (
                  <>
                    <Table.Td data-testid="head-name">
                      <Anchor component={Link} to={`/officers/${encodeURIComponent(head.officer.matricule)}`}>
                        <BothScripts fr={head.officer.fullName} ar={head.officer.fullNameAr} />
                      </Anchor>{' '}
                      <Text span size="sm" c="dimmed">
                        {head.officer.matricule}
                      </Text>
                    </Table.Td>
                    <Table.Td>{label('Rank', head.officer.rank)}</Table.Td>
                    <Table.Td>{date(head.startDate)}</Table.Td>
                    <Table.Td data-testid="head-term">
                      {date(head.termEndsOn)}
                      {head.rotationDue ? (
                        <Badge color="red.9" ms="xs" tt="none" miw="max-content">
                          {t('rotationDue')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={4} data-testid="head-name">
                    <Text span c="red.9" fw={700}>
                      {t('noHead')}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type HeadedRegion = RegionHeadsQuery['regions'][number];

/** The region the officer heads today, from the heads in office; null when none. */
function regionHeadedBy(regions: readonly HeadedRegion[], matricule: string): HeadedRegion | null {
  return regions.find((r) => r.currentHead?.officer.matricule === matricule) ?? null;
}

/** The API's refusal of an officer who already heads a region, said before sending. */
const ALREADY_HEADS: GraphQLErrorShape = {
  message: 'The officer already heads a region.',
  extensions: { code: 'CONFLICT', reason: 'ALREADY_HEADS_A_REGION' },
};

/**
 * Who the matricule typed in the appointment form is, before anything is
 * sent: their name (opening their file), rank, region, status, years of
 * service and trainings, and the region they head already, if any; an unknown
 * matricule is said. Read once typing pauses, not at every key.
 */
function HeadCandidate({ typed, regions }: { typed: string; regions: readonly HeadedRegion[] }) {
  const { t, label, nameOf, date, list, trainingOf } = useFormat();
  const [matricule] = useDebouncedValue(typed.trim(), 400);
  const state = useOperation(HeadCandidateDocument, { matricule }, matricule === '');
  if (matricule === '' || state.loading) return null;
  const officer = state.result?.data?.officer;
  const errors = state.result?.errors ?? [];
  if (!officer) {
    return errors.length > 0 ? (
      <ErrorMessage errors={errors} testId="head-candidate-error" />
    ) : (
      <MatriculeNotFound matricule={matricule} testId="head-candidate-unknown" my="xs" />
    );
  }
  const headed = regionHeadedBy(regions, officer.matricule);
  return (
    <Alert
      color={headed ? 'yellow' : 'gray'}
      p="xs"
      my="xs"
      data-testid="head-candidate"
      data-matricule={officer.matricule}
    >
      <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`} fw={700}>
        <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />
      </Anchor>
      <Text size="sm" data-testid="head-candidate-standing">
        {t('candidateStanding', {
          rank: label('Rank', officer.rank),
          region: nameOf(officer.region),
          status: label('OfficerStatus', officer.status),
          years: officer.yearsOfService,
        })}
      </Text>
      <Text size="sm" data-testid="head-candidate-trainings">
        {t('trainings')}
        {t('labelSeparator')}
        {officer.trainings.length > 0 ? list(officer.trainings.map(trainingOf)) : t('noTrainings')}
      </Text>
      {headed?.currentHead ? (
        <Text size="sm" fw={700} data-testid="head-candidate-heads" data-region={headed.code}>
          {t('candidateAlreadyHeads', { region: nameOf(headed), date: date(headed.currentHead.startDate) })}
        </Text>
      ) : null}
    </Alert>
  );
}

/** Appointing regional heads, beside the heads in office and those whose rotation is due. */
export function HeadsPage() {
  const { t, nameOf, regionChoices, fullNameOf, date } = useFormat();
  const regions = useOperation(RegionListDocument, {}).result?.data?.regions ?? [];
  const due = useOperation(HeadsDueForRotationDocument, {}).result?.data?.regionsDueForRotation ?? [];
  const heads = useOperation(RegionHeadsDocument, {});
  const headed = heads.result?.data?.regions ?? [];
  const [typed, setTyped] = useState('');
  return (
    <>
      <Title order={2} my="md">
        {t('navHeads')}
      </Title>
      <Title order={3} size="h4">
        {t('rotationDue')}
      </Title>
      {due.length === 0 ? (
        <Text>{t('noHeadsDue')}</Text>
      ) : (
        <Table striped data-testid="rotation-due">
          <Table.Tbody>
            {due.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{nameOf(h.region)}</Table.Td>
                <Table.Td>{fullNameOf(h.officer)}</Table.Td>
                <Table.Td>{t('termEndedOn', { date: date(h.termEndsOn) })}</Table.Td>
                <Table.Td>
                  <HistoryLink entity="head_appointment" id={h.id} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4" mt="md">
        {t('headsInOffice')}
      </Title>
      <HeadsInOffice state={heads} />
      <MutationForm
        testId="appoint-head"
        title="appointHeadTitle"
        fields={[
          {
            name: 'regionCode',
            label: 'field.regionCode',
            kind: 'select',
            required: true,
            options: regionChoices(regions),
          },
          { name: 'matricule', label: 'field.matricule', required: true, max: 20 },
          { name: 'startDate', label: 'field.startDate', kind: 'date', required: true },
          { name: 'decisionReference', label: 'field.decisionReference', required: true, max: 200 },
          { name: 'approvedBy', label: 'field.approvedBy', max: 200 },
        ]}
        document={AppointHeadDocument}
        onValues={(v) => setTyped(v.matricule ?? '')}
        validate={(v) => (regionHeadedBy(headed, v.matricule.trim()) ? ALREADY_HEADS : null)}
        variables={(v, idempotencyKey) => ({
          input: {
            regionCode: v.regionCode,
            matricule: v.matricule.trim(),
            startDate: v.startDate,
            decisionReference: v.decisionReference.trim(),
            approvedBy: orNull(v.approvedBy),
            idempotencyKey,
          },
        })}
        success={(d) => (
          <>
            {t('headAppointed', { name: fullNameOf(d.appointHead.officer), region: nameOf(d.appointHead.region) })}{' '}
            <Anchor component={Link} to={`/dashboard?region=${encodeURIComponent(d.appointHead.region.code)}`}>
              {t('navDashboard')}
            </Anchor>
          </>
        )}
      >
        <HeadCandidate typed={typed} regions={headed} />
      </MutationForm>
    </>
  );
}
