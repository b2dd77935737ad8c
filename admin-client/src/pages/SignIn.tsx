import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Failure, Loading } from '../components';
import { takeReturn } from '../drafts';
import { type AuthConfig, beginOidcSignIn, fetchAuthConfig } from '../oidc';
import { useFormat } from '../intl';
import { useSession } from '../session';

interface DevUser {
  id: string;
  label: string;
  role: string;
  region: string | null;
  sub: string;
}

export function SignIn() {
  const { signIn } = useSession();
  const { t, label } = useFormat();
  const navigate = useNavigate();
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
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: user.id }),
      });
      if (!response.ok) throw new Error(`/dev/token: HTTP ${response.status}`);
      signIn(((await response.json()) as { token: string }).token);
      void navigate(takeReturn(), { replace: true });
    } catch (error) {
      setFailure(String(error));
    }
  };

  return (
    <Stack component="section" maw={480} my="md">
      <Title order={2}>{t('signInTitle')}</Title>
      {expired ? (
        <Alert color="yellow" data-testid="session-expired">
          {t('sessionExpired')}
        </Alert>
      ) : null}
      {failure ? <Failure message={failure} /> : null}
      {!config && !failure ? <Loading /> : null}
      {config?.oidc ? (
        <Button
          data-testid="sign-in-oidc"
          onClick={() => void beginOidcSignIn(config.oidc!).catch((e: unknown) => setFailure(String(e)))}
        >
          {t('signInOidc')}
        </Button>
      ) : null}
      {config?.devTokens ? (
        <>
          <Text>{t('signInDevIntro')}</Text>
          <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
            {users.map((user) => (
              <li key={user.id}>
                <Button fullWidth variant="default" justify="start" data-user={user.id} onClick={() => void pick(user)}>
                  {label('Role', user.role)}
                  {user.region ? ` — ${user.region}` : null} ({user.sub})
                </Button>
              </li>
            ))}
          </Stack>
        </>
      ) : null}
      {config && !config.oidc && !config.devTokens ? <Text>{t('signInUnavailable')}</Text> : null}
    </Stack>
  );
}
