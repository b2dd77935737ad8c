import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Failure, Loading } from '../components';
import { takeReturn } from '../drafts';
import { completeOidcSignIn, fetchAuthConfig } from '../oidc';
import { useSession } from '../session';

/** Where the identity provider sends the browser back with a code. */
export function Callback() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      const config = await fetchAuthConfig();
      if (!config.oidc) throw new Error('OpenID Connect is not configured');
      const tokens = await completeOidcSignIn(config.oidc, new URL(window.location.href));
      signIn(tokens.accessToken, tokens.refreshToken);
      await navigate(takeReturn(), { replace: true });
    })().catch((error: unknown) => setFailure(String(error)));
  }, [signIn, navigate]);
  return failure ? <Failure message={failure} /> : <Loading />;
}
