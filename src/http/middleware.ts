import type { Duplex } from 'node:stream';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';
import type { AppError } from '../errors.js';
import { callerOf, type Caller } from './auth.js';
import { sendError } from './httpErrors.js';

/** Express's side of the server's guards: who calls, from where, with what body, under which headers. */

/**
 * The request body a caller may send: 1 MB, or with the ingest scope enough that any article over
 * the ingest's own limit (2 million characters) gets the typed TOO_LARGE rather than a 413.
 */
const BODY_LIMIT = 1024 * 1024;
const INGEST_BODY_LIMIT = 64 * 1024 * 1024;

/**
 * A request Node's HTTP parser refuses (a malformed request line or header, headers over 16 KB)
 * never reaches express; it still gets the coded JSON every other failure gets.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', 'the request headers are larger than 16 KB']
    : [400, 'Bad Request', 'BAD_REQUEST', 'the request is not valid HTTP'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** Who the request comes from, set by the `identify` middleware before the body is read. */
export function callerIn(res: express.Response): Caller {
  return res.locals.caller as Caller;
}

export function identify(config: Config): express.RequestHandler {
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
export function jsonBody(): express.RequestHandler {
  const small = express.json({ limit: BODY_LIMIT });
  const large = express.json({ limit: INGEST_BODY_LIMIT });
  return (req, res, next) => (callerIn(res).scopes.has('ingest') ? large : small)(req, res, next);
}

/**
 * Security headers on every answer; the policy is the one the GraphiQL bundle works under: its own
 * scripts and workers, Monaco's injected styles, and requests to this origin only.
 */
export function securityHeaders(): express.RequestHandler {
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
export function corsFor(config: Config): express.RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && (allowed.has('*') || allowed.has(origin))),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-saidgraph-stats', 'x-saidgraph-bookmark', 'x-request-id', 'traceparent'],
    exposedHeaders: ['x-request-id', 'x-saidgraph-bookmark', 'retry-after'],
    maxAge: 600,
  });
}
