import { GraphQLError } from 'graphql';

/** The stable codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An expected failure with a stable code. It is a GraphQLError so that Apollo reports it as it is;
 * the CLI prints its code and message.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { extensions: { code, ...options.details }, originalError: asError(options.cause) });
    this.code = code;
  }
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}

/** Shorthand for the error of a bad argument. */
export function badInput(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('BAD_USER_INPUT', message, details ? { details } : {});
}
