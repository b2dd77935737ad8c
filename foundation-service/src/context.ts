import { callerSettings, RequestScope, type Caller, type ScopedContext } from '@dsp/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type FoundationLoaders } from './loaders';

/** Settings that change what resolvers compute, fixed when the service starts. */
export interface FoundationSettings {
  /** A head's term in years; past it, `rotationDue` is true. */
  headTermYears: number;
  /** Whole years of service a head needs at the start of the term. */
  headMinServiceYears: number;
  /** The training code a head must have completed. */
  headRequiredTraining: string;
}

export interface FoundationContext extends ScopedContext {
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
  loaders: FoundationLoaders;
  settings: FoundationSettings;
}

/**
 * A REGIONAL_HEAD token counts only while the appointments name its subject
 * head of its region: the scope checks it in the statement that applies the
 * caller's settings, so a replaced head loses access on the next request.
 */
export async function createFoundationContext(dataSource: DataSource, settings: FoundationSettings, identity: Caller): Promise<FoundationContext> {
  const isHead = identity.role === 'REGIONAL_HEAD';
  const db = new RequestScope(dataSource, callerSettings(identity), isHead ? 'is_current_head' : undefined);
  const confirmed = !isHead || (await db.confirmsRegion());
  const caller = confirmed ? identity : { ...identity, region: null };
  const refusal = confirmed ? undefined : `You are not (or no longer) the head of region ${identity.region ?? ''}.`;
  return { caller, identity, refusal, db, loaders: createLoaders(db), settings };
}
