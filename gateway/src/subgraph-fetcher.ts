import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphFetchOptions {
  /** Longest wait for a subgraph's answer, in milliseconds. */
  timeoutMs: number;
  /** Most connections open to one subgraph at a time; further requests queue. */
  maxConnections: number;
}

const MUTATION = /^\s*mutation\b/;

function isMutation(body: unknown): boolean {
  if (typeof body !== 'string') return true;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query !== 'string' || MUTATION.test(query);
  } catch {
    return true;
  }
}

/**
 * How the gateway calls one subgraph: kept-alive connections, at most
 * `maxConnections` of them, each call bounded by `timeoutMs`. A query whose
 * connection failed before any answer is retried once; a mutation never is,
 * since it may have been applied before the connection broke.
 */
export function subgraphFetcher(options: SubgraphFetchOptions): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ connections: options.maxConnections, keepAliveTimeout: 30_000, connect: { timeout: Math.min(options.timeoutMs, 5_000) } });
  const once = (url: string, init: Parameters<Fetcher>[1]) =>
    fetch(url, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(options.timeoutMs) });
  const fetcher = async (url: string, init?: Parameters<Fetcher>[1]) => {
    try {
      return await once(url, init);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      if (timedOut || isMutation(init?.body)) throw error;
      return once(url, init);
    }
  };
  return { fetcher, close: () => agent.close() };
}
