import { useEffect, useState } from 'react';
import { Failure, Loading } from '../components';
import { beginOidcSignIn, type OidcSettings } from '../oidc';
import { navigate, useLocation } from '../router';
import { useSession } from '../session';

interface AuthConfig {
  oidc: OidcSettings | null;
  devTokens: boolean;
}
interface DevUser {
  id: string;
  label: string;
  role: string;
  region: string | null;
  sub: string;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  const response = await fetch('/auth/config');
  if (!response.ok) throw new Error(`/auth/config: HTTP ${response.status}`);
  return (await response.json()) as AuthConfig;
}

export function SignIn() {
  const { t, signIn } = useSession();
  const { search } = useLocation();
  const expired = new URLSearchParams(search).has('expired');
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [users, setUsers] = useState<DevUser[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    fetchAuthConfig()
      .then(async (loaded) => {
        setConfig(loaded);
        if (loaded.devTokens) {
          const response = await fetch('/dev/users');
          setUsers(((await response.json()) as { users: DevUser[] }).users);
        }
      })
      .catch((error: unknown) => setFailure(String(error)));
  }, []);

  const pick = async (user: DevUser) => {
    try {
      const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: user.id }) });
      if (!response.ok) throw new Error(`/dev/token: HTTP ${response.status}`);
      signIn(((await response.json()) as { token: string }).token);
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(String(error));
    }
  };

  return (
    <section className="signin">
      <h2>{t('signInTitle')}</h2>
      {expired ? (
        <p className="notice" data-testid="session-expired">
          {t('sessionExpired')}
        </p>
      ) : null}
      {failure ? <Failure message={failure} /> : null}
      {!config && !failure ? <Loading /> : null}
      {config?.oidc ? (
        <button type="button" className="primary" data-testid="sign-in-oidc" onClick={() => void beginOidcSignIn(config.oidc!).catch((e: unknown) => setFailure(String(e)))}>
          {t('signInOidc')}
        </button>
      ) : null}
      {config?.devTokens ? (
        <>
          <p>{t('signInDevIntro')}</p>
          <ul className="dev-users">
            {users.map((user) => (
              <li key={user.id}>
                <button type="button" data-user={user.id} onClick={() => void pick(user)}>
                  {user.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {config && !config.oidc && !config.devTokens ? <p>{t('signInUnavailable')}</p> : null}
    </section>
  );
}
