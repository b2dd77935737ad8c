import { isRegionCode, type RegionCode } from '../regions';

/** The roles of docs/architecture.md. */
export const ROLES = [
  'NATIONAL_ADMIN',
  'REGIONAL_HEAD',
  'FOUNDATION_AGENT',
  'MUTUAL_AGENT',
  'MEDICAL_ADVISOR',
  'OFFICER',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles scoped to one region: their tokens must name it. */
export const REGIONAL_ROLES: ReadonlySet<Role> = new Set<Role>(['REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking: from the user's token at the gateway, from the gateway's token in a subgraph. */
export interface Caller {
  /** The subject: for an OFFICER, their matricule. */
  sub: string;
  role: Role;
  /** The region of a regional role; null for national roles and officers. */
  region: RegionCode | null;
}

/**
 * Reads a caller from token claims, or says in words why the claims are not
 * a usable identity (unknown role, a regional role without a valid region).
 */
export function callerFromClaims(claims: Record<string, unknown>): Caller | string {
  const { sub, role, region } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) return 'the token has no subject';
  if (!isRole(role)) return 'the token has no known role';
  if (REGIONAL_ROLES.has(role)) {
    if (typeof region !== 'string' || !isRegionCode(region)) return `a ${role} token must name a known region`;
    return { sub, role, region };
  }
  return { sub, role, region: null };
}
