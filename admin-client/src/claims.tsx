import { Alert, Anchor, Badge, List, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, Failure, Loading } from './components';
import { DocumentList } from './documents';
import {
  ActTariffsDocument,
  CareType,
  ClaimDetailDocument,
  DiagnosesDocument,
  type ClaimEstimateOutcome,
  type ClaimStatus,
  type DependentRelation,
} from './gql/graphql';
import { useFormat, type MessageId } from './intl';
import { useOperation } from './session';

/**
 * What comes next for a claim still on its way, and whose turn it is: what an
 * officer asks of a claim in their space, and what the agent or the advisor
 * reads of one they have just acted on.
 */
export const CLAIM_NEXT: Partial<Record<ClaimStatus, MessageId>> = {
  ENTERED: 'claimNextChecks',
  CHECKED: 'claimNextAdvisor',
  UNDER_REVIEW: 'claimNextReview',
  APPROVED: 'claimNextPayment',
  PARTIALLY_APPROVED: 'claimNextPayment',
};

/** An opened claim's codes in words: its acts from the tariff, its diagnoses from their names. */
export interface ClaimNames {
  act: (code: string) => string;
  diagnosis: (code: string) => string;
  /** Whether both lists have answered (had one failed, its codes show alone). */
  ready: boolean;
}

/**
 * The act tariff and the diagnoses' names, read once for a page that opens
 * claims (not once per claim opened); `skip` until the page opens one.
 */
export function useClaimNames(skip = false): ClaimNames {
  const { codedOf } = useFormat();
  const tariff = useOperation(ActTariffsDocument, {}, skip);
  const named = useOperation(DiagnosesDocument, {}, skip);
  const acts = tariff.result?.data?.actTariffs ?? [];
  const diagnoses = named.result?.data?.diagnoses ?? [];
  return {
    ready: !tariff.loading && !named.loading,
    act: (code) =>
      codedOf(
        code,
        acts.find((a) => a.code === code),
      ),
    diagnosis: (code) =>
      codedOf(
        code,
        diagnoses.find((d) => d.code === code),
      ),
  };
}

interface Named {
  fullName: string;
  fullNameAr: string | null;
}

type NamedOfficer = Named & { matricule: string };

/** Whom a claim is for, as a list of claims selects it (`Claim.beneficiary`). */
export type ClaimBeneficiaryShape =
  | (NamedOfficer & { __typename: 'Officer' })
  | (Named & { __typename: 'Dependent'; relation: DependentRelation; officer: NamedOfficer });

/** The officer whose file a claim belongs to: the person cared for, or the dependent's officer. */
export function officerOf(beneficiary: ClaimBeneficiaryShape): NamedOfficer {
  return beneficiary.__typename === 'Officer' ? beneficiary : beneficiary.officer;
}

/**
 * Whom a claim is for, in a list of claims (a work queue, a figure's claims):
 * the person cared for by name, and the officer whose file the name opens;
 * an officer's own claim says so, with the matricule; a dependent with their
 * relation. A dash when the foundation refused the names.
 */
export function ClaimBeneficiary({
  beneficiary,
  testId,
}: {
  beneficiary: ClaimBeneficiaryShape | null | undefined;
  /** The officer's link, for the tests. */
  testId: string;
}) {
  const { t, label, fullNameOf } = useFormat();
  if (!beneficiary) return <>—</>;
  const officer = officerOf(beneficiary);
  const link = (
    <Anchor
      component={Link}
      to={`/officers/${encodeURIComponent(officer.matricule)}`}
      underline="always"
      fz="inherit"
      data-testid={testId}
    >
      {fullNameOf(officer)}
    </Anchor>
  );
  if (beneficiary.__typename === 'Officer')
    return (
      <>
        {link}
        <Text size="xs" c="dimmed">
          {t('officer')} · {t('matricule')}
          {t('labelSeparator')}
          {officer.matricule}
        </Text>
      </>
    );
  return (
    <>
      {fullNameOf(beneficiary)}
      <Text size="xs" c="dimmed">
        {label('DependentRelation', beneficiary.relation)} · {t('officer')}
        {t('labelSeparator')}
        {link}
      </Text>
    </>
  );
}

/**
 * Where a hospitalisation stands with the prior authorisation its approval
 * rests on (`Claim.priorAuthorisation`): granted (for which day), requested
 * and not yet decided, refused, or none, the last three saying it cannot be
 * approved; `children` is what the reader can do about it (decide it, ask
 * for one).
 */
export function ClaimAuthorisation({
  id,
  authorisation,
  children,
}: {
  id: string;
  authorisation: { status: string; plannedDate: string } | null;
  children?: ReactNode;
}) {
  const { t, date } = useFormat();
  const status = authorisation?.status ?? 'NONE';
  const when = authorisation ? date(authorisation.plannedDate) : '';
  return (
    <Text
      id={id}
      size="xs"
      mb={4}
      c={status === 'GRANTED' ? undefined : 'red.9'}
      fw={status === 'GRANTED' ? undefined : 700}
      data-testid="claim-authorisation"
      data-status={status}
    >
      {status === 'GRANTED'
        ? t('authorisationGranted', { date: when })
        : status === 'REQUESTED'
          ? t('authorisationRequested', { date: when })
          : status === 'REFUSED'
            ? t('authorisationRefused', { date: when })
            : t('authorisationNone')}
      {children ? <> {children}</> : null}
    </Text>
  );
}

/**
 * A claim opened in its row (a work queue's, an officer's file's): its
 * provider, diagnoses, lines (each act named in the page's language, with
 * what was claimed and approved) and supporting documents: what the medical
 * advisor decides on, and what tells the officer why a claim was paid in
 * part. Clinical: read only when opened, logged by the mutual, kept out of
 * the client's cache.
 */
export function ClaimDetail({ id, names }: { id: string; names: ClaimNames }) {
  const { t, money, providerOf } = useFormat();
  const state = useOperation(ClaimDetailDocument, { id }, false, true);
  // Shown once the codes can be named, never first as bare codes.
  if (state.loading || !names.ready) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const detail = state.result.data?.claim;
  return (
    <>
      <ErrorMessage errors={state.result.errors} testId="claim-detail-error" />
      {detail ? (
        <>
          <Text size="sm" data-testid="claim-provider">
            {t('field.providerId')}
            {t('labelSeparator')}
            {detail.provider ? providerOf(detail.provider) : '—'}
          </Text>
          <Text size="sm" data-testid="claim-diagnoses">
            {t('diagnoses')}
            {t('labelSeparator')}
            {detail.diagnosisCodes?.length ? null : '—'}
          </Text>
          {/* One a line: a diagnosis's name has commas of its own. */}
          {detail.diagnosisCodes?.length ? (
            <List size="sm">
              {detail.diagnosisCodes.map((code) => (
                <List.Item key={code} data-testid="claim-diagnosis" data-code={code}>
                  {names.diagnosis(code)}
                </List.Item>
              ))}
            </List>
          ) : null}
          <Table my="xs" withTableBorder aria-label={t('field.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('act')}</Table.Th>
                <Table.Th ta="end">{t('field.lines.quantity')}</Table.Th>
                <Table.Th ta="end">{t('unitPrice')}</Table.Th>
                <Table.Th ta="end">{t('amountClaimed')}</Table.Th>
                <Table.Th ta="end">{t('amountApproved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.lines.map((line, index) => (
                <Table.Tr key={index} data-testid="claim-line" data-act={line.actCode ?? ''}>
                  <Table.Td>{line.actCode ? names.act(line.actCode) : '—'}</Table.Td>
                  <Table.Td ta="end">{line.quantity}</Table.Td>
                  <Table.Td ta="end">{money(line.unitPrice)}</Table.Td>
                  <Table.Td ta="end">{money(line.amountClaimed)}</Table.Td>
                  <Table.Td ta="end">{line.amountApproved === null ? '—' : money(line.amountApproved)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={600}>
            {t('documentsTitle')}
          </Text>
          <DocumentList documents={detail.documents ?? []} testId="claim-document" />
        </>
      ) : null}
    </>
  );
}

/** One care type of a person's plan this year, as the API gives it (`Coverage.ceilingUse`). */
export interface CeilingUseShape {
  careType: CareType;
  rate: number;
  yearlyCeiling: string;
  approved: string;
  remaining: string;
  /** Claimed by the claims of this type not decided yet; not taken from `remaining` until decided. */
  inProgress: string;
  claimsInProgress: number;
}

/** What a person's plan has left this year, to show while they are covered today; null otherwise, or not asked. */
export function ceilingsOf(
  coverage: { active: boolean; ceilingUse?: readonly CeilingUseShape[] | null } | null | undefined,
): readonly CeilingUseShape[] | null {
  return coverage?.active && coverage.ceilingUse ? coverage.ceilingUse : null;
}

/** The calendar year the API's ceilings are for: its clock's (UTC). */
export function ceilingsYear(): string {
  return new Date().toISOString().slice(0, 4);
}

function isReached(use: CeilingUseShape): boolean {
  return Number(use.remaining) === 0;
}

/**
 * What each covered person's plan still reimburses this year: care types in
 * rows, people in columns, so "and for my wife's glasses?" is read across
 * one row. A care type the person's plan does not cover says so.
 */
export function PlanCeilings({
  people,
}: {
  people: readonly { id: string; name: ReactNode; ceilings: readonly CeilingUseShape[] }[];
}) {
  const { t, label, money, percent } = useFormat();
  const careTypes = Object.values(CareType).filter((careType) =>
    people.some((person) => person.ceilings.some((use) => use.careType === careType)),
  );
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs" data-testid="ceilings-intro">
        {t('ceilingsIntro')}
      </Text>
      <Table.ScrollContainer minWidth={160 * (people.length + 1)}>
        <Table striped data-testid="ceilings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('careType')}</Table.Th>
              {people.map((person) => (
                <Table.Th key={person.id} data-testid="ceilings-person" data-person={person.id}>
                  {person.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {careTypes.map((careType) => (
              <Table.Tr key={careType} data-testid="ceilings-row" data-care-type={careType}>
                <Table.Th scope="row" fw="normal">
                  {label('CareType', careType)}
                </Table.Th>
                {people.map((person) => {
                  const use = person.ceilings.find((row) => row.careType === careType);
                  return (
                    <Table.Td
                      key={person.id}
                      data-testid="ceiling"
                      data-person={person.id}
                      data-remaining={use?.remaining ?? ''}
                    >
                      {use ? (
                        <>
                          <Text fw={600} size="sm">
                            {money(use.remaining)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t('ceilingOf', { ceiling: money(use.yearlyCeiling), rate: percent(use.rate) })}
                          </Text>
                          {use.claimsInProgress > 0 ? (
                            <Text size="xs" data-testid="ceiling-in-progress" data-amount={use.inProgress}>
                              {t('ceilingInProgress', { count: use.claimsInProgress, amount: money(use.inProgress) })}
                            </Text>
                          ) : null}
                          {isReached(use) ? (
                            <Badge color="red" variant="light" tt="none" size="sm">
                              {label('RejectionCode', 'CEILING_REACHED')}
                            </Badge>
                          ) : null}
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {label('RejectionCode', 'NOT_COVERED')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/**
 * At the counter, under a claim being entered: what the chosen person's plan
 * has left this year for the chosen care type, what the claims of that type
 * still being examined ask for, and a warning when a claim would be rejected
 * for it (the ceiling reached, or a care type the plan does not cover).
 */
export function CeilingHint({
  name,
  careType,
  ceilings,
}: {
  name: string;
  careType: CareType;
  ceilings: readonly CeilingUseShape[];
}) {
  const { t, label, money, percent } = useFormat();
  const use = ceilings.find((row) => row.careType === careType);
  const year = ceilingsYear();
  if (use === undefined)
    return (
      <Alert color="yellow" p="xs" my="xs" data-testid="claim-ceiling" data-state="not-in-plan">
        {t('ceilingLeftNotInPlan', { name })}
      </Alert>
    );
  const words = {
    name,
    year,
    careType: label('CareType', careType),
    ceiling: money(use.yearlyCeiling),
    remaining: money(use.remaining),
    rate: percent(use.rate),
  };
  const inProgress =
    use.claimsInProgress > 0
      ? ` ${t('ceilingLeftInProgress', { count: use.claimsInProgress, amount: money(use.inProgress) })}`
      : '';
  return isReached(use) ? (
    <Alert color="yellow" p="xs" my="xs" data-testid="claim-ceiling" data-state="reached">
      {t('ceilingLeftReached', words)}
    </Alert>
  ) : (
    <Text
      size="sm"
      my="xs"
      data-testid="claim-ceiling"
      data-state="left"
      data-remaining={use.remaining}
      data-in-progress={use.inProgress}
    >
      {t('ceilingLeft', words)}
      {inProgress}
    </Text>
  );
}

const ESTIMATE_WORDS: Record<ClaimEstimateOutcome, MessageId> = {
  APPROVED: 'estimateApproved',
  PARTIALLY_APPROVED: 'estimatePartial',
  CEILING_REACHED: 'estimateCeiling',
  NOT_COVERED: 'estimateNotCovered',
};

/**
 * Beside the advisor's decision: what approving the claim would reimburse,
 * as the API computes it (`Claim.estimate`), and when approval would turn
 * into a rejection, why. Its id describes the approve button.
 */
export function ApprovalEstimate({
  id,
  estimate,
}: {
  id: string;
  estimate: {
    outcome: ClaimEstimateOutcome;
    amount: string;
    reimbursable: string;
    rate: number;
    yearlyCeiling: string;
    ceilingLeft: string;
  };
}) {
  const { t, money, percent } = useFormat();
  return (
    <Text
      id={id}
      size="xs"
      my={4}
      fw={estimate.outcome === 'APPROVED' ? undefined : 600}
      data-testid="claim-estimate"
      data-outcome={estimate.outcome}
      data-amount={estimate.amount}
    >
      {t(ESTIMATE_WORDS[estimate.outcome], {
        amount: money(estimate.amount),
        reimbursable: money(estimate.reimbursable),
        rate: percent(estimate.rate),
        ceiling: money(estimate.yearlyCeiling),
        left: money(estimate.ceilingLeft),
      })}
    </Text>
  );
}
