import { decodeClaims, isExpired } from '../jwt';

function token(payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'EdDSA', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`;
}

describe('reading the token for display', () => {
  it('reads sub, role, region and exp from the payload (UTF-8, base64url)', () => {
    expect(decodeClaims(token({ sub: 'head-fès', role: 'REGIONAL_HEAD', region: 'FES', exp: 2_000_000_000 }))).toEqual({
      sub: 'head-fès',
      role: 'REGIONAL_HEAD',
      region: 'FES',
      exp: 2_000_000_000,
    });
  });

  it('a national role has no region', () => {
    expect(decodeClaims(token({ sub: 'admin', role: 'NATIONAL_ADMIN' }))).toMatchObject({
      role: 'NATIONAL_ADMIN',
      region: null,
      exp: null,
    });
  });

  it('is null for what is not a JWT', () => {
    expect(decodeClaims('abc')).toBeNull();
    expect(decodeClaims('a.b.c')).toBeNull();
    expect(decodeClaims(token({ role: 'OFFICER' }))).toBeNull();
  });

  it('expiry compares exp (seconds) with now (milliseconds)', () => {
    const claims = { sub: 's', role: 'OFFICER', region: null, exp: 1000 };
    expect(isExpired(claims, 999_999)).toBe(false);
    expect(isExpired(claims, 1_000_000)).toBe(true);
    expect(isExpired({ ...claims, exp: null }, 5e12)).toBe(false);
  });
});
