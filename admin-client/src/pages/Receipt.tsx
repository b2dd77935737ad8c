import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import '../print.css';
import { decisionReasonText } from '../applications';
import { officerOf } from '../claims';
import { BothScripts } from '../components';
import { useFormat } from '../intl';
import { ApplicationByReference, ClaimByReference, type ReceiptApplication, type ReceiptClaim } from '../references';
import { useSession } from '../session';
import { todayUtc } from '../calendar';

/** One line of a receipt: its words, and the API's value for the tests. */
function Line({ field, label, value, children }: { field: string; label: string; value: string; children: ReactNode }) {
  return (
    <Table.Tr data-testid="receipt-field" data-field={field} data-value={value}>
      <Table.Th scope="row" fw="normal" w="35%">
        {label}
      </Table.Th>
      <Table.Td fw={600}>{children}</Table.Td>
    </Table.Tr>
  );
}

/**
 * A receipt as both organisations print it: the way back to the officer's
 * file (or the officer's own space) and the print button, off paper; then
 * the organisation and region, the title, the reference, the lines, and
 * what the receipt proves.
 */
function ReceiptSheet({
  reference,
  organisation,
  title,
  matricule,
  keep,
  children,
}: {
  reference: string;
  /** The organisation and the region, as the sheet's first line says them. */
  organisation: string;
  title: string;
  /** The officer whose file the way back opens; none when the API refused the names. */
  matricule: string | null;
  keep: string;
  children: ReactNode;
}) {
  const { t } = useFormat();
  const { claims } = useSession();
  return (
    <article data-testid="receipt" data-reference={reference}>
      <Group justify="space-between" align="start" my="md" className="no-print">
        {matricule !== null ? (
          <Anchor
            component={Link}
            to={claims?.role === 'OFFICER' ? '/me' : `/officers/${encodeURIComponent(matricule)}`}
          >
            {t('back')}
          </Anchor>
        ) : (
          <span />
        )}
        <Button variant="default" onClick={() => window.print()} data-testid="receipt-print">
          {t('reportPrint')}
        </Button>
      </Group>
      <Paper withBorder p="lg" maw={760}>
        <Text size="sm" c="dimmed">
          {organisation}
        </Text>
        <Title order={2} mt={4}>
          {title}
        </Title>
        <Text size="xl" fw={700} my="md" data-testid="receipt-reference">
          <bdi dir="ltr">{reference}</bdi>
        </Text>
        <Table>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
        <Text size="sm" mt="md" data-testid="receipt-keep">
          {keep}
        </Text>
      </Paper>
    </article>
  );
}

/**
 * The receipt of a claim entered, to print and hand over at the counter, or
 * for the officer to print again (/receipts/claims/RB-2026-000123): whom it
 * is for, the care and the amount claimed, where it stands today, and the
 * reference to follow it by. Nothing clinical: no act, diagnosis nor
 * authorisation. Whoever may read the claim may print it; the API refuses
 * the others.
 */
export function ClaimReceiptPage() {
  const { reference = '' } = useParams();
  return (
    <ClaimByReference reference={reference} notFoundTestId="receipt-not-found">
      {(claim) => <ClaimReceipt claim={claim} />}
    </ClaimByReference>
  );
}

function ClaimReceipt({ claim }: { claim: ReceiptClaim }) {
  const { t, label, money, date, dateTime, period, nameOf, providerOf } = useFormat();
  const person = claim.beneficiary;
  const officer = person ? officerOf(person) : null;
  return (
    <ReceiptSheet
      reference={claim.reference}
      organisation={`${t('mutual')} · ${nameOf(claim.handlingRegion)}`}
      title={t('receiptTitle')}
      matricule={officer?.matricule ?? null}
      keep={t('receiptKeep', { reference: claim.reference })}
    >
      <Line field="submittedAt" label={t('submitted')} value={claim.submittedAt}>
        {dateTime(claim.submittedAt)}
      </Line>
      {officer ? (
        <Line field="officer" label={t('officer')} value={officer.matricule}>
          <BothScripts fr={officer.fullName} ar={officer.fullNameAr} /> · {officer.matricule}
        </Line>
      ) : null}
      {person?.__typename === 'Dependent' ? (
        <Line field="beneficiary" label={t('beneficiary')} value={person.id}>
          <BothScripts fr={person.fullName} ar={person.fullNameAr} /> · {label('DependentRelation', person.relation)}
        </Line>
      ) : null}
      <Line field="careType" label={t('careType')} value={claim.careType}>
        {label('CareType', claim.careType)}
      </Line>
      <Line field="care" label={t('careDates')} value={`${claim.careStartDate}/${claim.careEndDate}`}>
        {period(claim.careStartDate, claim.careEndDate)}
      </Line>
      {claim.provider ? (
        <Line field="provider" label={t('field.providerId')} value={claim.provider.nameFr}>
          {providerOf(claim.provider)}
        </Line>
      ) : null}
      <Line field="amountClaimed" label={t('receiptAmountClaimed')} value={claim.amountClaimed}>
        {money(claim.amountClaimed)}
      </Line>
      <Line field="status" label={t('receiptStatus', { date: date(todayUtc()) })} value={claim.status}>
        {label('ClaimStatus', claim.status)}
        {claim.rejectionCode ? ` — ${label('RejectionCode', claim.rejectionCode)}` : null}
      </Line>
    </ReceiptSheet>
  );
}

/**
 * The receipt of an application submitted, to print and hand over at the
 * Foundation's counter, or for the officer to print again
 * (/receipts/applications/DS-2026-100123): whom it is for, the campaign and
 * the amount asked, where it stands today, and the reference to follow it
 * by. Whoever may read the application may print it; the API refuses the
 * others.
 */
export function ApplicationReceiptPage() {
  const { reference = '' } = useParams();
  return (
    <ApplicationByReference reference={reference} notFoundTestId="receipt-not-found">
      {(application) => <ApplicationReceipt application={application} />}
    </ApplicationByReference>
  );
}

function ApplicationReceipt({ application }: { application: ReceiptApplication }) {
  const { t, label, money, date, dateTime, nameOf, campaignOf } = useFormat();
  const reason = decisionReasonText(label, application);
  const { officer, dependent, campaign } = application;
  return (
    <ReceiptSheet
      reference={application.reference}
      organisation={`${t('foundation')} · ${nameOf(application.region)}`}
      title={t('applicationReceiptTitle')}
      matricule={officer.matricule}
      keep={t('applicationReceiptKeep', { reference: application.reference })}
    >
      <Line field="submittedAt" label={t('applicationSubmittedOn')} value={application.submittedAt}>
        {dateTime(application.submittedAt)}
      </Line>
      <Line field="officer" label={t('officer')} value={officer.matricule}>
        <BothScripts fr={officer.fullName} ar={officer.fullNameAr} /> · {officer.matricule}
      </Line>
      {dependent ? (
        <Line field="beneficiary" label={t('beneficiary')} value={dependent.id}>
          <BothScripts fr={dependent.fullName} ar={dependent.fullNameAr} /> ·{' '}
          {label('DependentRelation', dependent.relation)}
        </Line>
      ) : null}
      <Line field="campaign" label={t('campaign')} value={campaign.id}>
        {campaignOf(campaign)} ·{' '}
        {t('campaignPeriod', { opens: date(campaign.opensOn), closes: date(campaign.closesOn) })}
      </Line>
      <Line field="amount" label={t('applicationReceiptAmount')} value={application.amount}>
        {money(application.amount)}
      </Line>
      <Line field="status" label={t('applicationReceiptStatus', { date: date(todayUtc()) })} value={application.status}>
        {label('ApplicationStatus', application.status)}
        {reason === null ? null : ` — ${reason}`}
      </Line>
    </ReceiptSheet>
  );
}
