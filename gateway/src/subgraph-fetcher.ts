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

/** After a subgraph refused a connection, calls to it fail at once for this long. */
const BREAK_MS = 500;

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

function connectionFailed(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  return typeof cause?.code === 'string' && CONNECTION_FAILURES.has(cause.code);
}

/**
 * How the gateway calls one subgraph: kept-alive connections, at most
 * `maxConnections` of them, each call bounded by `timeoutMs`. A query whose
 * connection failed before any answer is retried once; a mutation never is,
 * since it may have been applied before the connection broke. When a
 * subgraph refuses connections, further calls fail at once for a moment (a
 * small circuit breaker): a subgraph that is down costs neither sockets nor
 * a burst of errors, and the first call after the pause finds out whether it
 * is back.
 */
export function subgraphFetcher(options: SubgraphFetchOptions): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ connections: options.maxConnections, keepAliveTimeout: 30_000, connect: { timeout: Math.min(options.timeoutMs, 5_000) } });
  const brokenUntil = new Map<string, number>();
  const once = (url: string, init: Parameters<Fetcher>[1]) =>
    fetch(url, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(options.timeoutMs) });
  const attempt = async (url: string, init?: Parameters<Fetcher>[1]) => {
    try {
      return await once(url, init);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      if (timedOut || isMutation(init?.body)) throw error;
      return once(url, init);
    }
  };
  const fetcher = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const origin = new URL(url).origin;
    if ((brokenUntil.get(origin) ?? 0) > Date.now()) throw new Error('subgraph unreachable (circuit open)');
    try {
      return await attempt(url, init);
    } catch (error) {
      if (connectionFailed(error)) brokenUntil.set(origin, Date.now() + BREAK_MS);
      throw error;
    }
  };
  return { fetcher, close: () => agent.close() };
}
