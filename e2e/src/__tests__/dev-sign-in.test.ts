import { startPlatform, type Platform } from '../platform';

describe('the local sign-in at the gateway', () => {
  let platform: Platform;
  let base: string;

  beforeAll(async () => {
    platform = await startPlatform();
    base = platform.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(() => platform.stop());

  it('tells the client that demonstration sign-in is on and lists the users, the FES head among them', async () => {
    expect(await (await fetch(`${base}/auth/config`)).json()).toEqual({ oidc: null, devTokens: true });
    const { users } = (await (await fetch(`${base}/dev/users`)).json()) as {
      users: { id: string; role: string; region: string | null }[];
    };
    expect(users).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'head-fes', role: 'REGIONAL_HEAD', region: 'FES' })]),
    );
  });

  it('gives a token for a demonstration user that the API accepts, and refuses an unknown user', async () => {
    const answer = await fetch(`${base}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'head-fes' }),
    });
    const { token } = (await answer.json()) as { token: string };
    const response = await platform.query<{ region: { code: string } }>(token, '{ region(code: "FES") { code } }');
    expect(response.data?.region.code).toBe('FES');
    const unknown = await fetch(`${base}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'root' }),
    });
    expect(unknown.status).toBe(400);
  });
});
