import { Stack, Text, Title } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { useFormat } from '../intl';
import { useSession } from '../session';
import { print } from 'graphql';
import { NationalComparisonDocument } from '../gql/graphql';

/** The API explorer (GraphiQL, bundled) of the national administration, sending the signed-in user's token to the gateway. */
export default function GraphiQLPage() {
  const { token, signOut } = useSession();
  const { t } = useFormat();
  const fetcher = useMemo(
    () => async (params: unknown) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(params),
      });
      if (response.status === 401) signOut(true);
      return (await response.json()) as Record<string, unknown>;
    },
    [token, signOut],
  );
  return (
    <Stack gap={0}>
      <Stack gap={4} px="md" py="xs">
        <Title order={2}>{t('navApiExplorer')}</Title>
        <Text size="sm">{t('apiExplorerIntro')}</Text>
      </Stack>
      {/* GraphiQL's own labels stay in English: it has no French or Arabic. */}
      <div style={{ height: 'calc(100vh - 200px)' }} data-testid="graphiql" dir="ltr" lang="en">
        <GraphiQL fetcher={fetcher} defaultQuery={print(NationalComparisonDocument)} />
      </div>
    </Stack>
  );
}
