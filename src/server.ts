import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT, type Config } from './config.js';
import type { GraphQLContext } from './context.js';
import type { Executor } from './db/executor.js';
import { AppError } from './errors.js';
import type { Logger } from './logger.js';
import { loadTypeDefs, resolvers } from './modules/index.js';
import { createLoaders } from './modules/loaders.js';

const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** Codes that clients may see as they are; anything else is reported as an internal error. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface ServerDeps {
  config: Config;
  db: Executor;
  log: Logger;
}

export interface SaidgraphServer {
  httpServer: http.Server;
  /** Starts listening; resolves to the URL of /graphql. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets those under way finish, then resolves. */
  stop(): Promise<void>;
}

function bearerKey(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** Keeps expected errors as they are and hides the details of unexpected ones. */
function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    log.error('unexpected error in a request', error);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** With the header `X-Saidgraph-Stats: 1` the response tells how many Cypher statements it ran. */
const statsPlugin: ApolloServerPlugin<GraphQLContext & { statementCount?: () => number }> = {
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

function sendGraphiql(res: express.Response) {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    res.status(503).type('text/plain').send('GraphiQL is not built: run `npm run build:graphiql`.');
    return;
  }
  res.sendFile(index);
}

/** Builds the HTTP server: /graphql (API and GraphiQL), /graphiql assets, /health, /ready. */
export async function createServer({ config, db, log }: ServerDeps): Promise<SaidgraphServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext & { statementCount?: () => number }>({
    typeDefs: loadTypeDefs(SCHEMA_DIR),
    resolvers,
    formatError: formatError(log),
    introspection: true,
    // no cache hints in the schema: the default cache-control plugin would only add a hook to
    // every field resolved
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), statsPlugin],
  });
  await apollo.start();

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
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const key = bearerKey(req);
        const authenticated = key !== null && config.apiKeys.includes(key);
        if (config.requireKeyForReads && !authenticated) throw new AppError('UNAUTHENTICATED', 'an API key is required: Authorization: Bearer <key>');
        let count = 0;
        const scoped = db.withListener(() => count++);
        return { db: scoped, loaders: createLoaders(scoped), config, authenticated, statementCount: () => count };
      },
    }),
  );

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
    stop: () => apollo.stop(),
  };
}
