import { Anchor, Button, Code, Group, NativeSelect, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ChangeList, HistoryLink } from '../audit';
import { BothScripts, ErrorMessage, Failure, Loading, useRegionNames } from '../components';
import {
  AuditTrailDocument,
  ApplicationByReferenceDocument,
  ClaimByReferenceDocument,
  MutualAuditTrailDocument,
  RecentChangesDocument,
  RecentMutualChangesDocument,
  type RecentChangesQuery,
  type RecentMutualChangesQuery,
} from '../gql/graphql';
import {
  AUDIT_ENTITIES,
  historyPath,
  isAuditEntity,
  isMutualEntity,
  readsTrail,
  trailEntitiesOf,
  type AuditEntity,
} from '../history';
import type { GraphQLErrorShape } from '../graphql';
import { useFormat } from '../intl';
import { mayOpen, referenceKind, type ReferenceKind } from '../navigation';
import { type PageFetcher, usePages } from '../paging';
import { useOperation, useSession } from '../session';

/** One recorded change as both tables show it: when, who, what was done, [which record,] what it touched. */
interface Recorded {
  at: string;
  actorSub: string;
  actorRole: string;
  action: string;
  changes: ReadonlyArray<{ field: string; before?: string | null; after?: string | null }>;
}

/**
 * Who made a change: an officer's or a head's subject is their matricule, which opens their file for the readers of
 * files; other staff are named by their account.
 */
function Actor({ sub, role }: { sub: string; role: string }) {
  const { claims } = useSession();
  if ((role === 'OFFICER' || role === 'REGIONAL_HEAD') && mayOpen(claims?.role, '/officers'))
    return (
      <Anchor component={Link} to={`/officers/${encodeURIComponent(sub)}`} size="sm">
        {sub}
      </Anchor>
    );
  return <>{sub}</>;
}

function ChangeCells({
  change,
  entity,
  regionName,
  record,
  children,
}: {
  change: Recorded;
  entity: AuditEntity;
  regionName: (code: string) => string;
  /** The feed's column naming the record changed; none in one record's history. */
  record?: ReactNode;
  children?: ReactNode;
}) {
  const { label, dateTime } = useFormat();
  return (
    <>
      <Table.Td>{dateTime(change.at)}</Table.Td>
      <Table.Td data-testid="audit-actor">
        <Actor sub={change.actorSub} role={change.actorRole} /> ({label('Role', change.actorRole)})
      </Table.Td>
      <Table.Td data-testid="audit-action">{label('AuditAction', change.action)}</Table.Td>
      {record === undefined ? null : <Table.Td data-testid="audit-subject">{record}</Table.Td>}
      <Table.Td>
        <ChangeList
          entity={entity}
          changes={change.changes.map((c) => ({ field: c.field, before: c.before ?? null, after: c.after ?? null }))}
          regionName={regionName}
        />
        {children}
      </Table.Td>
    </>
  );
}

function ChangeHeader({ withRecord }: { withRecord: boolean }) {
  const { t } = useFormat();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('when')}</Table.Th>
        <Table.Th>{t('who')}</Table.Th>
        <Table.Th>{t('action')}</Table.Th>
        {withRecord ? <Table.Th>{t('record')}</Table.Th> : null}
        <Table.Th>{t('change')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

type FoundationChange = RecentChangesQuery['recentChanges']['edges'][number]['node'];
type MutualChange = RecentMutualChangesQuery['recentMutualChanges']['edges'][number]['node'];

/** Which record a change is of, in words, and the link to its whole history. */
function ChangedRecord({ entity, id, children }: { entity: string; id: string; children?: ReactNode }) {
  const { t } = useFormat();
  // An entity this build has no words for: named as the API gives it.
  if (!isAuditEntity(entity)) return <Text size="sm">{entity}</Text>;
  return (
    <>
      <Text size="sm" fw={600}>
        {t(AUDIT_ENTITIES[entity])}
      </Text>
      {children}
      <HistoryLink entity={entity} id={id} />
    </>
  );
}

function FoundationRecord({ change }: { change: FoundationChange }) {
  const { campaignOf } = useFormat();
  const application = change.application;
  const person = application?.dependent ?? application?.officer;
  return (
    <ChangedRecord entity={change.entity} id={change.entityId}>
      {application && person ? (
        <Text size="sm">
          <BothScripts fr={person.fullName} ar={person.fullNameAr} /> — {campaignOf(application.campaign)}
        </Text>
      ) : null}
    </ChangedRecord>
  );
}

function MutualRecord({ change }: { change: MutualChange }) {
  return (
    <ChangedRecord entity={change.entity} id={change.entityId}>
      {change.claim ? <Text size="sm">{change.claim.reference}</Text> : null}
    </ChangedRecord>
  );
}

const FEED_PAGE = 20;

/**
 * One organisation's latest changes in the region on show, newest first, a
 * page at a time: what the audit page opens on, so that a head sees what was
 * done in their region without knowing any record's number.
 */
function RecentFeed<TChange extends Recorded & { id: string; entity: string; region?: string | null }>({
  title,
  testId,
  fetchPage,
  record,
  regionName,
  spansRegions,
}: {
  title: string;
  testId: string;
  fetchPage: PageFetcher<TChange>;
  record: (change: TChange) => ReactNode;
  regionName: (code: string) => string;
  /** Every region's changes together (the national administration's default): each row names its region. */
  spansRegions: boolean;
}) {
  const { t } = useFormat();
  const { items, next, loading, errors, failure, load } = usePages(fetchPage);
  return (
    <Paper withBorder p="md" my="md" data-testid={testId}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <ErrorMessage errors={errors} testId={`${testId}-error`} />
      {failure ? <Failure message={failure} /> : null}
      {items.length > 0 ? (
        <Table striped my="sm">
          <ChangeHeader withRecord />
          <Table.Tbody>
            {items.map((change) => (
              <Table.Tr
                key={change.id}
                data-testid="recent-change"
                data-entity={change.entity}
                data-action={change.action}
                data-region={change.region ?? ''}
              >
                <ChangeCells
                  change={change}
                  entity={isAuditEntity(change.entity) ? change.entity : 'application'}
                  regionName={regionName}
                  record={
                    <>
                      {record(change)}
                      {spansRegions && change.region ? (
                        <Text size="sm" c="dimmed" data-testid="audit-region">
                          {regionName(change.region)}
                        </Text>
                      ) : null}
                    </>
                  }
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : !loading && errors.length === 0 && !failure ? (
        <Text my="sm" data-testid={`${testId}-none`}>
          {t('noAuditRecords')}
        </Text>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <Button size="xs" data-testid={`${testId}-more`} onClick={() => void load(next)}>
          {t('more')}
        </Button>
      ) : null}
    </Paper>
  );
}

/**
 * The latest changes of both organisations' records in a region: the
 * caller's own for a head (and the Mutual's alone for the Mutual's agents),
 * any region or all of them for the national administration (its choice,
 * all by default).
 */
function RecentActivity({ regions }: { regions: ReturnType<typeof useRegionNames> }) {
  const { t, regionChoices } = useFormat();
  const { request, claims } = useSession();
  const national = claims?.role === 'NATIONAL_ADMIN';
  const readsFoundation = readsTrail(claims?.role, 'application');
  const [chosen, setChosen] = useState('');
  const region = national ? chosen || null : (claims?.region ?? null);
  const foundationPage = useCallback(
    async (after: string | null) => {
      const result = await request(RecentChangesDocument, { region, first: FEED_PAGE, after });
      return { data: result.data?.recentChanges ?? null, errors: result.errors };
    },
    [request, region],
  );
  const mutualPage = useCallback(
    async (after: string | null) => {
      const result = await request(RecentMutualChangesDocument, { region, first: FEED_PAGE, after });
      return { data: result.data?.recentMutualChanges ?? null, errors: result.errors };
    },
    [request, region],
  );
  return (
    <section aria-labelledby="recent-activity">
      <Title order={3} id="recent-activity" mt="lg">
        {t('recentActivity')}
      </Title>
      <Text size="sm" data-testid="recent-activity-scope">
        {t('recentActivityIntro', { scope: region === null ? t('allRegions') : regions.nameOf(region) })}
      </Text>
      {national ? (
        <NativeSelect
          label={t('region')}
          data-testid="recent-activity-region"
          w={260}
          mt="xs"
          value={chosen}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={[{ value: '', label: t('allRegions') }, ...regionChoices(regions.regions)]}
        />
      ) : null}
      {readsFoundation ? (
        <RecentFeed
          title={t('foundation')}
          testId="recent-foundation"
          fetchPage={foundationPage}
          record={(change: FoundationChange) => <FoundationRecord change={change} />}
          regionName={regions.nameOf}
          spansRegions={region === null}
        />
      ) : null}
      <RecentFeed
        title={t('mutual')}
        testId="recent-mutual"
        fetchPage={mutualPage}
        record={(change: MutualChange) => <MutualRecord change={change} />}
        regionName={regions.nameOf}
        spansRegions={region === null}
      />
    </section>
  );
}

/** A record's id. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The kinds of record whose number, when it is not one, is taken for their printed reference. */
function referenceAsKind(entity: AuditEntity): ReferenceKind | null {
  return entity === 'claim' || entity === 'application' ? entity : null;
}

/**
 * Every recorded change of one record, from either organisation, each in
 * words (what it touched, before and after) with the complete record kept
 * below it. The record is in the address (`?entity=&id=`): the "Historique"
 * links of the pages that show records open it there, and the form below
 * goes there too, so a history can be shared and gone back to. Without a
 * record, the page shows the region's latest changes, each with its link.
 * The form offers the kinds of record the reader may look up.
 */
export function AuditPage() {
  const { t } = useFormat();
  const { request, claims } = useSession();
  const kinds = trailEntitiesOf(claims?.role);
  const navigate = useNavigate();
  const params = new URLSearchParams(useLocation().search);
  const askedEntity = params.get('entity');
  const askedId = params.get('id')?.trim() ?? '';
  const asked = isAuditEntity(askedEntity) && askedId !== '' ? { entity: askedEntity, id: askedId } : null;
  const [entity, setEntity] = useState<AuditEntity>(asked?.entity ?? kinds[0] ?? 'application');
  const [id, setId] = useState(asked?.id ?? '');
  const mutual = asked !== null && isMutualEntity(asked.entity);
  const variables = { entity: asked?.entity ?? '', id: asked?.id ?? '' };
  const foundationTrail = useOperation(AuditTrailDocument, variables, asked === null || mutual);
  const mutualTrail = useOperation(MutualAuditTrailDocument, variables, asked === null || !mutual);
  const regions = useRegionNames();
  const state = mutual ? mutualTrail : foundationTrail;
  const records = mutual
    ? (mutualTrail.result?.data?.mutualAuditTrail ?? [])
    : (foundationTrail.result?.data?.auditTrail ?? []);
  const [lookup, setLookup] = useState<{
    kind: ReferenceKind;
    reference: string;
    errors: readonly GraphQLErrorShape[];
  } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = id.trim();
    setLookup(null);
    if (!typed) return;
    // A claim is known by its reference (RB-2026-102884), an application by its own (DS-2026-100123), whichever
    // kind of record is chosen: found first, then its history. Any other text is a record's number.
    const kind = referenceKind(typed) ?? (UUID.test(typed) ? null : referenceAsKind(entity));
    if (kind === 'claim') {
      const found = await request(ClaimByReferenceDocument, { reference: typed });
      const claim = found.data?.claimByReference;
      if (claim) void navigate(historyPath('claim', claim.id));
      else setLookup({ kind, reference: typed, errors: found.errors });
      return;
    }
    if (kind === 'application') {
      const found = await request(ApplicationByReferenceDocument, { reference: typed });
      const application = found.data?.applicationByReference;
      if (application) void navigate(historyPath('application', application.id));
      else setLookup({ kind, reference: typed, errors: found.errors });
      return;
    }
    void navigate(historyPath(entity, typed));
  };
  return (
    <>
      <Title order={2} my="md">
        {t('navAudit')}
        {asked ? ` — ${t(AUDIT_ENTITIES[asked.entity])}` : null}
      </Title>
      <Group component="form" onSubmit={(event) => void submit(event)} align="end" role="search">
        <NativeSelect
          label={t('field.entity')}
          data-testid="audit-entity"
          value={entity}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            if (isAuditEntity(chosen)) setEntity(chosen);
          }}
          data={kinds.map((kind) => ({ value: kind, label: t(AUDIT_ENTITIES[kind]) }))}
        />
        <TextInput
          label={t(
            entity === 'claim'
              ? 'field.claimReference'
              : entity === 'application'
                ? 'field.applicationReference'
                : 'field.id',
          )}
          data-testid="audit-id"
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
        />
        <Button type="submit" data-testid="audit-submit">
          {t('search')}
        </Button>
      </Group>
      {lookup ? (
        lookup.errors.length > 0 ? (
          <ErrorMessage errors={lookup.errors} testId="audit-lookup-error" />
        ) : (
          <Text my="sm" c="red.9" data-testid="audit-lookup-none">
            {t(lookup.kind === 'claim' ? 'noClaimWithReference' : 'noApplicationWithReference', {
              reference: lookup.reference,
            })}
          </Text>
        )
      ) : null}
      {asked === null ? <RecentActivity regions={regions} /> : null}
      {asked && state.loading ? <Loading /> : null}
      {state.result ? <ErrorMessage errors={state.result.errors} testId="audit-error" /> : null}
      {asked && records.length > 0 ? (
        <Table striped my="md" data-testid="audit-trail">
          <ChangeHeader withRecord={false} />
          <Table.Tbody>
            {records.map((r) => (
              <Table.Tr key={`${r.at}-${r.action}`} data-testid="audit-record" data-action={r.action}>
                <ChangeCells change={r} entity={asked.entity} regionName={regions.nameOf}>
                  {/* Everything the record kept, for the auditor: internal keys and versions included. */}
                  <details>
                    <summary>{t('wholeRecord')}</summary>
                    <Code block>{r.after ?? r.before ?? ''}</Code>
                  </details>
                </ChangeCells>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : asked && !state.loading && state.result?.errors.length === 0 ? (
        <Text my="md">{t('noAuditRecords')}</Text>
      ) : null}
    </>
  );
}
