import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { PROJECT_ROOT, type Config } from './config.js';
import type { RequestContext } from './context.js';
import { RequestBudget } from './db/budget.js';
import type { Executor } from './db/executor.js';
import { ExtractionPool } from './extract/pool.js';
import { ChangeFeed } from './feed/changeFeed.js';
import { subgraphSchema } from './federation/subgraph.js';
import { WebhookDispatcher } from './feed/webhooks.js';
import { AppError } from './errors.js';
import { bookmarkPlugin, readBookmarks } from './http/bookmarks.js';
import { errorHandler, jsonBodyOnly, notFound, onlyGetAndPost } from './http/httpErrors.js';
import { limitRules, operationLimitsPlugin } from './http/limits.js';
import { answerClientError, callerIn, corsFor, identify, jsonBody, securityHeaders } from './http/middleware.js';
import { deadlinePlugin, formatError, legacyJsonStatusPlugin, statsPlugin } from './http/plugins.js';
import { rateLimit } from './http/rateLimit.js';
import { TrustedDocuments, trustedDocumentsOnly } from './http/trustedDocuments.js';
import { jitGateway } from './http/jitExecutor.js';
import type { Logger } from './logger.js';
import { resolvers } from './modules/index.js';
import { loadTypeDefs } from './modules/typeDefs.js';
import { createLoaders } from './modules/loaders.js';
import { rowShapePlugin } from './modules/shared/rowShape.js';
import { FULL_SHAPE } from './db/rowShape.js';
import { CursorCodec } from './modules/shared/connection.js';
import { callerOf } from './http/auth.js';
import { serveSubscriptions } from './http/subscriptions.js';
import { activateRequestSpan, metricsText, operationTelemetry, operationTelemetryPlugin, requestTelemetry } from './telemetry/http.js';
import { collectProcessMetrics, neo4jPoolSize } from './telemetry/metrics.js';

const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

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

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * GraphiQL's page. With a development key (npm start on a laptop) and a browser on this machine,
 * the page carries the key in a meta tag, and the tabs that write send it.
 */
function sendGraphiql(req: express.Request, res: express.Response, developmentKey: string | null) {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    res.status(503).type('text/plain').send('GraphiQL is not built: run `npm run build`.');
    return;
  }
  if (!developmentKey || !LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) {
    res.sendFile(index);
    return;
  }
  const meta = `<meta name="saidgraph-development-key" content="${developmentKey.replace(/[^A-Za-z0-9_-]/g, '')}">`;
  res.setHeader('cache-control', 'no-store');
  res.type('html').send(readFileSync(index, 'utf8').replace('</head>', `${meta}</head>`));
}

/** Builds the HTTP server: /graphql (API and GraphiQL), /graphiql assets, /health, /ready. */
export async function createServer({ config, db, log, extractor: shared }: ServerDeps): Promise<SaidgraphServer> {
  const trusted = config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments) : null;
  if (trusted) log.info(`trusted documents only: ${trusted.size} operation(s) from ${config.trustedDocuments}`);
  const extractor = shared ?? new ExtractionPool(config.extractWorkers, config.extractTimeoutMs);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.on('clientError', answerClientError);
  // a client that sends its headers or body too slowly is cut off instead of holding a socket
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  // SAIDGRAPH_SUBGRAPH: the same API with federation's keys, `_service` and `_entities`, for a gateway
  const typeDefs = loadTypeDefs(SCHEMA_DIR);
  const schema = config.subgraph ? subgraphSchema(SCHEMA_DIR, typeDefs, resolvers) : makeExecutableSchema<RequestContext>({ typeDefs, resolvers });
  const feed = new ChangeFeed(db, config.feedPollMs);
  const webhooks = config.webhooks.length ? new WebhookDispatcher(db, config.webhooks, log, config.webhookOptions) : null;
  const cursors = new CursorCodec(config.cursorSecret);
  const subscriptions = serveSubscriptions(httpServer, { schema, config, db, feed, cursors, extractor });
  const apollo = new ApolloServer<RequestContext>({
    ...(config.jitAfter === null ? { schema } : { gateway: jitGateway(schema, config.jitAfter) }),
    formatError: formatError(log, config),
    includeStacktraceInErrorResponses: config.exposeErrors,
    introspection: config.introspection,
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: limitRules(config.limits),
    // no cache hints in the schema: the default cache-control plugin would only add a hook to
    // every field resolved
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { feed.close(); await subscriptions.dispose(); } }; } },
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // a subgraph would send resolver timings (ftv1) to any client asking: traces go to OpenTelemetry
      ApolloServerPluginInlineTraceDisabled(),
      operationLimitsPlugin(config.limits),
      rowShapePlugin(),
      deadlinePlugin(config),
      legacyJsonStatusPlugin,
      statsPlugin,
      operationTelemetryPlugin,
      bookmarkPlugin,
    ],
  });
  await apollo.start();

  collectProcessMetrics();
  neo4jPoolSize.set(config.neo4j.poolSize);
  app.use(requestTelemetry(log));
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
  // Prometheus metrics: to this machine, to admin keys, or to anyone with SAIDGRAPH_METRICS_PUBLIC
  app.get('/metrics', async (req, res) => {
    let allowed = config.metricsPublic || LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '');
    if (!allowed) {
      try {
        allowed = callerOf(req, config).scopes.has('admin');
      } catch {
        allowed = false;
      }
    }
    if (!allowed) {
      res.status(403).type('text/plain').send('metrics are served to this machine and to keys with the admin scope (or set SAIDGRAPH_METRICS_PUBLIC=true)\n');
      return;
    }
    const { contentType, body } = await metricsText();
    res.type(contentType).send(body);
  });
  if (config.graphiql) {
    app.use('/graphiql', express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    app.get('/graphql', (req, res, next) => (req.accepts(['application/json', 'text/html']) === 'text/html' ? sendGraphiql(req, res, config.developmentKey) : next()));
  }
  app.use(
    '/graphql',
    corsFor(config),
    onlyGetAndPost,
    identify(config),
    rateLimit(config.rateLimits, callerIn),
    jsonBodyOnly,
    jsonBody(),
    ...(trusted ? [trustedDocumentsOnly(trusted)] : []),
    readBookmarks,
    activateRequestSpan,
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
        const telemetry = operationTelemetry(res);
        const bookmarks = { given: (res.locals.bookmarks as string[] | undefined) ?? [], last: [] as string[] };
        const rowShape = { current: FULL_SHAPE };
        const scoped = db.withListener(() => count++).withBudget(budget).withTraceParent(telemetry.context).withBookmarks(bookmarks).withRowShape(() => rowShape.current);
        return { db: scoped, loaders: createLoaders(scoped), cursors, config, caller: callerIn(res), extractor, signal: budget.signal, budget, statementCount: () => count, telemetry, bookmarks, rowShape };
      },
    }),
  );
  app.use(notFound);
  app.use(errorHandler(log, config.exposeErrors));
  if (webhooks) {
    webhooks.start();
    log.info(`webhooks: delivering the change feed to ${config.webhooks.map((h) => h.name).join(', ')}`);
  }

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
      await webhooks?.stop();
      await apollo.stop();
      if (!shared) await extractor.close();
    },
  };
}
