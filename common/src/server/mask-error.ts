import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * The codes a client may see with their message: errors about the request
 * itself, the domain's expected failures, and a subgraph being unavailable.
 * Everything else is an internal error and is masked.
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUOTA_EXHAUSTED',
  'NOT_ELIGIBLE',
  'SUBGRAPH_UNAVAILABLE',
  'TIMEOUT',
]);

/** SQLSTATE query_canceled: the statement ran past the connection's statement_timeout. */
const QUERY_CANCELED = '57014';

function isStatementTimeout(error: unknown): boolean {
  const cause = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return cause?.driverError?.code === QUERY_CANCELED || cause?.code === QUERY_CANCELED;
}

/**
 * Keeps errors whose code is public (minus any stack trace); replaces anything
 * else (a database error, a bug) with a generic message after logging it, so
 * no SQL, stack trace, file path or internal address reaches a client.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const cause = unwrapResolverError(error);
  const place = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (isStatementTimeout(cause)) {
    // The request's transaction is rolled back with it: nothing it wrote is kept.
    logger.warn({ path: formatted.path }, 'statement timeout');
    return {
      message:
        'The request took too long and was stopped; nothing was changed. Ask for less (fewer words, one region) or try again.',
      ...place,
      extensions: { code: 'TIMEOUT' },
    };
  }
  logger.error({ err: cause, path: formatted.path }, 'internal error');
  return {
    message: 'Internal server error',
    ...place,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
