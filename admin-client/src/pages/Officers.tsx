import { Anchor, Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { BothScripts, ErrorMessage, Failure, Loading } from '../components';
import { OfficersDocument, type OfficersQueryVariables } from '../gql/graphql';
import { useFormat } from '../intl';
import { useOperation, useSession } from '../session';
import { RegisterOfficerForm } from './RegistryForms';

const PAGE = 20;

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
  const state = useOperation(OfficersDocument, variables);

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
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
        />
        <Button type="submit">{t('search')}</Button>
      </Group>
      {state.loading ? <Loading /> : null}
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
