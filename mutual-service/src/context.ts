import { type Caller } from '@dsp/common';
import {
  type CallerScope,
  type Documents,
  documentsBaseUrl,
  openCallerScope,
  type ScopedContext,
} from '@dsp/subgraph-kit';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { createLoaders, type MutualLoaders } from './loaders';

export interface MutualContext extends ScopedContext, CallerScope {
  loaders: MutualLoaders;
  /** The documents' store and keys; undefined when no document key is configured. */
  documents: Documents | undefined;
  /** Where browsers reach this subgraph, for upload and download links. */
  publicBaseUrl: string;
}

/** The request's context: its caller checked against the head terms the registry feed brings (see openCallerScope). */
export async function createMutualContext(
  dataSource: DataSource,
  identity: Caller,
  documents: Documents | undefined,
  request: Request | undefined,
): Promise<MutualContext> {
  const scope = await openCallerScope(dataSource, identity);
  return {
    ...scope,
    loaders: createLoaders(scope.db, scope.caller),
    documents,
    publicBaseUrl: documents ? documentsBaseUrl(documents.settings, request?.headers.host) : '',
  };
}
