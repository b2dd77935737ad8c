/** The claims the client reads from the user's token (never trusted: the gateway verifies it). */
export interface TokenClaims {
  sub: string;
  role: string;
  region: string | null;
  exp: number | null;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The payload of a JWT, for display (role, region) and expiry; null when it is not one. */
export function decodeClaims(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    if (typeof payload.sub !== 'string') return null;
    return {
      sub: payload.sub,
      role: typeof payload.role === 'string' ? payload.role : 'UNKNOWN',
      region: typeof payload.region === 'string' ? payload.region : null,
      exp: typeof payload.exp === 'number' ? payload.exp : null,
    };
  } catch {
    return null;
  }
}

/** Whether the token's `exp` has passed at `nowMs`. */
export function isExpired(claims: TokenClaims, nowMs: number): boolean {
  return claims.exp !== null && claims.exp * 1000 <= nowMs;
}
