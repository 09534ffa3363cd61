import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of this process, served at /metrics: GraphQL requests and their latency by
 * operation, errors by code, HTTP responses by status, Neo4j sessions in use against the pool,
 * articles and statements ingested, and Node's own (event loop lag, heap, CPU).
 */
export const registry = new Registry();

let collecting = false;

/**
 * Node's own metrics (event loop lag, heap, CPU), once per process, started by the server: a
 * command that only imports this module (every one that writes to the graph) does not pay for them.
 */
export function collectProcessMetrics(): void {
  if (collecting) return;
  collecting = true;
  collectDefaultMetrics({ register: registry, prefix: 'saidgraph_' });
}

export const graphqlRequests = new Counter({
  name: 'saidgraph_graphql_requests_total',
  help: 'GraphQL operations answered, by operation type and name',
  labelNames: ['type', 'operation'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'saidgraph_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its answer, by operation type and name',
  labelNames: ['type', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'saidgraph_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const httpResponses = new Counter({
  name: 'saidgraph_http_responses_total',
  help: 'HTTP responses, by route and status',
  labelNames: ['route', 'status'] as const,
  registers: [registry],
});

export const neo4jSessionsInUse = new Gauge({
  name: 'saidgraph_neo4j_sessions_in_use',
  help: 'Neo4j sessions open now (each holds one pooled connection while it runs)',
  registers: [registry],
});

export const neo4jPoolSize = new Gauge({
  name: 'saidgraph_neo4j_pool_size',
  help: 'The most connections the driver keeps to Neo4j (NEO4J_POOL_SIZE)',
  registers: [registry],
});

export const articlesIngested = new Counter({
  name: 'saidgraph_articles_ingested_total',
  help: 'Articles written to the graph, by result (created, updated, unchanged)',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const statementsIngested = new Counter({
  name: 'saidgraph_statements_ingested_total',
  help: 'Statements of the articles written to the graph',
  registers: [registry],
});

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATIONS = 200;
const seen = new Set<string>();

/**
 * The operation label: the client's operation name when it is a plain name, "anonymous" without
 * one; past 200 distinct names, "other", so that clients cannot grow the series without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'invalid';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATIONS) return 'other';
  seen.add(name);
  return name;
}

export const webhookDeliveries = new Counter({
  name: 'saidgraph_webhook_deliveries_total',
  help: 'Webhook POSTs, by webhook and result (delivered, failed: a failed attempt is retried)',
  labelNames: ['webhook', 'result'] as const,
  registers: [registry],
});

export const webhookDeadLetters = new Counter({
  name: 'saidgraph_webhook_dead_letters_total',
  help: 'Webhook bodies given up after the last attempt, kept as dead letters in the database',
  labelNames: ['webhook'] as const,
  registers: [registry],
});
