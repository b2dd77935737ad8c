import { randomUUID } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, kept when a caller (the gateway, a load
 * balancer) sent a sensible one, so that one request can be followed through
 * the gateway's and both subgraphs' logs. The id is echoed in the response,
 * and set on the request's trace span when tracing is on.
 */
export function assignRequestId(): RequestHandler {
  return (request, response, next) => {
    const sent = request.headers[REQUEST_ID_HEADER];
    const id = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    trace.getActiveSpan()?.setAttribute('dsp.request_id', id);
    next();
  };
}

/**
 * Runs `middleware` (a body parser) so that what comes after it runs in the
 * request's trace context again: a body read from the socket's stream events
 * loses it, and the GraphQL work after it would start traces of its own.
 */
export function keepingTraceContext(middleware: RequestHandler): RequestHandler {
  return (request, response, next) => {
    const requestContext = context.active();
    void middleware(request, response, (error?: unknown) => context.with(requestContext, () => next(error)));
  };
}
