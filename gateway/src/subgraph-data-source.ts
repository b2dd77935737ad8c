import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// The enum is not re-exported by the package's entry point.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { type Caller, type IdentityTokenSigner, REQUEST_ID_HEADER, type ServiceMetrics } from '@dsp/common';
import { GraphQLError } from 'graphql';
import type { ClinicalFields } from './clinical-fields';

export interface GatewayContext {
  caller: Caller;
}

type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/**
 * Calls one subgraph. Identical queries from the same caller that are in
 * flight at the same moment share one subgraph call (each gets its own copy
 * of the answer): a dashboard opened by many tabs, or retried, costs the
 * subgraph once. The key is the caller (subject, role, region), the query
 * and its variables, so an answer never crosses callers, roles or regions;
 * nothing is kept once the call ends. Mutations are never shared, nor
 * queries that read diagnoses (each read is logged per request). When the call itself fails (nothing answers, the
 * connection breaks, a 5xx), the error the client sees names the service
 * and says it is unavailable, without the subgraph's internal address; the
 * other subgraph's half of the answer still arrives, since every field that
 * crosses to another subgraph is nullable.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly signer: IdentityTokenSigner,
    fetcher: RemoteGraphQLDataSource['fetcher'],
    /** Operations that select health data are never coalesced: each read is logged by the subgraph, per caller. */
    private readonly clinical: ClinicalFields,
    private readonly metrics?: ServiceMetrics,
  ) {
    super({ url, fetcher });
  }

  private readonly inFlight = new Map<string, { call: Promise<ProcessResult>; followers: number }>();

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const key = coalescingKey(options, this.clinical);
    if (key === null) return this.call(options);
    const pending = this.inFlight.get(key);
    if (pending) {
      pending.followers++;
      return copyOf(await pending.call);
    }
    const entry = { call: this.call(options), followers: 0 };
    entry.call.catch(() => undefined);
    this.inFlight.set(key, entry);
    try {
      const result = await entry.call;
      // The answer itself stays untouched for the followers to copy; the first caller takes a copy only when there are some.
      return entry.followers > 0 ? copyOf(result) : result;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async call(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const stop = this.metrics?.subgraphFetches.startTimer({ subgraph: this.serviceName });
    try {
      const response = await super.process(options);
      stop?.({ outcome: 'ok' });
      return response;
    } catch (error) {
      stop?.({ outcome: 'error' });
      throw error;
    }
  }

  /**
   * Each subgraph request carries the caller's identity, signed by the
   * gateway for that subgraph alone (and reused for half its life, see
   * IdentityTokenSigner); the user's own token never leaves the gateway.
   */
  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
    const token = await this.signer.token(options.context.caller, this.serviceName);
    options.request.http?.headers.set('authorization', `Bearer ${token}`);
    const requestId = options.incomingRequestContext.request.http?.headers.get(REQUEST_ID_HEADER);
    if (requestId) options.request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }

  /**
   * A subgraph answers HTTP 400 when it refuses the request's variables
   * before any resolver runs: a custom scalar (Money, Date) the gateway
   * passes through unchecked, such as a malformed date. Its errors then say
   * what the client got wrong and carry BAD_USER_INPUT: they reach the
   * client as such, not as an unavailable service. Any other failed answer
   * stays an error without a known code.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    if (response.status === 400) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const errors = (body as { errors?: unknown } | undefined)?.errors;
      const first = Array.isArray(errors)
        ? (errors[0] as { message?: unknown; extensions?: { code?: unknown } } | undefined)
        : undefined;
      if (typeof first?.message === 'string' && first.extensions?.code === 'BAD_USER_INPUT') {
        return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
    return super.errorFromResponse(response);
  }

  override didEncounterError(error: Error): never {
    if (
      error instanceof GraphQLError &&
      typeof error.extensions.code === 'string' &&
      error.extensions.code !== 'INTERNAL_SERVER_ERROR'
    ) {
      throw error;
    }
    throw new GraphQLError(`The ${this.serviceName} service is unavailable; its part of the answer is missing.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName },
    });
  }
}

/**
 * A caller's own copy of a shared answer: the GraphQL body is deep-copied, the
 * HTTP answer (read-only: status and headers) is shared. structuredClone
 * cannot copy a Headers object (Node 24 refuses it, Node 20 turned it into an
 * empty object).
 */
function copyOf(result: ProcessResult): ProcessResult {
  const { http, ...body } = result;
  return { ...structuredClone(body), ...(http ? { http } : {}) };
}

/** The key under which identical in-flight queries share a call, or null when this one must go alone. */
function coalescingKey(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
  clinical: ClinicalFields,
): string | null {
  if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return null;
  const query = options.request.query ?? '';
  if (!/^\s*(query\b|\{)/.test(query) || clinical.readBy(query)) return null;
  const { sub, role, region } = options.context.caller;
  return JSON.stringify([sub, role, region, query, options.request.variables ?? null]);
}
