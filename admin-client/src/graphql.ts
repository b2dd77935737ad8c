import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
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

/** Posts one operation of schemas/operations (typed by src/gql) to the gateway's /graphql with the user's token. */
export async function postGraphQL<TData, TVariables>(token: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<GraphQLResult<TData>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TData | null; errors?: GraphQLErrorShape[] };
  const errors = body.errors ?? [];
  if (response.status === 401 || errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw new UnauthenticatedError();
  if (!response.ok && body.data === undefined && errors.length === 0) {
    return { data: null, errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'HTTP_ERROR' } }] };
  }
  return { data: body.data ?? null, errors };
}

/** The error about one subgraph being down, if there is one. */
export function unavailable(errors: readonly GraphQLErrorShape[], service: 'foundation' | 'mutual'): GraphQLErrorShape | undefined {
  return errors.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions.service === service);
}

/** Errors whose path starts with the given fields (for example ['region', 'health']). */
export function errorsAt(errors: readonly GraphQLErrorShape[], prefix: readonly (string | number)[]): GraphQLErrorShape[] {
  return errors.filter((e) => e.path !== undefined && prefix.every((p, i) => e.path?.[i] === p));
}
