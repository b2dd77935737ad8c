import type { ApolloClient, OperationVariables } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, OperationTypeNode } from 'graphql';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createApolloClient } from './apollo';
import { dropDrafts, forgetReturn } from './drafts';
import { toResult, UnauthenticatedError, type GraphQLResult } from './graphql';
import {
  createTheme,
  DirectionProvider,
  MantineProvider,
  useDirection,
  type CSSVariablesResolver,
} from '@mantine/core';
import { LangProvider, type Lang } from './intl';
import { decodeClaims, isExpired, type TokenClaims } from './jwt';
import { renewOidcTokens, type OidcTokens } from './oidc';

const TOKEN_KEY = 'dsp.token';
const REFRESH_KEY = 'dsp.refresh';
const LANG_KEY = 'dsp.lang';

/** A session renews its token when a third of its life is left, and at the latest this long before it ends. */
const RENEW_BEFORE_END_MS = 5 * 60_000;
/** A renewal that failed (the provider out of reach) is tried again after this, while the token lasts. */
const RENEW_RETRY_MS = 15_000;

export interface Session {
  lang: Lang;
  setLang: (lang: Lang) => void;
  token: string | null;
  claims: TokenClaims | null;
  /** Starts a session with the user's access token and, from the provider, a refresh token that renews it. */
  signIn: (token: string, refreshToken?: string | null) => void;
  /** The session ended because the token expired or was refused (on load or since): the sign-in page says why. */
  expired: boolean;
  /** Clears the token (the app then brings back the sign-in page); `expired` tells the sign-in page to say why. */
  signOut: (expired?: boolean) => void;
  request: <TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ) => Promise<GraphQLResult<TData>>;
  /** Reads again every query on screen (after a CONFLICT: what someone else changed). */
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): { token: string | null; expired: boolean } {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return { token: null, expired: false };
  const claims = decodeClaims(token);
  // An expired token with a refresh token is kept for the session to renew at once (the tab was closed or asleep).
  if (!claims || (isExpired(claims, Date.now()) && !sessionStorage.getItem(REFRESH_KEY))) {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(REFRESH_KEY);
    return { token: null, expired: claims !== null };
  }
  return { token, expired: false };
}

// Text and links dark enough to read (WCAG AA contrast, checked by axe in the browser tests).
const theme = createTheme({ primaryShade: 8 });
const readableColours: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

/** Arabic pages read right to left: the <html> element and Mantine's components follow the language. */
function PageDirection({ lang }: { lang: Lang }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.documentElement.lang = lang;
    setDirection(dir);
  }, [lang, setDirection]);
  return null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'ar' ? 'ar' : 'fr'));
  const [stored] = useState(storedToken);
  const [token, setToken] = useState<string | null>(stored.token);
  const [expired, setExpired] = useState(stored.expired);
  const [refreshToken, setRefreshToken] = useState<string | null>(() =>
    stored.token ? sessionStorage.getItem(REFRESH_KEY) : null,
  );

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);

  // The Apollo link reads the token when it sends, so one client serves the whole session.
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const refusedRef = useRef<(refused: { token: string | null; retried: boolean }) => Promise<boolean>>(() =>
    Promise.resolve(false),
  );
  const [client] = useState(() =>
    createApolloClient(
      () => tokenRef.current,
      (refused) => refusedRef.current(refused),
    ),
  );

  /** Keeps the session's tokens, in the tab's storage, for the next request and in the state. */
  const keep = useCallback(({ accessToken, refreshToken: refresh }: OidcTokens) => {
    sessionStorage.setItem(TOKEN_KEY, accessToken);
    if (refresh) sessionStorage.setItem(REFRESH_KEY, refresh);
    else sessionStorage.removeItem(REFRESH_KEY);
    tokenRef.current = accessToken;
    setToken(accessToken);
    setRefreshToken(refresh);
  }, []);

  // A new access token for the refresh token, one request at a time: a provider that rotates refresh tokens takes
  // a second use of one as theft and ends the session.
  const refreshRef = useRef(refreshToken);
  refreshRef.current = refreshToken;
  const renewal = useRef<Promise<void> | null>(null);
  const renew = useCallback((): Promise<void> => {
    const refresh = refreshRef.current;
    if (!refresh) return Promise.reject(new Error('no refresh token'));
    renewal.current ??= renewOidcTokens(refresh)
      .then((renewed) => {
        // Signed out, or signed in again, while the provider answered: the answer is for a session that is over.
        if (refreshRef.current !== refresh) return;
        refreshRef.current = renewed.refreshToken;
        keep(renewed);
      })
      .finally(() => {
        renewal.current = null;
      });
    return renewal.current;
  }, [keep]);

  const signOut = useCallback(
    (becauseExpired = false) => {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(REFRESH_KEY);
      refreshRef.current = null;
      setRefreshToken(null);
      // A session that ended keeps the page and the drafts for the same user's return; signing out keeps nothing.
      if (!becauseExpired) {
        dropDrafts();
        forgetReturn();
      }
      setExpired(becauseExpired);
      setToken(null);
      // Nothing the last user read stays for the next one.
      void client.clearStore();
    },
    [client],
  );

  const signIn = useCallback(
    (next: string, refresh: string | null = null) => {
      // What another user typed before the session ended is not for this one.
      dropDrafts(decodeClaims(next)?.sub ?? null);
      setExpired(false);
      refreshRef.current = refresh;
      keep({ accessToken: next, refreshToken: refresh });
    },
    [keep],
  );

  // With a refresh token, the session goes on past its access token's end: a new one, asked for ahead of time,
  // takes its place, the pages and forms untouched. Without one, or when the provider refuses, it ends as before.
  useEffect(() => {
    const end = token ? decodeClaims(token)?.exp : null;
    if (!refreshToken || end == null) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = () => {
      renew().catch(() => {
        if (!cancelled && Date.now() + RENEW_RETRY_MS < end * 1000) timer = setTimeout(attempt, RENEW_RETRY_MS);
      });
    };
    const remaining = end * 1000 - Date.now();
    timer = setTimeout(attempt, Math.max(0, remaining - Math.min(remaining / 3, RENEW_BEFORE_END_MS)));
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [token, refreshToken, renew]);

  // A token the gateway refused (expired while the computer slept, say) is renewed when it can be, and the request
  // goes again with the new one; a token already replaced is not renewed again. Without a refresh token, when the
  // renewal fails or when the new token is refused too, the session ends.
  refusedRef.current = async ({ token: refused, retried }) => {
    if (!retried && refused !== null && refused !== tokenRef.current && tokenRef.current !== null) return true;
    if (retried || !refreshRef.current) {
      signOut(true);
      return false;
    }
    try {
      await renew();
      return tokenRef.current !== null;
    } catch {
      signOut(true);
      return false;
    }
  };

  const request = useCallback(
    async <TData, TVariables extends OperationVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ): Promise<GraphQLResult<TData>> => {
      if (!token) throw new UnauthenticatedError();
      if (getOperationAST(document)?.operation === OperationTypeNode.MUTATION) {
        // Every page on screen reads again what the change may have moved (budgets, statuses, lists).
        const { data, error } = await client.mutate({
          mutation: document,
          variables,
          errorPolicy: 'all',
          refetchQueries: 'active',
          awaitRefetchQueries: true,
        } as ApolloClient.MutateOptions<TData, TVariables>);
        return toResult(data, error);
      }
      const { data, error } = await client.query({
        query: document,
        variables,
        errorPolicy: 'all',
        fetchPolicy: 'network-only',
      } as ApolloClient.QueryOptions<TData, TVariables>);
      return toResult(data, error);
    },
    [token, client],
  );

  const value = useMemo<Session>(
    () => ({
      lang,
      setLang,
      token,
      claims: token ? decodeClaims(token) : null,
      signIn,
      expired,
      signOut,
      request,
      reload: () => void client.refetchQueries({ include: 'active' }),
    }),
    [lang, setLang, token, signIn, expired, signOut, request, client],
  );
  return (
    <DirectionProvider initialDirection={lang === 'ar' ? 'rtl' : 'ltr'} detectDirection={false}>
      <PageDirection lang={lang} />
      <MantineProvider theme={theme} cssVariablesResolver={readableColours}>
        <LangProvider lang={lang}>
          <ApolloProvider client={client}>
            <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
          </ApolloProvider>
        </LangProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export type QueryState<TData> =
  | { loading: true; result?: undefined; failure?: undefined }
  | { loading: false; result: GraphQLResult<TData>; failure?: undefined }
  | { loading: false; result?: undefined; failure: string };

/**
 * Runs one query whenever its variables change, from the network, then follows the cache (a mutation elsewhere
 * shows here); `skip` holds it back; `noCache` keeps the answer out of the cache (what is never to be cached).
 */
export function useOperation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  skip = false,
  noCache = false,
): QueryState<TData> {
  const { data, error, loading } = useQuery(document, {
    variables,
    skip,
    errorPolicy: 'all',
    fetchPolicy: noCache ? 'no-cache' : 'network-only',
  } as useQuery.Options<TData, TVariables>);
  // While a page reads again what it shows, it keeps showing it (and the forms in it).
  if (skip || (loading && data === undefined)) return { loading: true };
  try {
    return { loading: false, result: toResult(data, error) };
  } catch (failure) {
    // A refused token: the error link already brings back the sign-in page.
    if (failure instanceof UnauthenticatedError) return { loading: true };
    return { loading: false, failure: failure instanceof Error ? failure.message : String(failure) };
  }
}
