import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { useSession } from '../session';
import { print } from 'graphql';
import { RegionalDashboardDocument } from '../gql/graphql';

/** GraphiQL, bundled, sending the signed-in user's token to the gateway. */
export default function GraphiQLPage() {
  const { token, signOut } = useSession();
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
    <div style={{ height: 'calc(100vh - 120px)' }} data-testid="graphiql">
      <GraphiQL fetcher={fetcher} defaultQuery={print(RegionalDashboardDocument)} />
    </div>
  );
}
