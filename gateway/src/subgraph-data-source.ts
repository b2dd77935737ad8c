import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// The enum is not re-exported by the package's entry point.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { REQUEST_ID_HEADER, signIdentityToken, type Caller, type ServiceMetrics } from '@dsp/common';
import { GraphQLError } from 'graphql';
import type { KeyObject } from 'node:crypto';

export interface GatewayContext {
  caller: Caller;
}

/**
 * Calls one subgraph. When the call itself fails (nothing answers, the
 * connection breaks, a 5xx), the error the client sees names the service
 * and says it is unavailable, without the subgraph's internal address; the
 * other subgraph's half of the answer still arrives, since every field that
 * crosses to another subgraph is nullable.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly signingKey: KeyObject,
    fetcher: RemoteGraphQLDataSource['fetcher'],
    private readonly metrics?: ServiceMetrics,
  ) {
    super({ url, fetcher });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const stop = this.metrics?.subgraphFetches.startTimer({ service: this.serviceName });
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
   * gateway for that subgraph alone; the user's own token never leaves the
   * gateway.
   */
  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
    const token = await signIdentityToken(this.signingKey, options.context.caller, this.serviceName);
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
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status === 400) {
      const body: unknown = await response.clone().json().catch(() => undefined);
      const errors = (body as { errors?: unknown } | undefined)?.errors;
      const first = Array.isArray(errors) ? (errors[0] as { message?: unknown; extensions?: { code?: unknown } } | undefined) : undefined;
      if (typeof first?.message === 'string' && first.extensions?.code === 'BAD_USER_INPUT') {
        return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
    return super.errorFromResponse(response);
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR') {
      throw error;
    }
    throw new GraphQLError(`The ${this.serviceName} service is unavailable; its part of the answer is missing.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName },
    });
  }
}
