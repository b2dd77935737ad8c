import type { KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken, Unauthenticated } from '../server/graphql-endpoint';
import type { Caller } from './caller';
import { createIdentityVerifier } from './identity-token';

/**
 * Who a request to a subgraph's GraphQL endpoint comes from: every request,
 * `_service` and `_entities` included, must carry an identity token signed by
 * the gateway for this subgraph, or it is refused (Unauthenticated: 401)
 * before its body is read and any resolver runs. Raw identity headers
 * (x-user-region and the like) mean nothing here.
 */
export function requireIdentity(publicKey: KeyObject, audience: string): (request: IncomingMessage) => Promise<Caller> {
  const verify = createIdentityVerifier(publicKey, audience);
  return async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new Unauthenticated('a gateway identity token is required');
    try {
      return await verify(token);
    } catch (error) {
      throw new Unauthenticated(error instanceof Error ? error.message : 'the identity token is not valid');
    }
  };
}
