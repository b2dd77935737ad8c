import { GraphQLError } from 'graphql';

/**
 * The error codes a client may see. Anything else is an internal error and is
 * masked before it leaves a service.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'QUOTA_EXHAUSTED' | 'NOT_ELIGIBLE';

export class DomainError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super(message, 'BAD_USER_INPUT', { field });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to see or change this.') {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist.`, 'NOT_FOUND', { id });
  }
}

/**
 * Why a CONFLICT is not a stale version, for the client to say in words
 * (`extensions.reason`): reloading does not help with these, the user must
 * do something else.
 */
export type ConflictReason = 'DUPLICATE_APPLICATION' | 'ALREADY_HEADS_A_REGION' | 'PRIOR_AUTHORISATION_MISSING';

/** The record moved on (reload and try again), or, with a reason, the change is not possible as asked. */
export class ConflictError extends DomainError {
  constructor(message: string, reason?: ConflictReason) {
    super(message, 'CONFLICT', reason ? { reason } : {});
  }
}

/**
 * A problem with how the system was started (a port in use, a database that
 * cannot be reached): reported to the operator as one line, never a stack.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
