import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../src/ingest/example.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type SaidgraphServer } from '../../src/server.js';
import { openTestDatabase, testConfig, type TestDatabase } from '../helpers/db.js';

/**
 * Telemetry seen from outside: a request id in every answer and log line, Prometheus text at
 * /metrics, and a trace of each request down to one span per Cypher statement.
 */
const spans = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
provider.register();

const lines: Array<Record<string, unknown>> = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let database: TestDatabase;
let server: SaidgraphServer;
let url: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadExample(database.db);
  server = await createServer({ config: testConfig(), db: database.db, log: createLogger('info', 'json', logStream) });
  url = await server.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await server?.stop();
  await database?.close();
  await provider.shutdown();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { response, body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }>; extensions?: { saidgraph?: { cypherStatements: number } } } };
}

/** The samples of Prometheus text format 0.0.4, each line checked: `name{label="value",...} number`. */
function parsePrometheus(text: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const samples: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  const described = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(comment[3]);
      described.add(comment[2]!);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)(?: -?\d+)?$/.exec(line);
    expect(sample, `not a Prometheus sample line: ${line}`).not.toBeNull();
    const labels: Record<string, string> = {};
    for (const pair of (sample![2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g)) labels[pair[1]!] = pair[2]!;
    const name = sample![1]!;
    expect(described.has(name.replace(/_(bucket|sum|count|created|total)$/, '')) || described.has(name), `no HELP or TYPE for ${name}`).toBe(true);
    samples.push({ name, labels, value: Number(sample![3]) });
  }
  return samples;
}

describe('request ids and logs', () => {
  it('answers every request with an X-Request-Id, the client\'s when it is a plain token, and logs it in JSON', async () => {
    const given = await post({ query: 'query Ping { node(id: "person:none") { id } }' }, { 'x-request-id': 'client-req-42' });
    expect(given.response.headers.get('x-request-id')).toBe('client-req-42');
    const made = await post({ query: '{ node(id: "person:none") { id } }' }, { 'x-request-id': 'bad id with spaces' });
    expect(made.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = lines.find((l) => l.requestId === 'client-req-42');
    expect(line).toMatchObject({ level: 30, msg: 'request', service: 'saidgraph', method: 'POST', route: '/graphql', status: 200, operationType: 'query', operationName: 'Ping' });
    expect(typeof line?.ms).toBe('number');
    expect(typeof line?.time).toBe('string');
  });
});

describe('/metrics', () => {
  it('serves Prometheus text with requests and latency by operation, errors by code, Neo4j sessions and ingest counts', async () => {
    await post({ query: 'query Peskov { statements(where: { speakerName: "Peskov" }) { nodes { text } } }' });
    await post({ query: '{ nosuchfield }' });
    const ingest = await post(
      { query: 'mutation($a: IngestArticleInput!) { ingestArticle(input: $a) { created } }', variables: { a: { title: 'Bridge', text: 'Mayor Ana Ruiz said on Monday that the bridge would reopen in May.', publishedAt: '2024-05-06' } } },
      { authorization: 'Bearer test-key' },
    );
    expect(ingest.body.errors).toBeUndefined();
    expect(ingest.body.data?.ingestArticle.created).toBe(true);
    const response = await fetch(url.replace('/graphql', '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(await response.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(value('saidgraph_graphql_requests_total', { type: 'query', operation: 'Peskov' })).toBe(1);
    expect(value('saidgraph_graphql_request_duration_seconds_count', { type: 'query', operation: 'Peskov' })).toBe(1);
    expect(value('saidgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(value('saidgraph_graphql_requests_total', { type: 'mutation', operation: 'anonymous' })).toBe(1);
    expect(value('saidgraph_articles_ingested_total', { result: 'created' })).toBeGreaterThanOrEqual(1);
    expect(value('saidgraph_statements_ingested_total')).toBeGreaterThanOrEqual(1);
    expect(value('saidgraph_neo4j_sessions_in_use')).toBe(0);
    expect(value('saidgraph_neo4j_pool_size')).toBe(50);
    expect(value('saidgraph_http_responses_total', { route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(3);
    expect(value('saidgraph_process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });
});

describe('traces', () => {
  it('has one span per Cypher statement of a request, named by its file, under the operation under the HTTP request', async () => {
    spans.reset();
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const { body } = await post(
      { query: 'query Lavrov { person(name: "Sergey Lavrov") { name statements(first: 3) { nodes { text speaker { ... on Person { name } } } } } }' },
      { 'x-saidgraph-stats': '1', traceparent },
    );
    expect(body.errors).toBeUndefined();
    const count = body.extensions?.saidgraph?.cypherStatements ?? 0;
    expect(count).toBeGreaterThan(1);
    await provider.forceFlush();
    const finished = spans.getFinishedSpans().filter((s) => s.spanContext().traceId === '0af7651916cd43dd8448eb211c80319c');
    const http = finished.filter((s) => s.kind === SpanKind.SERVER);
    expect(http.map((s) => s.name)).toEqual(['POST /graphql']);
    expect(http[0]!.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    const operation = finished.filter((s) => s.name.startsWith('graphql '));
    expect(operation.map((s) => s.name)).toEqual(['graphql query Lavrov']);
    expect(operation[0]!.parentSpanContext?.spanId).toBe(http[0]!.spanContext().spanId);
    const cypher = finished.filter((s) => s.kind === SpanKind.CLIENT);
    expect(cypher).toHaveLength(count);
    for (const span of cypher) {
      expect(span.parentSpanContext?.spanId).toBe(operation[0]!.spanContext().spanId);
      expect(span.name).toBe(`cypher ${String(span.attributes['db.query.summary'])}`);
      expect(span.attributes['saidgraph.cypher.file']).toMatch(/^cypher\/[a-z]+\/[A-Za-z_]+\.cypher$/);
      expect(span.attributes['db.system.name']).toBe('neo4j');
    }
  });
});
