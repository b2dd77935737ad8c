import type { KeyObject } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Caller } from './caller';
import { createIdentityVerifier } from './identity-token';

/**
 * Guards a subgraph's GraphQL endpoint: every request, `_service` and
 * `_entities` included, must carry an identity token signed by the gateway
 * for this subgraph, or it is answered 401 before any resolver runs. Raw
 * identity headers (x-user-region and the like) mean nothing here.
 */
export function requireIdentity(publicKey: KeyObject, audience: string): RequestHandler {
  const verify = createIdentityVerifier(publicKey, audience);
  return (request, response, next) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    const refuse = (reason: string): void => {
      response
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ errors: [{ message: `Unauthenticated: ${reason}.`, extensions: { code: 'UNAUTHENTICATED' } }] });
    };
    if (!token) {
      refuse('a gateway identity token is required');
      return;
    }
    verify(token).then(
      (caller: Caller) => {
        response.locals.caller = caller;
        next();
      },
      (error: unknown) => refuse(error instanceof Error ? error.message : 'the identity token is not valid'),
    );
  };
}
