import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

/**
 * Calls one subgraph. When the call itself fails (nothing answers, the
 * connection breaks, a 5xx), the error the client sees names the service
 * and says it is unavailable, without the subgraph's internal address; the
 * other subgraph's half of the answer still arrives, since every field that
 * crosses to another subgraph is nullable.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
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
