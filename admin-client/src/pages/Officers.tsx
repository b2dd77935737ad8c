import { Anchor, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ClaimBeneficiary, officerOf } from '../claims';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { OfficersDocument, type OfficersQueryVariables } from '../gql/graphql';
import { useFormat } from '../intl';
import { readsApplications, readsClaims, referenceKind } from '../navigation';
import {
  ApplicationByReference,
  ClaimByReference,
  ReceiptLink,
  type ReceiptApplication,
  type ReceiptClaim,
} from '../references';
import { useOperation, useSession } from '../session';
import { RegisterOfficerForm } from './RegistryForms';

const PAGE = 20;

/**
 * A claim found by the reference on its receipt, for the roles that read
 * claims: whom it is for, the care, where it stands, and the way to it in
 * the officer's file (the claim marked there) and to its receipt.
 */
function FoundClaim({ claim }: { claim: ReceiptClaim }) {
  const { t, label, money, period } = useFormat();
  const person = claim.beneficiary;
  const officer = person ? officerOf(person) : null;
  return (
    <Paper withBorder p="md" data-testid="found-claim" data-id={claim.id} data-reference={claim.reference}>
      <Title order={3} size="h4" mb="xs">
        {t('claimFound', { reference: claim.reference })}
      </Title>
      <ClaimBeneficiary beneficiary={person} testId="found-claim-officer" />
      <Text size="sm" mt="xs" data-testid="found-claim-facts">
        {label('CareType', claim.careType)} · {period(claim.careStartDate, claim.careEndDate)} ·{' '}
        {money(claim.amountClaimed)} · {label('ClaimStatus', claim.status)}
      </Text>
      <Group gap="md" mt="xs">
        {officer ? (
          <Anchor
            component={Link}
            to={`/officers/${encodeURIComponent(officer.matricule)}?claim=${encodeURIComponent(claim.id)}`}
            size="sm"
            data-testid="found-claim-open"
          >
            {t('claimFoundOpen')}
          </Anchor>
        ) : null}
        <ReceiptLink kind="claim" reference={claim.reference}>
          {t('receiptLink')}
        </ReceiptLink>
      </Group>
    </Paper>
  );
}

/**
 * An application found by the reference on its receipt, for the roles that
 * read applications: whom it is for, the campaign, where it stands, and the
 * way to it in the officer's file (the application marked there) and to its
 * receipt.
 */
function FoundApplication({ application }: { application: ReceiptApplication }) {
  const { t, label, money, campaignOf, fullNameOf } = useFormat();
  const { officer, dependent } = application;
  return (
    <Paper
      withBorder
      p="md"
      data-testid="found-application"
      data-id={application.id}
      data-reference={application.reference}
    >
      <Title order={3} size="h4" mb="xs">
        {t('applicationFound', { reference: application.reference })}
      </Title>
      <Text data-testid="found-application-beneficiary">
        {dependent
          ? `${fullNameOf(dependent)} (${label('DependentRelation', dependent.relation)}) · ${fullNameOf(officer)}`
          : fullNameOf(officer)}
      </Text>
      <Text size="xs" c="dimmed">
        {officer.matricule}
      </Text>
      <Text size="sm" mt="xs" data-testid="found-application-facts">
        {campaignOf(application.campaign)} · {money(application.amount)} ·{' '}
        {label('ApplicationStatus', application.status)}
      </Text>
      <Group gap="md" mt="xs">
        <Anchor
          component={Link}
          to={`/officers/${encodeURIComponent(officer.matricule)}?application=${encodeURIComponent(application.id)}`}
          size="sm"
          data-testid="found-application-open"
        >
          {t('applicationFoundOpen')}
        </Anchor>
        <ReceiptLink kind="application" reference={application.reference}>
          {t('receiptLink')}
        </ReceiptLink>
      </Group>
    </Paper>
  );
}

/** The search box's words: what the role may look up besides names and matricules. */
function searchWords(findsClaims: boolean, findsApplications: boolean) {
  if (findsClaims) return findsApplications ? 'searchPlaceholderReferences' : 'searchPlaceholderClaims';
  return findsApplications ? 'searchPlaceholderApplications' : 'searchPlaceholder';
}

export function Officers() {
  const { claims } = useSession();
  const { t, label, nameOf } = useFormat();
  const navigate = useNavigate();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const q = params.get('q') ?? '';
  const after = params.get('after');
  const [text, setText] = useState(q);
  const variables: OfficersQueryVariables = { search: q || null, first: PAGE, after, region: claims?.region ?? null };
  // A regional role finds its own region's staff only: a region column would say the same name on every row.
  const everyRegion = !claims?.region;
  // The reference on a receipt finds its record for the roles that read such records: a claim's (RB-2026-002884)
  // for the Mutual's and the supervising roles, an application's (DS-2026-100123) for the Foundation's and the
  // supervising roles. The API ignores its letter case and the spaces around it. Any other text is a name.
  const findsClaims = readsClaims(claims?.role);
  const findsApplications = readsApplications(claims?.role);
  const kind = referenceKind(q);
  const claimAsked = findsClaims && kind === 'claim' ? q : null;
  const applicationAsked = findsApplications && kind === 'application' ? q : null;
  const referenceAsked = claimAsked !== null || applicationAsked !== null;
  const state = useOperation(OfficersDocument, variables, referenceAsked);
  const words = searchWords(findsClaims, findsApplications);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/officers?q=${encodeURIComponent(text.trim())}`);
  };
  const connection = state.result?.data?.officers ?? null;

  return (
    <>
      <Title order={2} my="md">
        {t('navOfficers')}
      </Title>
      <Group component="form" onSubmit={submit} role="search" align="end" mb="md">
        <TextInput
          flex={1}
          data-testid="officer-search"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t(words)}
          aria-label={t(words)}
        />
        <Button type="submit">{t('search')}</Button>
      </Group>
      {claimAsked !== null ? (
        <ClaimByReference reference={claimAsked} notFoundTestId="found-claim-none">
          {(claim) => <FoundClaim claim={claim} />}
        </ClaimByReference>
      ) : null}
      {applicationAsked !== null ? (
        <ApplicationByReference reference={applicationAsked} notFoundTestId="found-application-none">
          {(application) => <FoundApplication application={application} />}
        </ApplicationByReference>
      ) : null}
      {/* A reference asked reads no officers: nothing of them is loading. */}
      {!referenceAsked && state.loading ? <Loading /> : null}
      {state.failure !== undefined ? <Failure message={state.failure} /> : null}
      {state.result && !connection ? <ErrorMessage errors={state.result.errors} /> : null}
      {connection ? (
        <>
          <Text data-testid="officer-count" data-value={connection.totalCount}>
            {t('results', { count: connection.totalCount })}
          </Text>
          <Table striped data-testid="officer-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matricule')}</Table.Th>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('rank')}</Table.Th>
                {everyRegion ? <Table.Th>{t('region')}</Table.Th> : null}
                <Table.Th>{t('coverage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.matricule}>
                  <Table.Td>
                    <Anchor component={Link} to={`/officers/${encodeURIComponent(node.matricule)}`}>
                      {node.matricule}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <BothScripts fr={node.fullName} ar={node.fullNameAr} />
                  </Table.Td>
                  <Table.Td>{label('Rank', node.rank)}</Table.Td>
                  {everyRegion ? <Table.Td data-code={node.region.code}>{nameOf(node.region)}</Table.Td> : null}
                  <Table.Td>{node.coverage ? (node.coverage.active ? t('covered') : t('notCovered')) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Anchor
              component={Link}
              to={`/officers?q=${encodeURIComponent(q)}&after=${encodeURIComponent(connection.pageInfo.endCursor)}`}
            >
              {t('more')}
            </Anchor>
          ) : null}
        </>
      ) : null}
      {claims?.role === 'NATIONAL_ADMIN' || claims?.role === 'FOUNDATION_AGENT' ? <RegisterOfficerForm /> : null}
    </>
  );
}
