import { envHost, envInteger, envPort, optionalEnvUrl } from '@dsp/common';
import type { ResponseCacheOptions } from './response-cache';
import type { SubgraphFetchOptions } from './subgraph-fetcher';
import path from 'node:path';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Partial<Record<string, string>>;
  subgraphFetch: SubgraphFetchOptions;
  adminClientDir: string;
  persistedQueryCacheEntries: number;
  queryPlanCacheMiB: number;
  responseCache: ResponseCacheOptions;
  documentOrigins: string[];
}

/** Where browsers reach each subgraph's document endpoints: its public URL, else the URL the gateway calls. */
function documentOrigins(subgraphUrls: Partial<Record<string, string>>): string[] {
  const publicUrls = {
    foundation: optionalEnvUrl('FOUNDATION_PUBLIC_URL', 'https://foundation.example.org'),
    mutual: optionalEnvUrl('MUTUAL_PUBLIC_URL', 'https://mutual.example.org'),
  };
  return (['foundation', 'mutual'] as const).flatMap((name) => {
    const url = publicUrls[name] ?? subgraphUrls[name];
    return url ? [new URL(url).origin] : [];
  });
}

/** The gateway's settings, from the environment. */
export function gatewayConfig(): GatewayConfig {
  const subgraphUrls = {
    foundation: optionalEnvUrl('FOUNDATION_URL', 'http://foundation:4001/graphql'),
    mutual: optionalEnvUrl('MUTUAL_URL', 'http://mutual:4002/graphql'),
  };
  return {
    port: envPort('GATEWAY_PORT', 4000),
    host: envHost(),
    supergraphPath: process.env.SUPERGRAPH_PATH ?? path.resolve(__dirname, '..', '..', 'schemas', 'supergraph.graphql'),
    subgraphUrls,
    documentOrigins: documentOrigins(subgraphUrls),
    adminClientDir: process.env.ADMIN_CLIENT_DIR ?? path.resolve(__dirname, '..', '..', 'admin-client', 'dist'),
    subgraphFetch: {
      timeoutMs: envInteger('SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
      maxConnections: envInteger('SUBGRAPH_MAX_CONNECTIONS', 64, 1, 10_000),
    },
    persistedQueryCacheEntries: envInteger('PERSISTED_QUERY_CACHE_ENTRIES', 1_000, 0, 1_000_000),
    queryPlanCacheMiB: envInteger('QUERY_PLAN_CACHE_MIB', 30, 1, 4_096),
    responseCache: {
      ttlSeconds: envInteger('RESPONSE_CACHE_TTL_SECONDS', 0, 0, 3_600),
      maxEntries: envInteger('RESPONSE_CACHE_MAX_ENTRIES', 1_000, 1, 1_000_000),
    },
  };
}
