import type { DataSource } from 'typeorm';
import { ForbiddenError } from '@dsp/common';
import type { Caller } from '@dsp/common';
import { callerSettings, RequestScope } from './request-scope';

/** A request's caller as its service's access rules see them, and its transaction. */
export interface CallerScope {
  /**
   * Whom the access rules see: the token's caller, without a region when a
   * REGIONAL_HEAD token's subject is not the region's current head.
   */
  caller: Caller;
  /** The caller the token names, unchanged (what `me` answers). */
  identity: Caller;
  /** Why every regional refusal happens, when the token's head is not the current head. */
  refusal: string | undefined;
  /** The request's transaction: the only way request code reaches the database. */
  db: RequestScope;
}

/**
 * Opens a request's scope. A REGIONAL_HEAD token counts only while the
 * service's head terms name its subject head of its region: each service's
 * database has an `is_current_head(sub, region)` function (the foundation
 * reads its appointments, the mutual its copy of them from the registry
 * feed), checked in the statement that applies the caller's settings, so a
 * replaced head loses access on the next request, with no extra round trip.
 */
export async function openCallerScope(dataSource: DataSource, identity: Caller): Promise<CallerScope> {
  const isHead = identity.role === 'REGIONAL_HEAD';
  const db = new RequestScope(dataSource, callerSettings(identity), isHead ? 'is_current_head' : undefined);
  const confirmed = !isHead || (await db.confirmsRegion());
  const caller = confirmed ? identity : { ...identity, region: null };
  const refusal = confirmed ? undefined : `You are not (or no longer) the head of region ${identity.region ?? ''}.`;
  return { caller, identity, refusal, db };
}

/** Refuses with FORBIDDEN (and no data) unless `allowed`; a replaced head is told why first. */
export function requireAccess(scope: Pick<CallerScope, 'refusal'>, allowed: boolean, message?: string): void {
  if (allowed) return;
  throw new ForbiddenError(scope.refusal && message ? `${scope.refusal} ${message}` : (scope.refusal ?? message));
}
