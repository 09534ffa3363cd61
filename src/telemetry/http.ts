import { randomUUID } from 'node:crypto';
import { propagation, SpanStatusCode } from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { RequestContext } from '../context.js';
import type { Logger } from '../logger.js';
import { graphqlDuration, graphqlErrors, graphqlRequests, httpResponses, operationLabel, registry } from './metrics.js';
import { context, SpanKind, trace, tracer, type Context, type Span } from './tracing.js';

/** What the telemetry keeps about one HTTP request, on `res.locals.telemetry`. */
export interface RequestTelemetry {
  id: string;
  span: Span;
  log: Logger;
  /** The GraphQL operation, once Apollo has resolved it. */
  operation?: { type: string; name: string | null };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function telemetryOf(res: express.Response): RequestTelemetry | undefined {
  return res.locals.telemetry as RequestTelemetry | undefined;
}

/**
 * The first middleware: the request's id (the client's `X-Request-Id` when it is a plain token,
 * else a new UUID), sent back in `X-Request-Id`; the request's server span (continuing a W3C
 * `traceparent`); and, when the answer is sent, a log line and the HTTP metrics.
 */
export function requestTelemetry(log: Logger): express.RequestHandler {
  return (req, res, next) => {
    // (the path now: inside a mounted router Express shows a shorter one)
    const path = req.path;
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(`${req.method} ${routeOf(path)}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method, 'url.path': path.slice(0, 200), 'saidgraph.request_id': id },
    }, parent);
    const telemetry: RequestTelemetry = { id, span, log: log.child({ requestId: id }) };
    res.locals.telemetry = telemetry;
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const route = routeOf(path);
      const status = res.headersSent ? res.statusCode : 499;
      span.setAttribute('http.response.status_code', status);
      span.updateName(`${req.method} ${route}`);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      httpResponses.inc({ route, status: String(status) });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const operation = telemetry.operation;
      telemetry.log.info('request', { method: req.method, route, status, ms: Math.round(ms * 10) / 10, ...(operation ? { operationType: operation.type, operationName: operation.name } : {}) });
    });
    next();
  };
}

/** The few routes served, for span names and metric labels (never the raw path, which a client chooses). */
function routeOf(path: string): string {
  if (path === '/graphql' || path === '/health' || path === '/ready' || path === '/metrics') return path;
  if (path.startsWith('/graphiql')) return '/graphiql';
  return 'other';
}

/**
 * Right before Apollo: makes the request's span the active one, so that what Apollo starts is
 * under it (body parsing, which runs on the socket's events, would lose it before).
 */
export const activateRequestSpan: express.RequestHandler = (_req, res, next) => {
  const telemetry = telemetryOf(res);
  if (!telemetry) return next();
  context.with(trace.setSpan(context.active(), telemetry.span), next);
};

/** Names the operation's span and counts it, its latency and its errors. */
export const operationTelemetryPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    let type = 'unknown';
    let name: string | null = null;
    return {
      async didResolveOperation({ operation, operationName }) {
        type = operation?.operation ?? 'unknown';
        name = operationName ?? null;
        contextValue.telemetry?.setOperation(type, name);
      },
      async willSendResponse({ errors }) {
        const labels = { type, operation: operationLabel(name) };
        graphqlRequests.inc(labels);
        graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        const codes = (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
        for (const code of codes) graphqlErrors.inc({ code });
        contextValue.telemetry?.end(codes);
      },
    };
  },
};

/** The handle a request's GraphQL context keeps on its operation span. */
export interface OperationTelemetry {
  /** The context with the operation's span, under which its Cypher statements' spans go. */
  context: Context;
  setOperation(type: string, name: string | null): void;
  end(errorCodes: string[]): void;
}

/**
 * The span of a GraphQL operation, a child of its HTTP request's span; it ends with the answer,
 * or when the client goes away first.
 */
export function operationTelemetry(res: express.Response): OperationTelemetry {
  const request = telemetryOf(res);
  const parent = request ? trace.setSpan(context.active(), request.span) : context.active();
  const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL }, parent);
  let ended = false;
  const telemetry: OperationTelemetry = {
    context: trace.setSpan(parent, span),
    setOperation(type, name) {
      span.updateName(`graphql ${type}${name ? ` ${name}` : ''}`);
      span.setAttribute('graphql.operation.type', type);
      if (name) span.setAttribute('graphql.operation.name', name.slice(0, 100));
      if (request) request.operation = { type, name: name ? name.slice(0, 100) : null };
    },
    end(errorCodes) {
      if (ended) return;
      ended = true;
      if (errorCodes.length) span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes.join(',') });
      span.end();
    },
  };
  res.once('close', () => telemetry.end([]));
  return telemetry;
}

/** Prometheus text of the process's metrics. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
