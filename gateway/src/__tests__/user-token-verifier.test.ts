import { signUserToken } from '@dsp/common';
import { SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { createUserTokenVerifier } from '../auth/user-token-verifier';

const identityProvider = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519');
const verify = createUserTokenVerifier({
  issuer: 'https://idp.example',
  audience: 'dual-supervision',
  algorithms: ['EdDSA'],
  key: { publicKey: identityProvider.publicKey },
  clockToleranceSeconds: 30,
});
const fesHead = { sub: '101365', role: 'REGIONAL_HEAD', region: 'FES' } as const;

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function refusal(
  authorization: string | undefined,
): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try {
    await verify(authorization);
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('the token was accepted');
}

describe('user tokens at the gateway', () => {
  it('reads the caller from a valid token', async () => {
    const token = await signUserToken(identityProvider.privateKey, fesHead, { issuer: 'https://idp.example' });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual(fesHead);
  });

  it.each([
    ['missing', undefined],
    ['not a bearer token', 'Basic dXNlcjpwYXNz'],
    ['malformed', 'Bearer not.a.jwt'],
  ])('refuses a %s token as UNAUTHENTICATED with HTTP 401', async (_case, header) => {
    const error = await refusal(header);
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('refuses a token signed with another key', async () => {
    const token = await signUserToken(forger.privateKey, fesHead, { issuer: 'https://idp.example' });
    expect((await refusal(`Bearer ${token}`)).message).toBe('Unauthenticated: your token is not valid.');
  });

  it('refuses an expired token, beyond the clock tolerance, and says so', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: 'REGIONAL_HEAD', region: 'FES' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('101365')
      .setIssuer('https://idp.example')
      .setAudience('dual-supervision')
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 60)
      .sign(identityProvider.privateKey);
    expect((await refusal(`Bearer ${token}`)).message).toBe('Unauthenticated: your token has expired; sign in again.');
  });

  it('accepts a token expired within the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: 'NATIONAL_ADMIN' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('admin')
      .setIssuer('https://idp.example')
      .setAudience('dual-supervision')
      .setExpirationTime(now - 5)
      .sign(identityProvider.privateKey);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ sub: 'admin', role: 'NATIONAL_ADMIN', region: null });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${base64url({ alg: 'none' })}.${base64url({ ...fesHead, iss: 'https://idp.example', aud: 'dual-supervision', exp: now + 600 })}.`;
    expect((await refusal(`Bearer ${token}`)).message).toBe('Unauthenticated: your token is not valid.');
  });

  it('refuses another issuer or audience', async () => {
    const otherIssuer = await signUserToken(identityProvider.privateKey, fesHead, { issuer: 'https://evil.example' });
    const otherAudience = await signUserToken(identityProvider.privateKey, fesHead, {
      issuer: 'https://idp.example',
      audience: 'another-app',
    });
    expect((await refusal(`Bearer ${otherIssuer}`)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await refusal(`Bearer ${otherAudience}`)).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an accepted token once it has expired, beyond the clock tolerance', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
    try {
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ role: 'REGIONAL_HEAD', region: 'FES' })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('101365')
        .setIssuer('https://idp.example')
        .setAudience('dual-supervision')
        .setExpirationTime(now + 60)
        .sign(identityProvider.privateKey);
      await expect(verify(`Bearer ${token}`)).resolves.toEqual(fesHead);
      jest.advanceTimersByTime(89_000);
      await expect(verify(`Bearer ${token}`)).resolves.toEqual(fesHead);
      jest.advanceTimersByTime(2_000);
      expect((await refusal(`Bearer ${token}`)).message).toBe(
        'Unauthenticated: your token has expired; sign in again.',
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a forged copy of an accepted token', async () => {
    const token = await signUserToken(identityProvider.privateKey, fesHead, { issuer: 'https://idp.example' });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual(fesHead);
    const [header, payload] = token.split('.');
    const forged = await signUserToken(forger.privateKey, fesHead, { issuer: 'https://idp.example' });
    expect((await refusal(`Bearer ${header}.${payload}.${forged.split('.')[2]}`)).message).toBe(
      'Unauthenticated: your token is not valid.',
    );
  });

  it('refuses a valid signature over claims that are not an identity', async () => {
    const noRegion = await signUserToken(
      identityProvider.privateKey,
      { sub: 'x', role: 'REGIONAL_HEAD', region: null },
      { issuer: 'https://idp.example' },
    );
    expect((await refusal(`Bearer ${noRegion}`)).message).toBe(
      'Unauthenticated: a REGIONAL_HEAD token must name a known region.',
    );
  });
});
