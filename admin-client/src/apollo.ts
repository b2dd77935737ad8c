import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

/** The hex SHA-256 of an operation's text, for automatic persisted queries (the gateway keeps the text by hash). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The gateway said the token is missing, refused or expired. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * The client's one Apollo Client: a cache normalised by each entity's federation
 * key, so an entity changed by a mutation is changed on every page that shows it;
 * operations sent as persisted queries with the session's bearer token.
 */
export function createApolloClient(token: () => string | null, onUnauthenticated: () => void): ApolloClient {
  const auth = new SetContextLink((context) => {
    const current = token();
    return current
      ? { headers: { ...(context.headers as Record<string, string> | undefined), authorization: `Bearer ${current}` } }
      : {};
  });
  const signOutOnRefusal = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      signOutOnRefusal,
      auth,
      new PersistedQueryLink({ sha256 }),
      new HttpLink({ uri: '/graphql' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        Officer: { keyFields: ['matricule'] },
        Dependent: { keyFields: ['id'] },
        Application: { keyFields: ['id'] },
        Claim: { keyFields: ['id'] },
      },
    }),
  });
}
