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
  /** The request's transaction: the only way request code reaches the database. */
  db: RequestScope;
  loaders: FoundationLoaders;
  settings: FoundationSettings;
}

export function createFoundationContext(dataSource: DataSource, settings: FoundationSettings, caller: Caller): FoundationContext {
  const db = new RequestScope(dataSource, callerSettings(caller));
  return { caller, db, loaders: createLoaders(db), settings };
}
