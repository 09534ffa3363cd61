import type http from 'node:http';
import { parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { ExtractionPool } from '../extract/pool.js';
import type { ChangeFeed } from '../feed/changeFeed.js';
import { createLoaders } from '../modules/loaders.js';
import type { CursorCodec } from '../modules/shared/connection.js';
import { findKey, keyOfAuthorization, type Caller } from './auth.js';
import { limitRules } from './limits.js';

/** Most subscriptions one WebSocket connection may hold at once. */
const SUBSCRIPTIONS_PER_CONNECTION = 10;

/**
 * The change feed over WebSocket (graphql-ws) at /graphql: the key (`{"authorization": "Bearer
 * <key>"}` as the connection's payload, or the upgrade request's Authorization header) is checked
 * when the connection opens, and every operation meets the same limits as over HTTP.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  deps: { schema: GraphQLSchema; config: Config; db: Executor; feed: ChangeFeed; cursors: CursorCodec; extractor: ExtractionPool },
) {
  const { schema, config, db, feed, cursors } = deps;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const open = new WeakMap<object, { caller: Caller; controllers: Map<string, AbortController> }>();
  return useServer<Record<string, unknown>, { caller?: Caller; controllers?: Set<AbortController> }>(
    {
      schema,
      onConnect: (ctx) => {
        const presented = keyOfAuthorization(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization ?? ctx.extra.request.headers.authorization);
        const key = presented ? findKey(config.apiKeys, presented) : null;
        if (!key || !key.scopes.includes('read')) return false; // closes with 4403 Forbidden
        open.set(ctx.extra, { caller: { key, scopes: new Set(key.scopes) }, controllers: new Map() });
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = open.get(ctx.extra);
        if (!connection) return [wsError('UNAUTHENTICATED', 'the connection has no valid key')];
        if (connection.controllers.size >= SUBSCRIPTIONS_PER_CONNECTION) return [wsError('RATE_LIMITED', `at most ${SUBSCRIPTIONS_PER_CONNECTION} subscriptions a connection`)];
        let document;
        try {
          document = parse(payload.query, { maxTokens: config.limits.tokens });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitRules(config.limits)]);
        if (errors.length) return errors;
        return undefined;
      },
      context: (ctx, id) => {
        const connection = open.get(ctx.extra)!;
        const controller = new AbortController();
        connection.controllers.set(id, controller);
        ctx.extra.socket.once('close', () => controller.abort());
        return { db, loaders: createLoaders(db), cursors, config, caller: connection.caller, extractor: deps.extractor, signal: controller.signal, feed };
      },
      onComplete: (ctx, id) => {
        // the client stopped it, or it ended: its feed stops waiting for the next edit
        const connection = open.get(ctx.extra);
        connection?.controllers.get(id)?.abort();
        connection?.controllers.delete(id);
      },
    },
    wsServer,
  );
}

function wsError(code: ErrorCode, message: string): GraphQLError {
  return new AppError(code, message);
}
