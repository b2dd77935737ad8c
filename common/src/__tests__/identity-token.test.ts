import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { callerFromClaims } from '../identity/caller';
import {
  createIdentityVerifier,
  IdentityTokenSigner,
  rememberAcceptedTokens,
  signIdentityToken,
  verifyIdentityToken,
} from '../identity/identity-token';

const gateway = generateKeyPairSync('ed25519');
const impostor = generateKeyPairSync('ed25519');
const fesHead = { sub: '101365', role: 'REGIONAL_HEAD', region: 'FES' } as const;

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('gateway identity tokens', () => {
  it('carry the caller to the subgraph they were signed for', async () => {
    const token = await signIdentityToken(gateway.privateKey, fesHead, 'foundation');
    await expect(verifyIdentityToken(gateway.publicKey, token, 'foundation')).resolves.toEqual(fesHead);
  });

  it('are refused by another subgraph', async () => {
    const token = await signIdentityToken(gateway.privateKey, fesHead, 'foundation');
    await expect(verifyIdentityToken(gateway.publicKey, token, 'mutual')).rejects.toThrow('not valid');
  });

  it('are refused when signed with another key', async () => {
    const token = await signIdentityToken(impostor.privateKey, fesHead, 'foundation');
    await expect(verifyIdentityToken(gateway.publicKey, token, 'foundation')).rejects.toThrow('not valid');
  });

  it('are refused once expired', async () => {
    const token = await new SignJWT({ role: 'REGIONAL_HEAD', region: 'FES' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('101365')
      .setIssuer('dsp-gateway')
      .setAudience('foundation')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(gateway.privateKey);
    await expect(verifyIdentityToken(gateway.publicKey, token, 'foundation')).rejects.toThrow('expired');
  });

  it('say what jose would have signed: the EdDSA header, the caller, issuer, audience and a 60-second life', async () => {
    const token = await signIdentityToken(gateway.privateKey, fesHead, 'foundation');
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({ alg: 'EdDSA', typ: 'JWT' });
    const claims = decodeJwt(token);
    expect(claims).toEqual({
      role: 'REGIONAL_HEAD',
      region: 'FES',
      sub: '101365',
      iss: 'dsp-gateway',
      aud: 'foundation',
      iat: expect.any(Number) as number,
      exp: (claims.iat ?? 0) + 60,
    });
  });

  it('are signed with an Ed25519 private key only', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expect(signIdentityToken(rsa.privateKey, fesHead, 'foundation')).rejects.toThrow('Ed25519');
    await expect(signIdentityToken(gateway.publicKey, fesHead, 'foundation')).rejects.toThrow('Ed25519');
  });

  it('are refused unsigned (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...fesHead, iss: 'dsp-gateway', aud: 'foundation', iat: now, exp: now + 60 })}.`;
    await expect(verifyIdentityToken(gateway.publicKey, token, 'foundation')).rejects.toThrow('not valid');
  });
});

describe('reused identity tokens', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('are signed once per caller and subgraph, and afresh once half their life has passed', async () => {
    const signer = new IdentityTokenSigner(gateway.privateKey);
    const first = await signer.token(fesHead, 'foundation');
    jest.advanceTimersByTime(29_000);
    expect(await signer.token(fesHead, 'foundation')).toBe(first);
    jest.advanceTimersByTime(2_000);
    const renewed = await signer.token(fesHead, 'foundation');
    expect(decodeJwt(renewed).iat).toBe(Number(decodeJwt(first).iat) + 31);
    await expect(verifyIdentityToken(gateway.publicKey, renewed, 'foundation')).resolves.toEqual(fesHead);
  });

  it('never serve one caller or subgraph the token of another', async () => {
    const signer = new IdentityTokenSigner(gateway.privateKey);
    const callers = [
      fesHead,
      { ...fesHead, region: 'RABAT' },
      { ...fesHead, role: 'FOUNDATION_AGENT' },
      { ...fesHead, sub: '101366' },
    ] as const;
    const tokens = await Promise.all(callers.map((caller) => signer.token(caller, 'foundation')));
    expect(new Set(tokens).size).toBe(callers.length);
    for (const [i, caller] of callers.entries())
      await expect(verifyIdentityToken(gateway.publicKey, tokens[i], 'foundation')).resolves.toEqual(caller);
    const forMutual = await signer.token(fesHead, 'mutual');
    await expect(verifyIdentityToken(gateway.publicKey, forMutual, 'foundation')).rejects.toThrow('not valid');
    await expect(verifyIdentityToken(gateway.publicKey, forMutual, 'mutual')).resolves.toEqual(fesHead);
  });

  it('are checked once while acceptable, again once not, and refusals every time', async () => {
    const checked: string[] = [];
    const verify = rememberAcceptedTokens((token) => {
      checked.push(token);
      return token === 'good'
        ? Promise.resolve({ caller: fesHead, untilMs: Date.now() + 10_000 })
        : Promise.reject(new Error('refused'));
    });
    await expect(verify('good')).resolves.toEqual(fesHead);
    await expect(verify('good')).resolves.toEqual(fesHead);
    await expect(verify('bad')).rejects.toThrow('refused');
    await expect(verify('bad')).rejects.toThrow('refused');
    expect(checked).toEqual(['good', 'bad', 'bad']);
    jest.advanceTimersByTime(10_000);
    await expect(verify('good')).resolves.toEqual(fesHead);
    expect(checked).toEqual(['good', 'bad', 'bad', 'good']);
  });

  it('are refused by a subgraph that accepted them once they have expired', async () => {
    const verify = createIdentityVerifier(gateway.publicKey, 'foundation');
    const token = await signIdentityToken(gateway.privateKey, fesHead, 'foundation');
    await expect(verify(token)).resolves.toEqual(fesHead);
    jest.advanceTimersByTime(64_000);
    await expect(verify(token)).resolves.toEqual(fesHead);
    jest.advanceTimersByTime(2_000);
    await expect(verify(token)).rejects.toThrow('expired');
  });

  it('are checked afresh when they differ from an accepted one by a single character', async () => {
    const verify = createIdentityVerifier(gateway.publicKey, 'foundation');
    const token = await signIdentityToken(gateway.privateKey, fesHead, 'foundation');
    await expect(verify(token)).resolves.toEqual(fesHead);
    // The signature's first character: all six of its bits count (the last one's low bits are padding).
    const at = token.lastIndexOf('.') + 1;
    const changed = token[at] === 'A' ? 'B' : 'A';
    await expect(verify(`${token.slice(0, at)}${changed}${token.slice(at + 1)}`)).rejects.toThrow('not valid');
  });
});

describe('callerFromClaims', () => {
  it('requires a known role, and a known region for regional roles', () => {
    expect(callerFromClaims({ sub: 'a', role: 'NATIONAL_ADMIN', region: 'FES' })).toEqual({
      sub: 'a',
      role: 'NATIONAL_ADMIN',
      region: null,
    });
    expect(callerFromClaims({ sub: 'a', role: 'SUPERUSER' })).toBe('the token has no known role');
    expect(callerFromClaims({ sub: 'a', role: 'REGIONAL_HEAD' })).toMatch(/must name a known region/);
    expect(callerFromClaims({ sub: 'a', role: 'MUTUAL_AGENT', region: 'PARIS' })).toMatch(/must name a known region/);
  });
});
