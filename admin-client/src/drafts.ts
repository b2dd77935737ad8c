/**
 * What a session's end must not lose (README, "Sign-in"): the page the user
 * was on and what they had typed into its forms. Both are kept for the tab
 * (sessionStorage, like the token), the drafts under the user's subject, so
 * that signing in again as the same user finds them and nobody else does.
 * An explicit sign-out forgets them all.
 */

const DRAFT_PREFIX = 'dsp.draft.';
const RETURN_KEY = 'dsp.returnTo';

/** A form's values and the idempotency key of their submission. */
export interface Draft {
  values: Record<string, string>;
  key: string;
}

function draftKey(sub: string, place: string, form: string): string {
  return `${DRAFT_PREFIX}${JSON.stringify([sub, place, form])}`;
}

export function readDraft(sub: string, place: string, form: string): Draft | null {
  const stored = sessionStorage.getItem(draftKey(sub, place, form));
  if (stored === null) return null;
  try {
    const draft = JSON.parse(stored) as Partial<Draft>;
    const values = draft.values ?? {};
    const text = Object.values(values).every((value) => typeof value === 'string');
    return text && typeof draft.key === 'string' ? { values, key: draft.key } : null;
  } catch {
    return null;
  }
}

export function saveDraft(sub: string, place: string, form: string, draft: Draft): void {
  sessionStorage.setItem(draftKey(sub, place, form), JSON.stringify(draft));
}

export function dropDraft(sub: string, place: string, form: string): void {
  sessionStorage.removeItem(draftKey(sub, place, form));
}

/** Forgets every draft but those of `keep` (a user signing in keeps their own; sign-out keeps none). */
export function dropDrafts(keep: string | null = null): void {
  for (const name of Object.keys(sessionStorage)) {
    if (name.startsWith(DRAFT_PREFIX) && (keep === null || draftOwner(name) !== keep)) sessionStorage.removeItem(name);
  }
}

/** Whose draft a stored name is; null for a name this module did not write. */
function draftOwner(name: string): string | null {
  try {
    const [sub] = JSON.parse(name.slice(DRAFT_PREFIX.length)) as unknown[];
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}

/** A path of this site (never `//host`, which would leave it). */
function isOwnPath(path: string | null): path is string {
  return path !== null && path.startsWith('/') && !path.startsWith('//');
}

/** The page to come back to after signing in (a path of this site, with its query). */
export function rememberReturn(path: string): void {
  if (isOwnPath(path)) sessionStorage.setItem(RETURN_KEY, path);
}

/** The page to go to once signed in, once: the one remembered, or the home page. */
export function takeReturn(): string {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return isOwnPath(path) ? path : '/';
}

/** Forgets the page to come back to (an explicit sign-out). */
export function forgetReturn(): void {
  sessionStorage.removeItem(RETURN_KEY);
}
