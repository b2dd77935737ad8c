import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { callerFromClaims } from '../identity/caller';
import { signIdentityToken, verifyIdentityToken } from '../identity/identity-token';

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

  it('are refused unsigned (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...fesHead, iss: 'dsp-gateway', aud: 'foundation', iat: now, exp: now + 60 })}.`;
    await expect(verifyIdentityToken(gateway.publicKey, token, 'foundation')).rejects.toThrow('not valid');
  });
});

describe('callerFromClaims', () => {
  it('requires a known role, and a known region for regional roles', () => {
    expect(callerFromClaims({ sub: 'a', role: 'NATIONAL_ADMIN', region: 'FES' })).toEqual({ sub: 'a', role: 'NATIONAL_ADMIN', region: null });
    expect(callerFromClaims({ sub: 'a', role: 'SUPERUSER' })).toBe('the token has no known role');
    expect(callerFromClaims({ sub: 'a', role: 'REGIONAL_HEAD' })).toMatch(/must name a known region/);
    expect(callerFromClaims({ sub: 'a', role: 'MUTUAL_AGENT', region: 'PARIS' })).toMatch(/must name a known region/);
  });
});
