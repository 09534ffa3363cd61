import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import type { RequestContext } from '../context.js';
import { AppError, LIMIT_CODES } from '../errors.js';
import type { Logger } from '../logger.js';
import { isTokenLimitMessage } from './limits.js';

/** Apollo's side of the server's guards: how errors are shown, deadlines, statuses, statement counts. */

/**
 * Apollo's own codes that clients may see as they are. saidgraph's own expected failures are
 * AppErrors and shown whatever their code; anything else is reported as an internal error.
 */
const APOLLO_PUBLIC_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Whether an error is one a client may read: an AppError (thrown anywhere, resolvers included) or one of Apollo's. */
function isPublic(formatted: GraphQLFormattedError, error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original.code !== 'INTERNAL_SERVER_ERROR';
  const code = formatted.extensions?.code;
  return typeof code === 'string' && APOLLO_PUBLIC_CODES.has(code);
}

/** A limit error reported by a validation rule, which Apollo wraps as GRAPHQL_VALIDATION_FAILED. */
function limitErrorIn(error: unknown): AppError | null {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof AppError && (LIMIT_CODES as readonly string[]).includes(original.code) ? original : null;
}

/**
 * Keeps expected errors as they are (limit errors with their own code), and hides the details of
 * unexpected ones: no stack, path, Cypher or driver message unless SAIDGRAPH_EXPOSE_ERRORS is set.
 */
export function formatError(log: Logger, config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitErrorIn(error);
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, locations: formatted.locations, extensions };
    }
    if (isTokenLimitMessage(formatted.message)) {
      return { message: `the operation has more tokens than the limit of ${config.limits.tokens}`, extensions: { code: 'TOKEN_LIMIT', limit: 'tokens', max: config.limits.tokens } };
    }
    if (isPublic(formatted, error)) return formatted;
    log.error('unexpected error in a request', error);
    if (config.exposeErrors) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Gives a mutation the ingest deadline once the operation is known, ends the budget with the
 * answer, and turns a retryable error into HTTP 503 with Retry-After.
 */
export function deadlinePlugin(config: Config): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.budget?.restart(config.deadlines.ingestMs);
        },
        async willSendResponse({ response, contextValue, errors }) {
          contextValue.budget?.finish();
          const retryAfter = errors?.map((e) => e.extensions?.retryAfter).find((v) => typeof v === 'number');
          if (typeof retryAfter !== 'number') return;
          response.http.headers.set('retry-after', String(retryAfter));
          if (response.body.kind === 'single' && !response.body.singleResult.data) response.http.status = 503;
        },
      };
    },
  };
}

/** Failures of a well-formed request's GraphQL: its document, its variables, or the limits on them. */
const GRAPHQL_FAILURES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'SUBSCRIPTIONS_UNSUPPORTED', ...LIMIT_CODES]);

/**
 * Whether the client reads `application/json` rather than `application/graphql-response+json`
 * (Apollo answers in the type the Accept header prefers; without one, application/json).
 */
function acceptsLegacyJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const modern = accept.indexOf('application/graphql-response+json');
  const legacy = accept.indexOf('application/json');
  return modern < 0 || (legacy >= 0 && legacy < modern);
}

/**
 * GraphQL over HTTP: a client that reads `application/json` gets 200 for a well-formed request
 * that fails to parse, validate or coerce its variables (the errors say why); one that reads
 * `application/graphql-response+json` keeps Apollo's 400.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ request }) {
    if (!acceptsLegacyJson(request.http?.headers.get('accept'))) return;
    return {
      async willSendResponse({ response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single' || 'data' in response.body.singleResult) return;
        const codes = response.body.singleResult.errors?.map((e) => e.extensions?.code) ?? [];
        if (codes.length && codes.every((code) => typeof code === 'string' && GRAPHQL_FAILURES.has(code))) response.http.status = 200;
      },
    };
  },
};

/** With the header `X-Saidgraph-Stats: 1` the response tells how many Cypher statements it ran. */
export const statsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ request }) {
    if (request.http?.headers.get('x-saidgraph-stats') !== '1') return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const extensions = (response.body.singleResult.extensions ??= {});
        extensions.saidgraph = { cypherStatements: contextValue.statementCount?.() ?? 0 };
      },
    };
  },
};
