import { type Caller } from '@dsp/common';
import {
  type CallerScope,
  type Documents,
  documentsBaseUrl,
  openCallerScope,
  type ScopedContext,
} from '@dsp/subgraph-kit';
import type { IncomingMessage } from 'node:http';
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
  /** Days within which an application should be decided (APPLICATION_TARGET_DAYS). */
  applicationTargetDays: number;
}

export interface FoundationContext extends ScopedContext, CallerScope {
  loaders: FoundationLoaders;
  settings: FoundationSettings;
  /** The documents' store and keys; undefined when no document key is configured. */
  documents: Documents | undefined;
  /** Where browsers reach this subgraph (upload and download URLs). */
  publicBaseUrl: string;
}

/** The request's context: its caller checked against the appointments (see openCallerScope). */
export async function createFoundationContext(
  dataSource: DataSource,
  settings: FoundationSettings,
  identity: Caller,
  documents?: Documents,
  request?: IncomingMessage,
): Promise<FoundationContext> {
  const scope = await openCallerScope(dataSource, identity);
  return {
    ...scope,
    loaders: createLoaders(scope.db, scope.caller),
    settings,
    documents,
    publicBaseUrl: documents ? documentsBaseUrl(documents.settings, request?.headers.host) : '',
  };
}
