import { callerSettings, RequestScope, type Caller, type ScopedContext } from '@dsp/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type MutualLoaders } from './loaders';

export interface MutualContext extends ScopedContext {
  /** The request's transaction: the only way request code reaches the database. */
  db: RequestScope;
  loaders: MutualLoaders;
}

export function createMutualContext(dataSource: DataSource, caller: Caller): MutualContext {
  const db = new RequestScope(dataSource, callerSettings(caller));
  return { caller, db, loaders: createLoaders(db, caller) };
}
