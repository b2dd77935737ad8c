import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { CeilingHint, ceilingsOf, ClaimAuthorisation } from '../claims';
import { ReceiptLink } from '../references';
import { ActionError, ErrorMessage, Failure, Loading, MatriculeNotFound, useRegionNames } from '../components';
import { AttachHealthDocuments, DocumentList } from '../documents';
import { codesIn, MutationForm, refused, type Field, type Values } from '../forms';
import {
  ActTariffsDocument,
  DecidePriorAuthorisationDocument,
  DiagnosesDocument,
  OfficerFileDocument,
  PriorAuthorisationsDocument,
  RegionFacilitiesDocument,
  RequestPriorAuthorisationDocument,
  SubmitClaimDocument,
  type ActTariffsQuery,
  CareType,
  type PriorAuthorisationStatus,
  type PriorAuthorisationsQuery,
} from '../gql/graphql';
import { UnauthenticatedError, type GraphQLErrorShape } from '../graphql';
import { useFormat, type Format } from '../intl';
import { usePages } from '../paging';
import { useOperation, useSession } from '../session';
import { todayUtc } from '../calendar';

const CARE_TYPES = Object.values(CareType);
/** Lines a claim form offers; a claim with more is entered by the API's other clients. */
const LINE_SLOTS = [0, 1, 2] as const;
// The API's own patterns (mutual-service adjudication), checked before sending.
const ICD10 = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
const ACT_CODE = /^[A-Z0-9]{1,12}$/;

type Tariff = ActTariffsQuery['actTariffs'][number];

/**
 * The lines' fields, named as the API names them in a refusal (lines.0.actCode),
 * so its refusal highlights the field. The act is picked from the tariff of the
 * claim's care type, in the page's language, which fills the price.
 */
function lineFields(tariffs: readonly Tariff[], { money, nameOf }: Pick<Format, 'money' | 'nameOf'>): Field[] {
  const acts = tariffs.map((a) => ({ value: a.code, label: `${a.code} — ${nameOf(a)} (${money(a.tariff)})` }));
  const tariffOf = (code: string) => tariffs.find((a) => a.code === code)?.tariff;
  return LINE_SLOTS.flatMap((n) => [
    {
      name: `lines.${n}.actCode`,
      label: 'field.lines.actCode',
      kind: 'search',
      clinical: true,
      options: acts,
      fills: (code: string): Values => {
        const tariff = tariffOf(code);
        return tariff ? { [`lines.${n}.unitPrice`]: tariff } : {};
      },
    },
    { name: `lines.${n}.quantity`, label: 'field.lines.quantity', kind: 'number' },
    { name: `lines.${n}.unitPrice`, label: 'field.lines.unitPrice', kind: 'money' },
  ]);
}

/** The claim lines filled in, or the refusal the API would give: at least one, each with an act, a quantity and a price. */
function claimLines(
  v: Values,
): { actCode: string; quantity: number; unitPrice: string }[] | { error: ReturnType<typeof refused> } {
  const lines = [];
  for (const n of LINE_SLOTS) {
    const act = (v[`lines.${n}.actCode`] ?? '').trim().toUpperCase();
    const quantity = v[`lines.${n}.quantity`] ?? '';
    const price = v[`lines.${n}.unitPrice`] ?? '';
    if (!act && !quantity && !price) continue;
    // Filled in order, so a line's place is the one the API names in a refusal.
    if (lines.length !== n) return { error: refused(`lines.${lines.length}.actCode`, 'Lines are filled in order.') };
    if (!ACT_CODE.test(act))
      return { error: refused(`lines.${n}.actCode`, 'An act code is 1 to 12 capital letters or digits.') };
    if (!(Number.isInteger(Number(quantity)) && Number(quantity) >= 1))
      return { error: refused(`lines.${n}.quantity`, 'A line has a quantity of 1 or more.') };
    if (!(Number(price) > 0)) return { error: refused(`lines.${n}.unitPrice`, 'A line has a price above zero.') };
    lines.push({ actCode: act, quantity: Number(quantity), unitPrice: Number(price).toFixed(2) });
  }
  return lines.length > 0 ? lines : { error: refused('lines.0.actCode', 'A claim has at least one line.') };
}

/**
 * The family of one officer of the region, found by matricule: who care can
 * be for, each one without coverage today marked (a claim for their care of
 * today would be rejected NOT_COVERED), by the id the forms send.
 */
function useBeneficiaries(matricule: string) {
  const { t, label, fullNameOf } = useFormat();
  const state = useOperation(
    OfficerFileDocument,
    { matricule, withApplications: false, withCeilings: true },
    matricule === '',
  );
  const officer = state.result?.data?.officer ?? null;
  const people = officer
    ? [
        { value: officer.matricule, person: officer, relation: t('self') },
        ...officer.dependents
          .filter((d) => !d.linkEndedOn)
          .map((d) => ({ value: d.id, person: d, relation: label('DependentRelation', d.relation) })),
      ]
    : [];
  const errors = state.result?.errors ?? [];
  // Said only from a whole answer: coverage left out by an error (the Mutual unreachable) is not known to be none.
  const uncovered = new Map(
    errors.length > 0
      ? []
      : people
          .filter(({ person }) => !person.coverage?.active)
          .map(({ value, person }) => [value, fullNameOf(person)] as const),
  );
  // What each covered person's plan has left this year, by the id the forms send; unknown (no hint) otherwise.
  const ceilings = new Map(
    people.flatMap(({ value, person }) => {
      const ceilings = ceilingsOf(person.coverage);
      return ceilings ? [[value, { name: fullNameOf(person), ceilings }] as const] : [];
    }),
  );
  const options = people.map(({ value, person, relation }) => ({
    value,
    label: `${fullNameOf(person)} (${uncovered.has(value) ? `${relation} · ${t('notCoveredToday')}` : relation})`,
  }));
  // Asked, answered without a refusal, and no one: the matricule was mistyped (or is not on the file).
  const unknown = matricule !== '' && !state.loading && officer === null && errors.length === 0;
  return { officer, options, uncovered, ceilings, errors, unknown };
}

/** Said under a form whose chosen beneficiary has no coverage today: what the Mutual will answer, before sending. */
function UncoveredWarning({ name, testId }: { name: string | undefined; testId: string }) {
  const { t } = useFormat();
  if (name === undefined) return null;
  return (
    <Alert color="yellow" p="xs" my="xs" data-testid={testId}>
      {t('uncoveredBeneficiary', { name })}
    </Alert>
  );
}

/** The mutual agent's entry work: claims with their lines (the automatic checks answer at once) and prior authorisation requests. */
export function HealthWork() {
  const { t, label, money, nameOf, fullNameOf, providerOf, codedOf } = useFormat();
  const { claims } = useSession();
  // An officer's file links here with their matricule (?matricule=): the family is looked up at once (the route
  // starts the page afresh for each address).
  const linked = new URLSearchParams(useLocation().search).get('matricule')?.trim() ?? '';
  const [typed, setTyped] = useState(linked);
  const [matricule, setMatricule] = useState(linked);
  const { officer, options, uncovered, ceilings, errors, unknown } = useBeneficiaries(matricule);
  const [careType, setCareType] = useState<CareType>(CARE_TYPES[0]);
  // Whom each form is for, as chosen: its warning follows the choice.
  const [claimFor, setClaimFor] = useState('');
  const [authorisationFor, setAuthorisationFor] = useState('');
  const claimCeilings = ceilings.get(claimFor);
  const tariffs = useOperation(ActTariffsDocument, { careType }, !officer).result?.data?.actTariffs ?? [];
  const diagnoses = useOperation(DiagnosesDocument, {}, !officer).result?.data?.diagnoses ?? [];
  const facilities =
    useOperation(RegionFacilitiesDocument, { code: claims?.region ?? '' }, !claims?.region).result?.data?.region
      ?.facilities ?? [];
  const providerOption = (p: (typeof facilities)[number]) => ({
    value: p.id,
    label: `${providerOf(p)} (${label('ProviderKind', p.kind)})`,
  });
  const providers = facilities.map(providerOption);
  // A claim's provider is one that gives its care type.
  const claimProviders = facilities.filter((p) => p.careTypes.includes(careType)).map(providerOption);
  const find = (event: FormEvent) => {
    event.preventDefault();
    setMatricule(typed.trim());
  };
  return (
    <>
      <Title order={2} my="md">
        {t('navHealthWork')}
      </Title>
      <Group component="form" onSubmit={find} align="end" role="search">
        <TextInput
          label={t('field.matricule')}
          data-testid="beneficiary-matricule"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <Button type="submit" data-testid="beneficiary-find">
          {t('search')}
        </Button>
      </Group>
      <ErrorMessage errors={errors} testId="beneficiary-error" />
      {unknown ? <MatriculeNotFound matricule={matricule} testId="beneficiary-not-found" my="sm" /> : null}
      {officer ? (
        <>
          <Text my="sm" data-testid="beneficiary-family">
            <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`}>
              {fullNameOf(officer)}
            </Anchor>
          </Text>
          <MutationForm
            key={`claim-${officer.matricule}`}
            draftOf={officer.matricule}
            testId="submit-claim"
            title="submitClaimTitle"
            fields={[
              { name: 'beneficiaryId', label: 'field.beneficiaryId', kind: 'select', required: true, options },
              {
                name: 'careType',
                label: 'field.careType',
                kind: 'select',
                required: true,
                options: CARE_TYPES.map((c) => ({ value: c, label: label('CareType', c) })),
              },
              {
                name: 'providerId',
                label: 'field.providerId',
                kind: 'search',
                required: true,
                options: claimProviders,
              },
              { name: 'careStartDate', label: 'field.careStartDate', kind: 'date', required: true },
              { name: 'careEndDate', label: 'field.careEndDate', kind: 'date', required: true },
              {
                name: 'diagnosisCodes',
                label: 'field.diagnosisCodes',
                kind: 'codes',
                clinical: true,
                required: true,
                max: 200,
                options: diagnoses.map((d) => ({ value: d.code, label: codedOf(d.code, d) })),
              },
              ...lineFields(tariffs, { money, nameOf }),
            ]}
            onValues={(v) => {
              setCareType(v.careType as CareType);
              setClaimFor(v.beneficiaryId ?? '');
            }}
            validate={(v) => {
              if (v.careEndDate < v.careStartDate)
                return refused('careEndDate', 'Care ends on or after its first day.');
              if (!codesIn(v.diagnosisCodes).every((c) => ICD10.test(c)))
                return refused('diagnosisCodes', 'Diagnoses are ICD-10 codes, such as J06.9.');
              const lines = claimLines(v);
              return 'error' in lines ? lines.error : null;
            }}
            document={SubmitClaimDocument}
            variables={(v, idempotencyKey) => {
              const lines = claimLines(v);
              return {
                input: {
                  beneficiaryId: v.beneficiaryId,
                  providerId: v.providerId,
                  careType: v.careType as CareType,
                  careStartDate: v.careStartDate,
                  careEndDate: v.careEndDate,
                  diagnosisCodes: codesIn(v.diagnosisCodes),
                  lines: 'error' in lines ? [] : lines,
                  idempotencyKey,
                },
              };
            }}
            success={(data) => (
              <>
                <span
                  data-testid="claim-outcome"
                  data-status={data.submitClaim.status}
                  data-reference={data.submitClaim.reference}
                >
                  {t('claimEntered', {
                    reference: data.submitClaim.reference,
                    amount: money(data.submitClaim.amountClaimed),
                    status: label('ClaimStatus', data.submitClaim.status),
                  })}
                  {data.submitClaim.rejectionCode
                    ? ` — ${label('RejectionCode', data.submitClaim.rejectionCode)}`
                    : null}{' '}
                  <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`}>
                    {t('openFile')}
                  </Anchor>{' '}
                  ·{' '}
                  <ReceiptLink kind="claim" reference={data.submitClaim.reference}>
                    {t('receiptPrint')}
                  </ReceiptLink>
                </span>
                {data.submitClaim.careType === 'HOSPITALISATION' && data.submitClaim.status !== 'REJECTED' ? (
                  <ClaimAuthorisation
                    id={`claim-authorisation-${data.submitClaim.id}`}
                    authorisation={data.submitClaim.priorAuthorisation ?? null}
                  >
                    {['GRANTED', 'REQUESTED'].includes(data.submitClaim.priorAuthorisation?.status ?? '') ? null : (
                      <Anchor href="#request-prior-authorisation" size="xs" data-testid="claim-authorisation-request">
                        {t('authorisationRequest')}
                      </Anchor>
                    )}
                  </ClaimAuthorisation>
                ) : null}
                <AttachHealthDocuments record={{ kind: 'CLAIM', id: data.submitClaim.id }} />
              </>
            )}
          >
            <UncoveredWarning name={uncovered.get(claimFor)} testId="claim-uncovered" />
            {claimCeilings ? (
              <CeilingHint name={claimCeilings.name} careType={careType} ceilings={claimCeilings.ceilings} />
            ) : null}
          </MutationForm>
          <MutationForm
            key={`pa-${officer.matricule}`}
            draftOf={officer.matricule}
            testId="request-prior-authorisation"
            title="priorAuthorisationTitle"
            fields={[
              { name: 'beneficiaryId', label: 'field.beneficiaryId', kind: 'select', required: true, options },
              { name: 'providerId', label: 'field.providerId', kind: 'search', required: true, options: providers },
              { name: 'plannedDate', label: 'field.plannedDate', kind: 'date', required: true },
              { name: 'reason', label: 'field.reason', kind: 'textarea', required: true, max: 2000, clinical: true },
            ]}
            onValues={(v) => setAuthorisationFor(v.beneficiaryId ?? '')}
            document={RequestPriorAuthorisationDocument}
            variables={(v, idempotencyKey) => ({
              beneficiaryId: v.beneficiaryId,
              providerId: v.providerId,
              plannedDate: v.plannedDate,
              reason: v.reason.trim(),
              idempotencyKey,
            })}
            success={(data) => (
              <>
                <span data-testid="prior-authorisation-outcome" data-id={data.requestPriorAuthorisation.id}>
                  {t('priorAuthorisationRequested', {
                    id: data.requestPriorAuthorisation.id,
                    status: label('PriorAuthorisationStatus', data.requestPriorAuthorisation.status),
                  })}
                </span>
                <AttachHealthDocuments
                  record={{ kind: 'PRIOR_AUTHORISATION', id: data.requestPriorAuthorisation.id }}
                />
              </>
            )}
          >
            <UncoveredWarning name={uncovered.get(authorisationFor)} testId="authorisation-uncovered" />
          </MutationForm>
        </>
      ) : null}
    </>
  );
}

type Authorisation = PriorAuthorisationsQuery['priorAuthorisations']['edges'][number]['node'];

const PAGE = 20;

/** The hospitalisations that come within a week are the advisor's first decisions; later ones get no mark. */
const SOON_DAYS = 7;

/** Calendar days from today (UTC, as the API dates a planned hospitalisation) to a calendar date; negative once past. */
function daysUntil(day: string): number {
  const today = todayUtc();
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * How a requested hospitalisation's date stands, beside it: past (the stay
 * has happened, or was put off, without an answer), or within a week.
 */
function PlannedDateBadge({ plannedDate }: { plannedDate: string }) {
  const { t } = useFormat();
  const days = daysUntil(plannedDate);
  if (days > SOON_DAYS) return null;
  return (
    <Badge
      color={days < 0 ? 'red.9' : 'blue.9'}
      ms="xs"
      tt="none"
      miw="max-content"
      data-testid="prior-authorisation-when"
      data-days={days}
    >
      {days < 0 ? t('plannedDatePast', { days: -days }) : t('plannedDateSoon', { days })}
    </Badge>
  );
}

/**
 * One requested prior authorisation and the advisor's decision on it, at the
 * version read with the list: if someone decided it since, the API answers
 * CONFLICT and the page offers to read the list again.
 */
function AuthorisationCard({
  authorisation,
  mayDecide,
  mayAttach,
  onDecided,
  onReload,
}: {
  authorisation: Authorisation;
  mayDecide: boolean;
  mayAttach: boolean;
  onDecided: (decided: Authorisation) => void;
  onReload: () => void;
}) {
  const { request } = useSession();
  const { t, nameOf, fullNameOf, providerOf, label, date } = useFormat();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  const [decidedHere, setDecidedHere] = useState(false);
  const titleId = `prior-authorisation-${authorisation.id}`;

  const decide = async (grant: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await request(DecidePriorAuthorisationDocument, {
        id: authorisation.id,
        version: authorisation.version,
        grant,
        note: note.trim() || null,
      });
      const answer = result.data?.decidePriorAuthorisation;
      if (answer) {
        setDecidedHere(true);
        onDecided({
          ...authorisation,
          status: answer.status,
          version: answer.version,
          decisionNote: note.trim() || null,
        });
      } else setError(result.errors[0] ?? { message: 'no answer' });
    } catch (failure) {
      if (!(failure instanceof UnauthenticatedError))
        setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  const region = nameOf(authorisation.region);
  // Whom it is for by name: a dependent with their relation to the officer; the file's key only if the names are refused.
  const { officer, dependent } = authorisation;
  const beneficiary = !officer
    ? authorisation.beneficiaryId
    : dependent
      ? t('dependentOfOfficer', {
          dependent: fullNameOf(dependent),
          relation: label('DependentRelation', dependent.relation),
          officer: fullNameOf(officer),
        })
      : fullNameOf(officer);
  return (
    <Paper
      withBorder
      p="md"
      my="sm"
      component="article"
      aria-labelledby={titleId}
      data-testid="prior-authorisation"
      data-id={authorisation.id}
      data-status={authorisation.status}
      data-version={authorisation.version}
    >
      <Title order={3} size="h5" id={titleId}>
        {t('priorAuthorisationFor', {
          beneficiary,
          date: date(authorisation.plannedDate),
        })}
        {authorisation.status === 'REQUESTED' ? <PlannedDateBadge plannedDate={authorisation.plannedDate} /> : null}
      </Title>
      <Text size="sm">
        {t('field.providerId')}
        {t('labelSeparator')}
        <span data-testid="prior-authorisation-provider">
          {authorisation.provider ? providerOf(authorisation.provider) : '—'}
        </span>{' '}
        · {t('region')}
        {t('labelSeparator')}
        <span data-testid="prior-authorisation-region">{region}</span> ·{' '}
        {t('requestedOn', { date: date(authorisation.requestedAt) })}
      </Text>
      <Text my="xs" data-testid="prior-authorisation-reason">
        {t('field.reason')}
        {t('labelSeparator')}
        {authorisation.reason ?? '—'}
      </Text>
      <Text size="sm" data-testid="prior-authorisation-status">
        {t('status')}
        {t('labelSeparator')}
        {label('PriorAuthorisationStatus', authorisation.status)}
        {authorisation.decidedAt ? ` · ${date(authorisation.decidedAt)}` : null}
        {authorisation.decisionNote ? ` · ${t('field.note')}${t('labelSeparator')}${authorisation.decisionNote}` : null}
      </Text>
      <Title order={4} size="h6" mt="xs">
        {t('documentsTitle')}
      </Title>
      <DocumentList documents={authorisation.documents ?? []} testId="health-document" />
      {mayAttach ? <AttachHealthDocuments record={{ kind: 'PRIOR_AUTHORISATION', id: authorisation.id }} /> : null}
      {decidedHere ? (
        <Alert color="green" data-testid="prior-authorisation-decided" data-status={authorisation.status}>
          {t('priorAuthorisationDecided', { status: label('PriorAuthorisationStatus', authorisation.status) })}
        </Alert>
      ) : null}
      {mayDecide && authorisation.status === 'REQUESTED' ? (
        <>
          <Textarea
            label={t('field.note')}
            data-testid="field-note"
            value={note}
            maxLength={2000}
            autosize
            minRows={2}
            disabled={busy}
            error={error?.extensions?.field === 'note' || undefined}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group mt="xs">
            <Button data-testid="grant" loading={busy} onClick={() => void decide(true)}>
              {t('grant')}
            </Button>
            <Button data-testid="refuse" variant="default" loading={busy} onClick={() => void decide(false)}>
              {t('refuse')}
            </Button>
          </Group>
        </>
      ) : null}
      {error ? (
        <ActionError error={error} subject={null} testId="decide-prior-authorisation-error" onReload={onReload} />
      ) : null}
    </Paper>
  );
}

const AUTHORISATION_STATUSES: readonly PriorAuthorisationStatus[] = ['REQUESTED', 'GRANTED', 'REFUSED'];

/**
 * Prior authorisations by status, oldest request first: the medical advisor
 * decides the requested ones at the version read; a mutual agent follows
 * those of their region.
 */
export function PriorAuthorisationDecision() {
  const { t, label, regionChoices } = useFormat();
  const { request, claims } = useSession();
  const mayDecide = claims?.role === 'MEDICAL_ADVISOR';
  // The agents of the record's region add documents; the list holds only their region's.
  const mayAttach = claims?.role === 'MUTUAL_AGENT';
  // The medical advisors read every region's, and may narrow to one; a mutual agent's list is their region's.
  const everyRegion = !claims?.region;
  const { regions } = useRegionNames(!everyRegion);
  const [status, setStatus] = useState<PriorAuthorisationStatus>('REQUESTED');
  const [region, setRegion] = useState('');
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await request(PriorAuthorisationsDocument, { status, region: region || null, first: PAGE, after });
      return { data: result.data?.priorAuthorisations ?? null, errors: result.errors };
    },
    [request, status, region],
  );
  const { items, setItems, totalCount, setTotalCount, next, loading, errors, failure, load } = usePages(fetchPage);
  const onDecided = (decided: Authorisation) => {
    setItems((previous) => previous.map((a) => (a.id === decided.id ? decided : a)));
    setTotalCount((n) => (n === null ? null : Math.max(0, n - 1)));
  };
  return (
    <section data-testid="prior-authorisations">
      <Title order={2} my="md">
        {t('navPriorAuthorisations')}
      </Title>
      <Group align="end">
        <NativeSelect
          label={t('status')}
          data-testid="prior-authorisations-status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as PriorAuthorisationStatus)}
          data={AUTHORISATION_STATUSES.map((s) => ({ value: s, label: label('PriorAuthorisationStatus', s) }))}
          maw={240}
        />
        {everyRegion ? (
          <NativeSelect
            label={t('region')}
            data-testid="prior-authorisations-region"
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            data={[{ value: '', label: t('allRegions') }, ...regionChoices(regions)]}
          />
        ) : null}
      </Group>
      {failure !== null ? <Failure message={failure} /> : null}
      <ErrorMessage errors={errors} testId="queue-error" />
      {totalCount !== null && errors.length === 0 && failure === null ? (
        <Text my="sm" data-testid="queue-count" data-value={totalCount}>
          {mayDecide && status === 'REQUESTED'
            ? t('priorAuthorisationsToDecide', { count: totalCount })
            : t('priorAuthorisationsListed', { count: totalCount })}
        </Text>
      ) : null}
      {items.map((authorisation) => (
        <AuthorisationCard
          key={authorisation.id}
          authorisation={authorisation}
          mayDecide={mayDecide}
          mayAttach={mayAttach}
          onDecided={onDecided}
          onReload={() => void load(null)}
        />
      ))}
      {!loading && items.length === 0 && errors.length === 0 && failure === null ? (
        <Text data-testid="queue-empty">{t('queueEmpty')}</Text>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <Button size="xs" data-testid="queue-more" onClick={() => void load(next)}>
          {t('more')}
        </Button>
      ) : null}
    </section>
  );
}
