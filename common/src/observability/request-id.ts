import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, kept when a caller (the gateway, a load
 * balancer) sent a sensible one, so that one request can be followed through
 * the gateway's and both subgraphs' logs. The id is echoed in the response.
 */
export function assignRequestId(): RequestHandler {
  return (request, response, next) => {
    const sent = request.headers[REQUEST_ID_HEADER];
    const id = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
