import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { STATUS_CODES } from 'node:http';
import { Agent, Headers, request } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

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

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function connectionFailed(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && CONNECTION_FAILURES.has(code);
}

/**
 * A subgraph's answer, read whole, with what Apollo's data sources read of
 * the Fetch API's Response: status, headers, text, JSON, a copy. The body is
 * a private field, so copies of a query's result (see SubgraphDataSource)
 * do not copy it.
 */
class SubgraphResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly #body: Buffer;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    body: Buffer,
  ) {
    this.#body = body;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  text(): Promise<string> {
    return Promise.resolve(this.#body.toString('utf8'));
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new Uint8Array(this.#body).buffer);
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.headers, this.#body);
  }
}

function responseHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

/**
 * How the gateway calls one subgraph: kept-alive connections, at most
 * `maxConnections` of them, each call bounded by `timeoutMs`. Calls go
 * through undici's request API rather than its Fetch API, which spends
 * about a millisecond of processor time per call on web streams and
 * Request/Response objects (measured with `node --cpu-prof` on the gateway:
 * the largest share of its own time per dashboard). A query whose
 * connection failed before any answer is retried once; a mutation never is,
 * since it may have been applied before the connection broke. When a
 * subgraph refuses connections, further calls fail at once for a moment (a
 * small circuit breaker): a subgraph that is down costs neither sockets nor
 * a burst of errors, and the first call after the pause finds out whether it
 * is back.
 */
export function subgraphFetcher(options: SubgraphFetchOptions): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 30_000,
    connect: { timeout: Math.min(options.timeoutMs, 5_000) },
  });
  const brokenUntil = new Map<string, number>();
  const once = async (url: string, init: Parameters<Fetcher>[1]): Promise<FetcherResponse> => {
    const answer = await request(url, {
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      headers: init?.headers,
      body: init?.body,
      dispatcher: agent,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    return new SubgraphResponse(url, answer.statusCode, responseHeaders(answer.headers), body);
  };
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
