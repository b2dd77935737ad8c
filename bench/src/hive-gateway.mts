/**
 * The peer: the same supergraph behind @graphql-hive/gateway, in its own
 * process. Like our gateway it verifies the user's bearer token (EdDSA, the
 * local identity provider's issuer and audience) and sends each subgraph a
 * 60-second identity token signed with the gateway key (each reused for half
 * its life, as ours does), so the subgraphs do the same work behind either
 * gateway. Response caching is off unless RESPONSE_CACHE_TTL_MS is set: then
 * the runtime's own response cache keeps answers that long, per bearer token
 * (the caller's scope, as in ours).
 *
 * Its in-flight deduplication of subgraph calls (on by default in Hive
 * Gateway) is off unless DEDUPLICATE_INFLIGHT_REQUESTS=true: it keys a call
 * by its URL and body, before the onFetch hook below adds the caller's
 * identity, so callers asking the same thing at the same moment would get
 * one answer fetched under one of their identities. Ours never shares an
 * answer between callers; a fair peer must not either. The bench runs the
 * deduplicating peer only to count, from the subgraphs' own metrics, the
 * calls that sharing saves.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { IdentityTokenSigner, verifyUserToken } from './identity.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const subgraphs = new Map([
  [env('FOUNDATION_URL'), 'foundation'],
  [env('MUTUAL_URL'), 'mutual'],
]);
const userKey = createPublicKey(readFileSync(env('AUTH_PUBLIC_KEY_FILE'), 'utf8'));
const signer = new IdentityTokenSigner(createPrivateKey(readFileSync(env('GATEWAY_SIGNING_KEY_FILE'), 'utf8')));
const supergraph = readFileSync(env('SUPERGRAPH_PATH'), 'utf8')
  .replace('http://localhost:4001/graphql', env('FOUNDATION_URL'))
  .replace('http://localhost:4002/graphql', env('MUTUAL_URL'));

const cacheTtlMs = Number(process.env.RESPONSE_CACHE_TTL_MS ?? 0);
const deduplicateInflightRequests = process.env.DEDUPLICATE_INFLIGHT_REQUESTS === 'true';

/** The store behind the peer's response cache: a plain map with expiry (the bench asks one dashboard per token). */
function memoryCache() {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get: (key: string) => {
      const entry = entries.get(key);
      return entry && entry.expires > Date.now() ? entry.value : undefined;
    },
    set: (key: string, value: unknown, options?: { ttl?: number }) => {
      entries.set(key, { value, expires: options?.ttl ? Date.now() + options.ttl * 1000 : Infinity });
    },
    delete: (key: string) => entries.delete(key),
    getKeysByPrefix: (prefix: string) => [...entries.keys()].filter((key) => key.startsWith(prefix)),
  };
}

const callers = new WeakMap<Request, ReturnType<typeof verifyUserToken>>();

const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  transportEntries: { '*.http': { options: { deduplicateInflightRequests } } },
  ...(cacheTtlMs > 0
    ? {
        cache: memoryCache(),
        responseCaching: { ttl: cacheTtlMs, session: (request: Request) => request.headers.get('authorization') },
      }
    : {}),
  plugins: () => [
    {
      onFetch: async (payload) => {
        const { url, options, context } = payload;
        const request = (context as { request?: Request }).request;
        const audience = subgraphs.get(url);
        if (!request || !audience) return;
        let caller = callers.get(request);
        if (!caller) {
          caller = verifyUserToken(userKey, request.headers.get('authorization'));
          callers.set(request, caller);
        }
        const token = await signer.token(await caller, audience);
        payload.setOptions({
          ...options,
          headers: { ...(options.headers as Record<string, string>), authorization: `Bearer ${token}` },
        });
      },
    },
  ],
});

const server = createServer((request, response) => {
  void gateway(request, response);
});
// The runtime keeps its own handles open; the bench stops this process when it is done.
process.once('SIGTERM', () => {
  server.closeAllConnections();
  process.exit(0);
});
server.listen(Number(env('PORT')), '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
