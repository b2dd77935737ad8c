import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import '../print.css';
import { ClaimByReference, officerOf, type ReceiptClaim } from '../claims';
import { BothScripts } from '../components';
import { useFormat } from '../intl';
import { useSession } from '../session';

/** One line of the receipt: its words, and the API's value for the tests. */
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
  const { claims } = useSession();
  const person = claim.beneficiary;
  const officer = person ? officerOf(person) : null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article data-testid="receipt" data-reference={claim.reference}>
      <Group justify="space-between" align="start" my="md" className="no-print">
        {officer ? (
          <Anchor
            component={Link}
            to={claims?.role === 'OFFICER' ? '/me' : `/officers/${encodeURIComponent(officer.matricule)}`}
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
          {t('mutual')} · {nameOf(claim.handlingRegion)}
        </Text>
        <Title order={2} mt={4}>
          {t('receiptTitle')}
        </Title>
        <Text size="xl" fw={700} my="md" data-testid="receipt-reference">
          <bdi dir="ltr">{claim.reference}</bdi>
        </Text>
        <Table>
          <Table.Tbody>
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
                <BothScripts fr={person.fullName} ar={person.fullNameAr} /> ·{' '}
                {label('DependentRelation', person.relation)}
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
            <Line field="status" label={t('receiptStatus', { date: date(today) })} value={claim.status}>
              {label('ClaimStatus', claim.status)}
              {claim.rejectionCode ? ` — ${label('RejectionCode', claim.rejectionCode)}` : null}
            </Line>
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="md" data-testid="receipt-keep">
          {t('receiptKeep', { reference: claim.reference })}
        </Text>
      </Paper>
    </article>
  );
}
