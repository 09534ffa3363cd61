import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

/**
 * Answers a failure outside GraphQL execution in the shape GraphQL clients read:
 * `{"errors": [{"message", "extensions": {"code"}}]}` with the right status.
 */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** What body-parser's failures mean to a client (their `type`), and how to answer them. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than this endpoint accepts'],
  'entity.parse.failed': [400, 'BAD_REQUEST', 'the request body is not valid JSON'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be UTF-8 JSON (charset=utf-8)'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'the Content-Encoding of the body is not supported'],
  'request.aborted': [400, 'BAD_REQUEST', 'the request body ended before its announced length'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'the request body is not as long as its Content-Length says'],
  'stream.encoding.set': [500, 'INTERNAL_SERVER_ERROR', 'Internal server error'],
};

/** The last handler: body-parser failures and anything unexpected, as coded JSON without internals. */
export function errorHandler(log: Logger, exposeErrors: boolean): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const type = (error as { type?: unknown }).type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known && known[0] < 500) {
      sendError(res, known[0], known[1], known[2]);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, 'BAD_REQUEST', exposeErrors && error instanceof Error ? error.message : 'the request cannot be read');
      return;
    }
    log.error('unexpected error outside GraphQL', error);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', exposeErrors && error instanceof Error ? error.message : 'Internal server error');
  };
}

/** Any route that is not served: 404 in JSON. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'NOT_FOUND', `nothing is served at ${req.method} ${req.path.slice(0, 200)}`);
};

/** /graphql takes GET and POST only (and OPTIONS for CORS), and nothing below it is served. */
export const onlyGetAndPost: RequestHandler = (req, res, next) => {
  if (req.path !== '/') {
    notFound(req, res, next);
    return;
  }
  if (req.method === 'GET' || req.method === 'POST' || req.method === 'OPTIONS') {
    next();
    return;
  }
  sendError(res, 405, 'METHOD_NOT_ALLOWED', `/graphql answers GET and POST, not ${req.method}`, { allow: 'GET, POST' });
};

/** A POST to /graphql must be UTF-8 JSON, as the GraphQL-over-HTTP spec asks. */
export const jsonBodyOnly: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') {
    next();
    return;
  }
  const [type, ...parameters] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (type !== 'application/json') {
    sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST a JSON body with Content-Type: application/json');
    return;
  }
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be UTF-8 JSON (charset=utf-8)');
    return;
  }
  next();
};
