import { Alert, Anchor, Badge, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { APPLICATION_NEXT } from '../applications';
import { HistoryLink } from '../audit';
import {
  CLAIM_NEXT,
  ceilingsOf,
  ceilingsYear,
  ClaimDetail,
  PlanCeilings,
  useClaimNames,
  type ClaimNames,
} from '../claims';
import { BothScripts, DecisionReason, ErrorMessage, Failure, Loading, NextStep, Opener } from '../components';
import { ReceiptLink } from '../references';
import { DocumentList, HealthDocuments, SocialDocuments, useSocialDocuments } from '../documents';
import {
  FamilyClaimAuthorisationsDocument,
  OfficerFileDocument,
  OfficerPriorAuthorisationsDocument,
  type ClaimStatus,
  type OfficerFileQuery,
} from '../gql/graphql';
import { errorsAt } from '../graphql';
import { useFormat, type MessageId } from '../intl';
import { handlesCare, readsApplications } from '../navigation';
import { useOperation, useSession } from '../session';
import { ApplyForm, WithdrawForm } from './ApplicationForms';
import { RegistryForms } from './RegistryForms';

type FileOfficer = NonNullable<OfficerFileQuery['officer']>;
type FileClaim = NonNullable<FileOfficer['claims']>[number];
/** A claim of the family, with whom it is for. */
type FamilyClaim = FileClaim & { beneficiary: ReactNode };

/**
 * The family's claims, newest submission first: the officer's own and each
 * dependent's the caller may read (null when the officer's own are not theirs
 * to read), each with whom it is for, so "and my wife's?" is answered in one place.
 */
function familyClaims(officer: FileOfficer): FamilyClaim[] | null {
  if (officer.claims === null) return null;
  const own = officer.claims.map((claim) => ({
    ...claim,
    beneficiary: <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />,
  }));
  const dependents = (officer.dependents ?? []).flatMap((d) =>
    (d.claims ?? []).map((claim) => ({ ...claim, beneficiary: <BothScripts fr={d.fullName} ar={d.fullNameAr} /> })),
  );
  return [...own, ...dependents].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

/**
 * The family members covered today whose plan's ceilings the caller reads
 * (`Coverage.ceilingUse`, asked by the roles that handle care), the officer
 * first; a dependent whose link has ended is no longer the family.
 */
function coveredFamily(officer: FileOfficer) {
  return [
    { id: officer.matricule, fullName: officer.fullName, fullNameAr: officer.fullNameAr, coverage: officer.coverage },
    ...(officer.dependents ?? []).filter((d) => !d.linkEndedOn),
  ].flatMap((person) => {
    const ceilings = ceilingsOf(person.coverage);
    return ceilings
      ? [{ id: person.id, name: <BothScripts fr={person.fullName} ar={person.fullNameAr} />, ceilings }]
      : [];
  });
}

/** The prior authorisation a hospitalisation rests on (null: none); undefined until it is known. */
type ClaimAuthorisationState = { status: string; plannedDate: string } | null | undefined;

/** A hospitalisation the advisor has yet to decide: whether they can approve it rests on its prior authorisation. */
function awaitsAdvisor(claim: { careType: string; status: ClaimStatus }): boolean {
  return claim.careType === 'HOSPITALISATION' && (claim.status === 'CHECKED' || claim.status === 'UNDER_REVIEW');
}

/**
 * What comes next for a claim of the officer's: a hospitalisation waiting
 * for the advisor with no granted authorisation waits on one first (the
 * advisor cannot approve it without), asked for at the mutual or decided by
 * the advisor.
 */
function claimNext(
  claim: { careType: string; status: ClaimStatus },
  authorisation: ClaimAuthorisationState,
): { message: MessageId | undefined; day: string | null } {
  if (awaitsAdvisor(claim)) {
    // Said once known, not guessed meanwhile.
    if (authorisation === undefined) return { message: undefined, day: null };
    if (authorisation?.status === 'REQUESTED')
      return { message: 'claimNextAuthorisationDecision', day: authorisation.plannedDate };
    if (authorisation?.status !== 'GRANTED') return { message: 'claimNextAuthorisationRequest', day: null };
  }
  return { message: CLAIM_NEXT[claim.status], day: null };
}

/** A row the address asks for, scrolled to once the page has it: attach the ref to the row. */
function useScrolledTo(asked: boolean) {
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (asked) row.current?.scrollIntoView({ block: 'center' });
  }, [asked]);
  return row;
}

/** How a row the address asks for stands out: marked for screen readers, and in colour. */
function marked(asked: boolean) {
  return {
    'aria-current': asked ? ('true' as const) : undefined,
    bg: asked ? 'var(--mantine-color-yellow-light)' : undefined,
  };
}

/**
 * An application of the file: its reference (what the applicant's receipt
 * says), the campaign, whom it is for, where it stands (with what comes next,
 * in the officer's own space), its history and receipt, and its documents.
 * The application a link asked for (found by its reference) is marked and
 * scrolled to.
 */
function ApplicationRow({
  application: a,
  officer,
  own,
  asked,
  documents,
}: {
  application: NonNullable<FileOfficer['applications']>[number];
  officer: FileOfficer;
  own: boolean;
  /** The application the address names (`?application=`). */
  asked: boolean;
  documents: ComponentProps<typeof DocumentList>['documents'];
}) {
  const { t, label, money, date, campaignOf } = useFormat();
  const row = useScrolledTo(asked);
  return (
    <Table.Tr
      ref={row}
      id={`application-${a.id}`}
      data-testid="officer-application"
      data-id={a.id}
      data-status={a.status}
      {...marked(asked)}
    >
      <Table.Td>
        <bdi dir="ltr">{a.reference}</bdi>
      </Table.Td>
      <Table.Td>{campaignOf(a.campaign)}</Table.Td>
      <Table.Td>
        {a.dependent ? (
          <BothScripts fr={a.dependent.fullName} ar={a.dependent.fullNameAr} />
        ) : (
          <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="outline" tt="none">
          {label('ApplicationStatus', a.status)}
        </Badge>
        <DecisionReason application={a} />
        {own ? <NextStep message={APPLICATION_NEXT[a.status]} amount={a.amount} testId="application-next" /> : null}
        <HistoryLink entity="application" id={a.id} />{' '}
        <ReceiptLink kind="application" reference={a.reference}>
          {t('receiptLink')}
        </ReceiptLink>
      </Table.Td>
      <Table.Td ta="end">{money(a.amount)}</Table.Td>
      <Table.Td>{date(a.submittedAt)}</Table.Td>
      <Table.Td>{date(a.decidedAt)}</Table.Td>
      <Table.Td>
        <DocumentList documents={documents} testId="application-document" />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * A claim of the file; for the readers of clinical detail (the officer for
 * their own, the mutual's agents, the medical advisors: `names` given), its
 * reference opens it below: its lines say what was approved of each act.
 * The claim a link asked for (a claim found by its reference) is marked and
 * scrolled to.
 */
function ClaimRow({
  claim,
  names,
  own,
  asked,
  authorisation,
  onOpen,
}: {
  claim: FamilyClaim;
  names: ClaimNames | null;
  /** The officer's own space: what comes next is said. */
  own: boolean;
  /** The claim the address names (`?claim=`). */
  asked: boolean;
  authorisation: ClaimAuthorisationState;
  onOpen: () => void;
}) {
  const { t, label, money, date } = useFormat();
  const [open, setOpen] = useState(false);
  const row = useScrolledTo(asked);
  const detailId = `officer-claim-detail-${claim.id}`;
  return (
    <>
      <Table.Tr ref={row} data-testid="officer-claim" data-id={claim.id} data-status={claim.status} {...marked(asked)}>
        <Table.Td>
          {names ? (
            <Opener
              open={open}
              controls={detailId}
              testId="claim-open"
              onToggle={() => {
                setOpen((shown) => !shown);
                onOpen();
              }}
            >
              {claim.reference}
            </Opener>
          ) : (
            claim.reference
          )}
        </Table.Td>
        <Table.Td data-testid="claim-beneficiary">{claim.beneficiary}</Table.Td>
        <Table.Td>{label('CareType', claim.careType)}</Table.Td>
        <Table.Td>
          <Badge variant="outline" tt="none">
            {label('ClaimStatus', claim.status)}
          </Badge>
          {/* Why a claim was rejected, in words: what the officer asks first. */}
          {claim.rejectionCode ? (
            <Text size="sm" c="dimmed" data-testid="claim-rejection" data-code={claim.rejectionCode}>
              {label('RejectionCode', claim.rejectionCode)}
            </Text>
          ) : null}
          {own ? (
            <NextStep {...claimNext(claim, authorisation)} amount={claim.amountApproved} testId="claim-next" />
          ) : null}
          <HistoryLink entity="claim" id={claim.id} />
          {/* The receipt, printed again: for those who enter or receive care (`names` given). */}
          {names ? (
            <>
              {' '}
              <ReceiptLink kind="claim" reference={claim.reference}>
                {t('receiptLink')}
              </ReceiptLink>
            </>
          ) : null}
        </Table.Td>
        <Table.Td>{date(claim.submittedAt)}</Table.Td>
        <Table.Td ta="end">{money(claim.amountClaimed)}</Table.Td>
        <Table.Td ta="end">{money(claim.amountApproved)}</Table.Td>
        <Table.Td>{date(claim.paidAt)}</Table.Td>
      </Table.Tr>
      {open && names ? (
        <Table.Tr id={detailId} data-testid="claim-detail">
          <Table.Td colSpan={8}>
            <ClaimDetail id={claim.id} names={names} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/**
 * The family's prior authorisations, for the roles that read clinical detail
 * (the API lists each reader theirs): read apart from the file, never cached.
 * A planned hospitalisation, whom it is for, where, and where the decision stands.
 */
function FamilyPriorAuthorisations({ officer }: { officer: FileOfficer }) {
  const { t, label, date, providerOf } = useFormat();
  const state = useOperation(OfficerPriorAuthorisationsDocument, { matricule: officer.matricule }, false, true);
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { data, errors } = state.result;
  const authorisations = data?.officer?.priorAuthorisations ?? null;
  if (authorisations === null) return <ErrorMessage errors={errors} testId="prior-authorisations-error" />;
  if (authorisations.length === 0) return <Text>{t('priorAuthorisationsListed', { count: 0 })}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="family-prior-authorisations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('beneficiary')}</Table.Th>
            <Table.Th>{t('field.plannedDate')}</Table.Th>
            <Table.Th>{t('field.providerId')}</Table.Th>
            <Table.Th>{t('status')}</Table.Th>
            <Table.Th>{t('requested')}</Table.Th>
            <Table.Th>{t('decided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {authorisations.map((a) => {
            const who = a.dependent ?? officer;
            return (
              <Table.Tr key={a.id} data-testid="family-prior-authorisation" data-id={a.id} data-status={a.status}>
                <Table.Td data-testid="prior-authorisation-beneficiary">
                  <BothScripts fr={who.fullName} ar={who.fullNameAr} />
                </Table.Td>
                <Table.Td>{date(a.plannedDate)}</Table.Td>
                <Table.Td>{a.provider ? providerOf(a.provider) : '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" tt="none">
                    {label('PriorAuthorisationStatus', a.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{date(a.requestedAt)}</Table.Td>
                <Table.Td>{date(a.decidedAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={3} size="h4" mt="lg" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** An officer's whole file across both organisations; `own` is the officer's personal space (no way back to the staff list). */
export function OfficerPage({
  matricule,
  own = false,
  children,
}: {
  matricule: string;
  own?: boolean;
  children?: ReactNode;
}) {
  const { t, label, date, nameOf, trainingOf } = useFormat();
  const { claims } = useSession();
  const role = claims?.role;
  const asked = new URLSearchParams(useLocation().search);
  const askedClaim = asked.get('claim');
  const askedApplication = asked.get('application');
  const state = useOperation(OfficerFileDocument, {
    matricule,
    withApplications: readsApplications(role),
    withCeilings: handlesCare(role),
  });
  // Apart from the file, which the gateway may cache: each download link is issued (and logged) for one reader.
  const socialDocuments = useSocialDocuments(matricule, readsApplications(role));
  // The readers of clinical detail open a claim of the file; its acts and diagnoses are named once for the page,
  // read when the first claim is opened (most visits to a file open none).
  const clinical = handlesCare(role);
  const [opened, setOpened] = useState(false);
  const names = useClaimNames(!clinical || !opened);
  // In their own space, what each hospitalisation waits on: clinical, so apart from the file and never cached,
  // and asked only when the file has one awaiting the advisor (most have none; each answer is a logged read).
  const file = state.result?.data?.officer ?? null;
  const asksAuthorisations = own && file !== null && (familyClaims(file) ?? []).some(awaitsAdvisor);
  const authorisationsState = useOperation(FamilyClaimAuthorisationsDocument, { matricule }, !asksAuthorisations, true);
  // A transfer made on this page: out of a regional agent's region, the file is no longer theirs to read.
  const [movedTo, setMovedTo] = useState<{ code: string; nameFr: string; nameAr: string } | null>(null);
  const back = own ? null : (
    <Anchor component={Link} to="/officers">
      {t('back')}
    </Anchor>
  );
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const { data, errors } = state.result;
  const officer = data?.officer ?? null;
  if (!officer) {
    return (
      <>
        {back}
        <Title order={2} my="md">
          {t('officerFile')}
        </Title>
        {movedTo ? (
          <Alert color="green" data-testid="officer-transferred-away">
            {t('officerTransferredAway', { matricule, region: nameOf(movedTo) })}
          </Alert>
        ) : (
          <ErrorMessage
            testId="officer-error"
            errors={errors.length > 0 ? errors : [{ message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } }]}
          />
        )}
      </>
    );
  }
  const claimErrors = errorsAt(errors, ['officer', 'claims']);
  const claimsOfFamily = familyClaims(officer);
  const ceilingPeople = coveredFamily(officer);
  // Coverage left out of a whole answer is none; left out with an error (refused to the reader, or the Mutual
  // unreachable) is not known.
  const noCoverage = errors.length > 0 ? '—' : <span data-testid="no-coverage">{t('noCoverage')}</span>;
  const familyAuthorisations = authorisationsState.result?.data?.officer;
  const authorisationOf = new Map(
    familyAuthorisations
      ? [
          ...(familyAuthorisations.claims ?? []),
          ...(familyAuthorisations.dependents ?? []).flatMap((d) => d.claims ?? []),
        ].map((c) => [c.id, c.priorAuthorisation ?? null] as const)
      : [],
  );
  const facts: [string, ReactNode][] = [
    [t('matricule'), officer.matricule],
    [t('rank'), label('Rank', officer.rank)],
    [t('status'), label('OfficerStatus', officer.status)],
    [
      t('region'),
      <span key="region" data-testid="officer-region">
        {nameOf(officer.region)}
      </span>,
    ],
    [t('birthDate'), date(officer.birthDate)],
    [t('serviceStart'), date(officer.serviceStartDate)],
    [t('yearsOfService'), officer.yearsOfService],
    [
      t('coverage'),
      officer.coverage ? (
        <span key="coverage" data-testid="officer-coverage">
          {nameOf(officer.coverage.plan)} · {officer.coverage.memberNumber} ·{' '}
          {officer.coverage.active ? t('covered') : t('notCovered')}
        </span>
      ) : (
        noCoverage
      ),
    ],
  ];
  return (
    <article data-testid="officer-file" data-matricule={officer.matricule}>
      {back}
      <Title order={2} my="md">
        {own ? `${t('mySpace')} — ` : null}
        <BothScripts fr={officer.fullName} ar={officer.fullNameAr} />
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} maw={640} component="dl">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <Text component="dt" c="dimmed">
              {term}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {children}

      <Section title={t('dependents')}>
        {officer.dependents && officer.dependents.length > 0 ? (
          <Table striped data-testid="dependents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('relation')}</Table.Th>
                <Table.Th>{t('birthDate')}</Table.Th>
                <Table.Th>{t('coverage')}</Table.Th>
                <Table.Th>{t('claims')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {officer.dependents.map((d) => (
                <Table.Tr
                  key={d.id}
                  id={`dependent-${d.id}`}
                  data-testid="dependent"
                  data-id={d.id}
                  data-ended={d.linkEndedOn ?? ''}
                >
                  <Table.Td>
                    <BothScripts fr={d.fullName} ar={d.fullNameAr} />
                  </Table.Td>
                  <Table.Td>
                    {label('DependentRelation', d.relation)}
                    {d.linkEndedOn ? (
                      <Text size="sm" c="dimmed">
                        {t('linkEndedOn', { date: date(d.linkEndedOn) })}
                      </Text>
                    ) : null}
                    {d.student ? <Text size="sm">{t('studentUntil', { date: date(d.studentUntil) })}</Text> : null}
                    {d.disabled ? <Text size="sm">{t('field.disabled')}</Text> : null}
                  </Table.Td>
                  <Table.Td>{date(d.birthDate)}</Table.Td>
                  <Table.Td>
                    {d.coverage
                      ? `${d.coverage.memberNumber} · ${d.coverage.active ? t('covered') : t('notCovered')}`
                      : noCoverage}
                  </Table.Td>
                  <Table.Td>{d.claims ? d.claims.length : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text>{t('noDependents')}</Text>
        )}
        {/* The registry is changed by the national administration and the region's foundation agents. */}
        {role === 'NATIONAL_ADMIN' || role === 'FOUNDATION_AGENT' ? (
          <RegistryForms officer={officer} onTransferred={setMovedTo} />
        ) : null}
      </Section>

      {readsApplications(role) ? (
        <Section title={t('applications')}>
          {officer.applications && officer.applications.length > 0 ? (
            <Table.ScrollContainer minWidth={700}>
              <Table striped data-testid="applications">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reference')}</Table.Th>
                    <Table.Th>{t('programme')}</Table.Th>
                    <Table.Th>{t('beneficiary')}</Table.Th>
                    <Table.Th>{t('status')}</Table.Th>
                    <Table.Th>{t('amount')}</Table.Th>
                    <Table.Th>{t('applicationSubmittedOn')}</Table.Th>
                    <Table.Th>{t('applicationDecidedOn')}</Table.Th>
                    <Table.Th>{t('documentsTitle')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {officer.applications.map((a) => (
                    <ApplicationRow
                      key={a.id}
                      application={a}
                      officer={officer}
                      own={own}
                      asked={a.id === askedApplication}
                      documents={socialDocuments.ofApplication(a.id)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text>{t('noApplications')}</Text>
          )}
          {/* Who may apply and withdraw (README, "Access"): the officer for their family, the region's agent; the head withdraws too. */}
          {role === 'OFFICER' || role === 'FOUNDATION_AGENT' ? <ApplyForm officer={officer} /> : null}
          {role === 'OFFICER' || role === 'FOUNDATION_AGENT' || role === 'REGIONAL_HEAD' ? (
            <WithdrawForm officer={officer} />
          ) : null}
        </Section>
      ) : null}

      {clinical ? (
        <Section title={t('ceilingsTitle', { year: ceilingsYear() })}>
          {ceilingPeople.length > 0 ? (
            <PlanCeilings people={ceilingPeople} />
          ) : // Said only from a whole answer: coverage left out by an error (the Mutual unreachable) is not known to be none.
          errors.length > 0 ? null : (
            <Text data-testid="ceilings-none">{t('ceilingsNone')}</Text>
          )}
        </Section>
      ) : null}

      <Section title={t('claims')}>
        {/* At the counter, a mutual agent found the officer by name: the family's claim and prior authorisation forms. */}
        {role === 'MUTUAL_AGENT' ? (
          <Anchor
            component={Link}
            to={`/health-work?matricule=${encodeURIComponent(officer.matricule)}`}
            data-testid="enter-health-work"
          >
            {t('enterHealthWork')}
          </Anchor>
        ) : null}
        {claimsOfFamily === null ? (
          claimErrors.length > 0 ? (
            <ErrorMessage errors={claimErrors} testId="claims-error" />
          ) : (
            <Text>{t('claimsNotShown')}</Text>
          )
        ) : claimsOfFamily.length > 0 ? (
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="claims">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reference')}</Table.Th>
                  <Table.Th>{t('beneficiary')}</Table.Th>
                  <Table.Th>{t('careType')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th>{t('submitted')}</Table.Th>
                  <Table.Th>{t('amountClaimed')}</Table.Th>
                  <Table.Th>{t('amountApproved')}</Table.Th>
                  <Table.Th>{t('paid')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {claimsOfFamily.map((c) => (
                  <ClaimRow
                    key={c.id}
                    claim={c}
                    names={clinical ? names : null}
                    own={own}
                    asked={c.id === askedClaim}
                    authorisation={authorisationOf.get(c.id)}
                    onOpen={() => setOpened(true)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text>{t('noClaims')}</Text>
        )}
      </Section>

      {clinical ? (
        <Section title={t('familyPriorAuthorisations')}>
          <FamilyPriorAuthorisations officer={officer} />
        </Section>
      ) : null}

      <Section title={t('documentsTitle')}>
        {/* Each organisation lists only what the reader may open; the mutual's are clinical, so only its readers ask. */}
        <Title order={4} size="h5" mt="xs">
          {t('foundation')}
        </Title>
        <SocialDocuments documents={socialDocuments} />
        {clinical ? (
          <>
            <Title order={4} size="h5" mt="xs">
              {t('mutual')}
            </Title>
            <HealthDocuments matricule={officer.matricule} />
          </>
        ) : null}
      </Section>

      <Section title={t('trainings')}>
        {officer.trainings && officer.trainings.length > 0 ? (
          <ul>
            {officer.trainings.map((tr) => (
              <li key={tr.code}>
                {trainingOf(tr)} — {date(tr.completedOn)}
              </li>
            ))}
          </ul>
        ) : (
          <Text>{t('noTrainings')}</Text>
        )}
      </Section>
    </article>
  );
}
