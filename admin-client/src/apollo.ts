import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { from, mergeMap, throwError } from 'rxjs';

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
export function createApolloClient(
  token: () => string | null,
  onRefused: (refused: { token: string | null; retried: boolean }) => Promise<boolean>,
): ApolloClient {
  const auth = new SetContextLink((context) => {
    const current = token();
    return current
      ? {
          headers: { ...(context.headers as Record<string, string> | undefined), authorization: `Bearer ${current}` },
          sentToken: current,
        }
      : {};
  });
  // A refused token: `onRefused` (told which token the request carried, and whether it was already sent again) says
  // whether the session has a new one; the request then goes again once with it, else its refusal stands. The
  // gateway refuses before running anything, so a mutation sent again is not applied twice.
  const retryOnRenewal = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error)) return;
    const context = operation.getContext();
    const refused = { token: (context.sentToken as string | undefined) ?? null, retried: context.retried === true };
    return from(onRefused(refused)).pipe(
      mergeMap((renewed) => {
        if (!renewed) return throwError(() => error);
        operation.setContext({ retried: true });
        return forward(operation);
      }),
    );
  });
  return new ApolloClient({
    link: ApolloLink.from([
      retryOnRenewal,
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
