import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { postGraphQL, UnauthenticatedError, type GraphQLResult } from './graphql';
import { translate, type Lang, type MessageKey } from './i18n';
import { decodeClaims, isExpired, type TokenClaims } from './jwt';
import { navigate } from './router';

const TOKEN_KEY = 'dsp.token';
const LANG_KEY = 'dsp.lang';

export interface Session {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey) => string;
  token: string | null;
  claims: TokenClaims | null;
  signIn: (token: string) => void;
  /** The tab held a token that had expired when the page loaded: the sign-in page says why. */
  expiredOnLoad: boolean;
  /** Clears the token; `expired` tells the sign-in page to say why. */
  signOut: (expired?: boolean) => void;
  request: <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) => Promise<GraphQLResult<TData>>;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): { token: string | null; expired: boolean } {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return { token: null, expired: false };
  const claims = decodeClaims(token);
  if (!claims || isExpired(claims, Date.now())) {
    sessionStorage.removeItem(TOKEN_KEY);
    return { token: null, expired: claims !== null };
  }
  return { token, expired: false };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'ar' ? 'ar' : 'fr'));
  const [stored] = useState(storedToken);
  const [token, setToken] = useState<string | null>(stored.token);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);

  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setToken(next);
  }, []);

  const signOut = useCallback((expired = false) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    navigate(expired ? '/signin?expired=1' : '/signin', { replace: true });
  }, []);

  const request = useCallback(
    async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<GraphQLResult<TData>> => {
      if (!token) throw new UnauthenticatedError();
      try {
        return await postGraphQL(token, document, variables);
      } catch (error) {
        if (error instanceof UnauthenticatedError) signOut(true);
        throw error;
      }
    },
    [token, signOut],
  );

  const value = useMemo<Session>(
    () => ({ lang, setLang, t: (key) => translate(lang, key), token, claims: token ? decodeClaims(token) : null, signIn, expiredOnLoad: stored.expired, signOut, request }),
    [lang, setLang, token, signIn, stored.expired, signOut, request],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export type QueryState<TData> = { loading: true; result?: undefined; failure?: undefined } | { loading: false; result: GraphQLResult<TData>; failure?: undefined } | { loading: false; result?: undefined; failure: string };

/** Runs one operation whenever its variables change; `skip` holds it back. */
export function useOperation<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, skip = false): QueryState<TData> {
  const { request } = useSession();
  const [state, setState] = useState<QueryState<TData>>({ loading: true });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState({ loading: true });
    request(document, JSON.parse(key) as TVariables).then(
      (result) => current && setState({ loading: false, result }),
      (error: unknown) => {
        if (current && !(error instanceof UnauthenticatedError)) setState({ loading: false, failure: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [document, key, skip, request]);
  return state;
}
