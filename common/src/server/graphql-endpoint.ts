import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { context as traceContext } from '@opentelemetry/api';
import bodyParser from 'body-parser';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { assignRequestId } from '../observability/request-id';

/** The path GraphQL is served at, by the gateway and by each subgraph. */
export const GRAPHQL_PATH = '/graphql';

/** A request refused before its body is read: 401 with `WWW-Authenticate: Bearer` and the reason. */
export class Unauthenticated extends Error {}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() || undefined : undefined;
}

export interface GraphQLEndpointOptions<TContext extends BaseContext, TCaller> {
  apollo: ApolloServer<TContext>;
  /** Bodies larger than this are answered 413 without being kept. */
  maxBodyBytes: number;
  logger: Logger;
  /** Who is asking, checked before the body is read; throws Unauthenticated to refuse. */
  authenticate: (request: IncomingMessage) => Promise<TCaller>;
  context: (request: IncomingMessage, caller: TCaller) => Promise<TContext>;
}

function answerJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/**
 * What a request that failed before GraphQL ran (a body too large, malformed
 * JSON, a stream cut) is answered: its 4xx status and a GraphQL-shaped error,
 * never an HTML page or a stack trace; anything else is a logged 500.
 */
export function answerRequestError(failure: unknown, response: ServerResponse, logger: Logger): void {
  const error = (typeof failure === 'object' && failure !== null ? failure : {}) as {
    status?: unknown;
    type?: unknown;
  };
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: failure }, 'request failed before GraphQL');
  const message =
    error.type === 'entity.too.large'
      ? 'The request body is too large.'
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status === 500
          ? 'Internal server error'
          : 'Bad request.';
  if (response.headersSent) {
    response.destroy();
    return;
  }
  answerJson(response, status, {
    errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
  });
}

/**
 * Serves GraphQL on Node's own request and response, as Apollo Server's
 * standalone server does, without a web framework's router, response helpers
 * and ETags in the way of every request (a tenth of a subgraph's processor
 * time under load went there). In order: a request id, the caller
 * (`authenticate`, before any body is read), the JSON body (body-parser, with
 * its size limit), then Apollo. The rest of the request runs in its trace
 * context, which reading the body from the socket would lose.
 */
export function graphqlEndpoint<TContext extends BaseContext, TCaller>(
  options: GraphQLEndpointOptions<TContext, TCaller>,
): (request: IncomingMessage, response: ServerResponse) => void {
  const readJson = bodyParser.json({ limit: options.maxBodyBytes });
  const identify = assignRequestId();
  const execute = async (request: IncomingMessage & { body?: unknown }, caller: TCaller, response: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const answer = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (request.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: request.body,
      },
      context: () => options.context(request, caller),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    response.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  };
  return (request, response) => {
    identify(request, response, () => undefined);
    const requestContext = traceContext.active();
    options.authenticate(request).then(
      (caller) => {
        readJson(request, response, (error?: unknown) =>
          traceContext.with(requestContext, () => {
            if (error) {
              answerRequestError(error, response, options.logger);
              return;
            }
            execute(request, caller, response).catch((failure: unknown) =>
              answerRequestError(failure, response, options.logger),
            );
          }),
        );
      },
      (refusal: unknown) => {
        if (!(refusal instanceof Unauthenticated)) {
          answerRequestError(refusal, response, options.logger);
          return;
        }
        answerJson(
          response,
          401,
          { errors: [{ message: `Unauthenticated: ${refusal.message}.`, extensions: { code: 'UNAUTHENTICATED' } }] },
          { 'www-authenticate': 'Bearer' },
        );
      },
    );
  };
}

/** `graphql` for requests to /graphql (with or without a query string), `rest` for every other request. */
export function routeGraphQL(
  graphql: (request: IncomingMessage, response: ServerResponse) => void,
  rest: RequestListener,
): RequestListener {
  return (request, response) => {
    const url = request.url ?? '';
    const query = url.indexOf('?');
    if ((query === -1 ? url : url.slice(0, query)) === GRAPHQL_PATH) graphql(request, response);
    else rest(request, response);
  };
}
