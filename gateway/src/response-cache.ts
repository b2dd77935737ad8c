import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import type { ClinicalFields } from './clinical-fields';
import type { GatewayContext } from './subgraph-data-source';

export interface ResponseCacheOptions {
  /** How long an answer is served again, in seconds; the staleness a reader may see. */
  ttlSeconds: number;
  /** Most answers kept (least recently used go first; 30 MiB at most in any case). */
  maxEntries: number;
}

/**
 * A short-lived cache of whole answers, for the dashboard's aggregates read
 * again and again by the same head. An answer is kept under the caller's
 * scope (subject, role and region), the operation's hash, its name and its
 * variables: it is only ever served to the same person in the same role and
 * region, never across regions, roles or subjects. Only queries are cached,
 * never an answer with an error, nor any operation that selects a `@clinical`
 * field (each such read is logged per request and health data is never kept:
 * the rule that also keeps them out of the shared subgraph calls). Every mutation through this gateway empties the
 * cache, so its author and everyone else reads the change at once; a change
 * made elsewhere (another gateway instance, the registry feed) is seen once
 * the TTL has passed: that staleness is why the cache is off unless
 * RESPONSE_CACHE_TTL_SECONDS turns it on.
 */
export function responseCachePlugin(
  options: ResponseCacheOptions,
  clinical: ClinicalFields,
): ApolloServerPlugin<GatewayContext> {
  const cache = new InMemoryLRUCache<string>({ max: options.maxEntries });
  return {
    requestDidStart() {
      let key: string | null = null;
      let served = false;
      return Promise.resolve({
        async responseForOperation(context): Promise<GraphQLResponse | null> {
          if (context.operation.operation !== OperationTypeNode.QUERY || clinical.readBy(context.source)) return null;
          const { sub, role, region } = context.contextValue.caller;
          key = JSON.stringify([
            sub,
            role,
            region,
            context.queryHash,
            context.operationName ?? null,
            context.request.variables ?? null,
          ]);
          const hit = await cache.get(key);
          if (hit === undefined) return null;
          served = true;
          context.response.http.headers.set('x-response-cache', 'hit');
          return {
            http: context.response.http,
            body: { kind: 'single', singleResult: JSON.parse(hit) as FormattedExecutionResult },
          };
        },
        async willSendResponse(context) {
          if (context.operation?.operation === OperationTypeNode.MUTATION) {
            cache.clear();
            return;
          }
          if (key === null || served) return;
          const body = context.response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || body.singleResult.data == null) return;
          await cache.set(key, JSON.stringify(body.singleResult), { ttl: options.ttlSeconds });
        },
      });
    },
  };
}
