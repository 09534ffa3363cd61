import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import { PROJECT_ROOT, type Config } from './config.js';
import type { GraphQLContext } from './context.js';
import { RequestBudget } from './db/budget.js';
import type { Executor } from './db/executor.js';
import { ExtractionPool } from './extract/pool.js';
import { AppError, LIMIT_CODES } from './errors.js';
import { callerOf, type Caller } from './http/auth.js';
import { errorHandler, jsonBodyOnly, notFound, onlyGetAndPost, sendError } from './http/httpErrors.js';
import { isTokenLimitMessage, limitRules, operationLimitsPlugin } from './http/limits.js';
import { rateLimit } from './http/rateLimit.js';
import type { Logger } from './logger.js';
import { loadTypeDefs, resolvers } from './modules/index.js';
import { createLoaders } from './modules/loaders.js';
import { CursorCodec } from './modules/shared/connection.js';

const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** Codes that clients may see as they are; anything else is reported as an internal error. */
const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'REQUEST_TIMEOUT',
  'REQUEST_CANCELLED',
  'RATE_LIMITED',
  'SUBSCRIPTIONS_UNSUPPORTED',
  ...LIMIT_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The request body a caller may send: 1 MB, or enough for a 20 MB article (JSON-escaped) with the ingest scope. */
const BODY_LIMIT = 1024 * 1024;
const INGEST_BODY_LIMIT = 64 * 1024 * 1024;

export interface ServerDeps {
  config: Config;
  db: Executor;
  log: Logger;
  /** Extraction threads to share; by default the server starts its own and stops them with itself. */
  extractor?: ExtractionPool;
}

export interface SaidgraphServer {
  httpServer: http.Server;
  /** Starts listening; resolves to the URL of /graphql. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets those under way finish, then resolves. */
  stop(): Promise<void>;
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
function formatError(log: Logger, config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitErrorIn(error);
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, locations: formatted.locations, extensions };
    }
    if (isTokenLimitMessage(formatted.message)) {
      return { message: `the operation has more tokens than the limit of ${config.limits.tokens}`, extensions: { code: 'TOKEN_LIMIT', limit: 'tokens', max: config.limits.tokens } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    log.error('unexpected error in a request', error);
    if (config.exposeErrors) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** A request's context before Apollo adds its own: the caller, the budget, the statement counter. */
type RequestContext = GraphQLContext & { statementCount?: () => number; budget?: RequestBudget };

/**
 * Gives a mutation the ingest deadline once the operation is known, ends the budget with the
 * answer, and turns a retryable error into HTTP 503 with Retry-After.
 */
function deadlinePlugin(config: Config): ApolloServerPlugin<RequestContext> {
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
const legacyJsonStatusPlugin: ApolloServerPlugin<RequestContext> = {
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
const statsPlugin: ApolloServerPlugin<RequestContext> = {
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

/**
 * A request Node's HTTP parser refuses (a malformed request line or header, headers over 16 KB)
 * never reaches express; it still gets the coded JSON every other failure gets.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', 'the request headers are larger than 16 KB']
    : [400, 'Bad Request', 'BAD_REQUEST', 'the request is not valid HTTP'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** Who the request comes from, set by the `identify` middleware before the body is read. */
function callerIn(res: express.Response): Caller {
  return res.locals.caller as Caller;
}

function identify(config: Config): express.RequestHandler {
  return (req, res, next) => {
    try {
      res.locals.caller = callerOf(req, config);
      next();
    } catch (error) {
      sendError(res, 401, 'UNAUTHENTICATED', (error as AppError).message, { 'www-authenticate': 'Bearer realm="saidgraph"' });
    }
  };
}

/** JSON bodies up to 1 MB; callers with the ingest scope may send an article up to the size the ingest accepts. */
function jsonBody(): express.RequestHandler {
  const small = express.json({ limit: BODY_LIMIT });
  const large = express.json({ limit: INGEST_BODY_LIMIT });
  return (req, res, next) => (callerIn(res).scopes.has('ingest') ? large : small)(req, res, next);
}

/**
 * Security headers on every answer; the policy is the one the GraphiQL bundle works under: its own
 * scripts and workers, Monaco's injected styles, and requests to this origin only.
 */
function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** Browsers of the allowed origins may call /graphql; with no allowlist, same origin only. */
function corsFor(config: Config): express.RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && (allowed.has('*') || allowed.has(origin))),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-saidgraph-stats'],
    maxAge: 600,
  });
}

function sendGraphiql(res: express.Response) {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    res.status(503).type('text/plain').send('GraphiQL is not built: run `npm run build:graphiql`.');
    return;
  }
  res.sendFile(index);
}

/** Builds the HTTP server: /graphql (API and GraphiQL), /graphiql assets, /health, /ready. */
export async function createServer({ config, db, log, extractor: shared }: ServerDeps): Promise<SaidgraphServer> {
  const extractor = shared ?? new ExtractionPool(config.extractWorkers, config.extractTimeoutMs);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.on('clientError', answerClientError);
  // a client that sends its headers or body too slowly is cut off instead of holding a socket
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(SCHEMA_DIR),
    resolvers,
    formatError: formatError(log, config),
    includeStacktraceInErrorResponses: config.exposeErrors,
    introspection: config.introspection,
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: limitRules(config.limits),
    // no cache hints in the schema: the default cache-control plugin would only add a hook to
    // every field resolved
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin(config.limits),
      deadlinePlugin(config),
      legacyJsonStatusPlugin,
      statsPlugin,
    ],
  });
  await apollo.start();

  const cursors = new CursorCodec(config.cursorSecret);
  app.use(securityHeaders());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.read('db/ping');
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', code: error instanceof AppError ? error.code : 'DATABASE_UNAVAILABLE' });
    }
  });
  if (config.graphiql) {
    app.use('/graphiql', express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    app.get('/graphql', (req, res, next) => (req.accepts(['application/json', 'text/html']) === 'text/html' ? sendGraphiql(res) : next()));
  }
  app.use(
    '/graphql',
    corsFor(config),
    onlyGetAndPost,
    identify(config),
    rateLimit(config.rateLimits, callerIn),
    jsonBodyOnly,
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const budget = new RequestBudget(config.deadlines.requestMs, config.deadlines.sessionsPerRequest, (ended) => {
          if (ended.usedDatabase) void db.terminateRequest(ended.id);
        });
        res.on('close', () => {
          if (!res.writableFinished) budget.abort('gone');
          budget.finish();
        });
        let count = 0;
        const scoped = db.withListener(() => count++).withBudget(budget);
        return { db: scoped, loaders: createLoaders(scoped), cursors, config, caller: callerIn(res), extractor, signal: budget.signal, budget, statementCount: () => count };
      },
    }),
  );
  app.use(notFound);
  app.use(errorHandler(log, config.exposeErrors));

  return {
    httpServer,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host}:${actual}/graphql`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      if (!shared) await extractor.close();
    },
  };
}
