import type { Role } from './gql/graphql';
import type { MessageId } from './messages/ids';

/** A page of the menu and the roles that may use it (README, "Access"): a role never sees a link to a page the API refuses it. */
export interface NavItem {
  path: string;
  label: MessageId;
  roles: readonly string[];
}

const STAFF = ['NATIONAL_ADMIN', 'REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT', 'MEDICAL_ADVISOR'];

export const NAV: readonly NavItem[] = [
  { path: '/me', label: 'navMySpace', roles: ['OFFICER'] },
  // Region figures are the foundation's: the mutual's roles and officers are refused them.
  { path: '/dashboard', label: 'navDashboard', roles: ['NATIONAL_ADMIN', 'REGIONAL_HEAD', 'FOUNDATION_AGENT'] },
  { path: '/national', label: 'navNational', roles: ['NATIONAL_ADMIN'] },
  { path: '/officers', label: 'navOfficers', roles: STAFF },
  { path: '/queues', label: 'navQueues', roles: STAFF },
  { path: '/campaigns', label: 'navCampaigns', roles: ['NATIONAL_ADMIN'] },
  { path: '/heads', label: 'navHeads', roles: ['NATIONAL_ADMIN'] },
  // The Mutual's agents read the Mutual's records' histories alone (readsTrail in history.ts).
  { path: '/audit', label: 'navAudit', roles: ['NATIONAL_ADMIN', 'REGIONAL_HEAD', 'MUTUAL_AGENT'] },
  // Solidarity candidates join both organisations' figures: only the region's head and the national administration.
  { path: '/solidarity', label: 'navSolidarity', roles: ['NATIONAL_ADMIN', 'REGIONAL_HEAD'] },
  // Not /health: the gateway answers its liveness check there, so a reload would show that instead of the page.
  { path: '/health-work', label: 'navHealthWork', roles: ['MUTUAL_AGENT'] },
  { path: '/prior-authorisations', label: 'navPriorAuthorisations', roles: ['MUTUAL_AGENT', 'MEDICAL_ADVISOR'] },
  // The API explorer (GraphiQL) is a tool of the national administration's technical staff, not of the daily work.
  { path: '/graphiql', label: 'navApiExplorer', roles: ['NATIONAL_ADMIN'] },
];

/**
 * Where each role's day starts, the page of what it acts on first (README, "Menus and homes by role"):
 * the national administration's comparison of the 17 regions, a head's regional dashboard, each agent's
 * and the medical advisor's work queues, an officer's own space.
 */
const HOMES: Readonly<Record<Role, string>> = {
  NATIONAL_ADMIN: '/national',
  REGIONAL_HEAD: '/dashboard',
  FOUNDATION_AGENT: '/queues',
  MUTUAL_AGENT: '/queues',
  MEDICAL_ADVISOR: '/queues',
  OFFICER: '/me',
};

function isRole(role: string | undefined): role is Role {
  return role !== undefined && Object.hasOwn(HOMES, role);
}

/** The menu of a role: its home first, then the other pages in the menu's order. */
export function navFor(role: string | undefined): NavItem[] {
  if (!isRole(role)) return [];
  const items = NAV.filter((item) => item.roles.includes(role));
  return [...items.filter((item) => item.path === HOMES[role]), ...items.filter((item) => item.path !== HOMES[role])];
}

/** Where a role lands: its home, or the sign-in page for no known role. */
export function homeOf(role: string | undefined): string {
  return isRole(role) ? HOMES[role] : '/signin';
}

/** Whether a role may open a page; officers' files (/officers/:matricule) follow the staff list's rule. */
export function mayOpen(role: string | undefined, pathname: string): boolean {
  const item = NAV.find((n) => pathname === n.path || pathname.startsWith(`${n.path}/`));
  return item === undefined || (role !== undefined && item.roles.includes(role));
}

/** Whether a role reads the Foundation's applications of an officer's file (the Mutual's roles do not: README, "Access"). */
export function readsApplications(role: string | undefined): boolean {
  return role !== 'MUTUAL_AGENT' && role !== 'MEDICAL_ADVISOR';
}

/**
 * Whether a staff role reads claims (a region's for its head and mutual agents, every region's for the national
 * administration and the medical advisors): the foundation's agents do not (README, "Access").
 */
export function readsClaims(role: string | undefined): boolean {
  return role === 'NATIONAL_ADMIN' || role === 'REGIONAL_HEAD' || role === 'MUTUAL_AGENT' || role === 'MEDICAL_ADVISOR';
}

/**
 * Whether a role enters, decides or receives a person's care (the mutual's agents, the medical advisors, the
 * officer): it reads their clinical detail (health documents, acts, diagnoses) and what their plan has left this
 * year; the API refuses both to the others (README, "Clinical data and family links").
 */
export function handlesCare(role: string | undefined): boolean {
  return role === 'MUTUAL_AGENT' || role === 'MEDICAL_ADVISOR' || role === 'OFFICER';
}

/** The records people name by a printed reference: a claim (RB-2026-102884) and an application (DS-2026-100123). */
export type ReferenceKind = 'claim' | 'application';

const REFERENCE_PREFIXES: Record<string, ReferenceKind> = { RB: 'claim', DS: 'application' };

/**
 * What a text names when it is a reference as printed on a receipt, whatever its letter case and the spaces
 * around it: a claim's (RB-…) or an application's (DS-…); null for any other text (a name, a matricule).
 */
export function referenceKind(text: string): ReferenceKind | null {
  const prefix = /^([a-z]{2})-\d{4}-\d+$/i.exec(text.trim())?.[1];
  return prefix === undefined ? null : (REFERENCE_PREFIXES[prefix.toUpperCase()] ?? null);
}

/** The printable receipt of a claim or an application, by the reference people know it by. */
export function receiptPath(kind: ReferenceKind, reference: string): string {
  return `/receipts/${kind === 'claim' ? 'claims' : 'applications'}/${encodeURIComponent(reference)}`;
}
