import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { isUnauthenticated } from './apollo';

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; service?: string; [key: string]: unknown };
}

export interface GraphQLResult<TData> {
  data: TData | null;
  errors: GraphQLErrorShape[];
}

/** The gateway said the token is missing or expired: the user must sign in again. */
export class UnauthenticatedError extends Error {
  constructor() {
    super('UNAUTHENTICATED');
  }
}

/** An Apollo answer as the pages read it: the data and the GraphQL errors; a refused token or a network failure throws. */
export function toResult<TData>(data: TData | null | undefined, error: unknown): GraphQLResult<TData> {
  if (isUnauthenticated(error)) throw new UnauthenticatedError();
  if (error === undefined) return { data: data ?? null, errors: [] };
  if (CombinedGraphQLErrors.is(error)) return { data: data ?? null, errors: error.errors as GraphQLErrorShape[] };
  if (ServerError.is(error))
    return { data: null, errors: [{ message: `HTTP ${error.statusCode}`, extensions: { code: 'HTTP_ERROR' } }] };
  throw error instanceof Error ? error : new Error('unexpected answer from the gateway');
}

/** The error about one subgraph being down, if there is one. */
export function unavailable(
  errors: readonly GraphQLErrorShape[],
  service: 'foundation' | 'mutual',
): GraphQLErrorShape | undefined {
  return errors.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions.service === service);
}

/** Errors whose path starts with the given fields (for example ['region', 'health']). */
export function errorsAt(
  errors: readonly GraphQLErrorShape[],
  prefix: readonly (string | number)[],
): GraphQLErrorShape[] {
  return errors.filter((e) => e.path !== undefined && prefix.every((p, i) => e.path?.[i] === p));
}
