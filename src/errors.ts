import { GraphQLError } from 'graphql';

/** The stable codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  /** Every pooled connection is in use, or Neo4j is short of memory: retry after `retryAfter` seconds. */
  | 'DATABASE_BUSY'
  /** The request's deadline passed (its transactions were ended with it). */
  | 'REQUEST_TIMEOUT'
  /** The client closed the connection; nobody reads this answer. */
  | 'REQUEST_CANCELLED'
  /** A limit on the operation (depth, aliases, directives, tokens, cost) or on an argument's length. */
  | 'DEPTH_LIMIT'
  | 'ALIAS_LIMIT'
  | 'DIRECTIVE_LIMIT'
  | 'TOKEN_LIMIT'
  | 'COST_LIMIT'
  | 'INPUT_TOO_LONG'
  | 'RATE_LIMITED'
  | 'SUBSCRIPTIONS_UNSUPPORTED'
  /** Trusted documents only (SAIDGRAPH_TRUSTED_DOCUMENTS): the operation is not in the manifest. */
  | 'DOCUMENT_NOT_TRUSTED'
  /** Curation: the version given is not the current one (`extensions.currentVersion`); nothing changed. */
  | 'CONFLICT'
  /** Curation: an entity merged into itself, or split into itself. */
  | 'MERGE_INTO_SELF'
  /** Curation: entities of different types merged, or a type that the operation does not take. */
  | 'TYPE_MISMATCH'
  /** Curation: a split names statements that the entity did not make. */
  | 'NOT_THE_SPEAKER'
  /** Curation: an entity of that name exists already (pass its id), or the tenure exists already. */
  | 'ALREADY_EXISTS'
  /** Curation: the article is retracted already, or restored when it was not retracted. */
  | 'ALREADY_RETRACTED'
  | 'NOT_RETRACTED'
  | 'INTERNAL_SERVER_ERROR';

/** The codes of errors that reject an operation before it runs, because it asks for too much. */
export const LIMIT_CODES = ['DEPTH_LIMIT', 'ALIAS_LIMIT', 'DIRECTIVE_LIMIT', 'TOKEN_LIMIT', 'COST_LIMIT', 'INPUT_TOO_LONG'] as const;

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
