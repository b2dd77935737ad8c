import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, kept when a caller (the gateway, a load
 * balancer) sent a sensible one, so that one request can be followed through
 * the gateway's and both subgraphs' logs. The id is echoed in the response,
 * and set on the request's trace span when tracing is on.
 */
export function assignRequestId(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    const sent = request.headers[REQUEST_ID_HEADER];
    const id = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    trace.getActiveSpan()?.setAttribute('dsp.request_id', id);
    next();
  };
}
