import { type Caller } from '@dsp/common';
import { type CallerScope, openCallerScope, type ScopedContext } from '@dsp/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createLoaders, type MutualLoaders } from './loaders';

export interface MutualContext extends ScopedContext, CallerScope {
  loaders: MutualLoaders;
}

/** The request's context: its caller checked against the head terms the registry feed brings (see openCallerScope). */
export async function createMutualContext(dataSource: DataSource, identity: Caller): Promise<MutualContext> {
  const scope = await openCallerScope(dataSource, identity);
  return { ...scope, loaders: createLoaders(scope.db, scope.caller) };
}
