import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../helpers/db.js';

/**
 * `saidgraph serve` as an operator runs it, with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector
 * (here a small HTTP server that keeps what it receives): a request's spans arrive over OTLP/HTTP,
 * and stderr carries JSON log lines with the request's id.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const received: string[] = [];
const collector = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    if (req.url === '/v1/traces') received.push(body);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
let child: ChildProcess | undefined;

afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((resolve) => collector.close(resolve));
});

async function until<T>(what: string, check: () => T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('OTLP export', () => {
  it('sends the spans of a request to the collector, down to its Cypher statements', async () => {
    const database = await openTestDatabase();
    await database.close();
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const collectorPort = (collector.address() as { port: number }).port;
    const lines: Array<Record<string, unknown>> = [];
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUsername'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        PORT: '0',
        GRAPHIQL: 'false',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        SAIDGRAPH_API_KEYS: 'otlp-test-key',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
        OTEL_SERVICE_NAME: 'saidgraph-under-test',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    const ready = await until('the server to be ready', () => lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('saidgraph ready')));
    const url = /(http:\/\/\S+\/graphql)/.exec(String(ready.msg))![1]!;
    expect(lines.some((l) => typeof l.msg === 'string' && l.msg.startsWith('tracing: spans exported over OTLP'))).toBe(true);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'otlp-req-1' },
      body: JSON.stringify({ query: 'query Recent { statements(first: 2) { nodes { text } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('otlp-req-1');

    const exported = await until('spans at the collector', () => {
      const all = received.join('\n');
      return all.includes('graphql query Recent') && all.includes('cypher statement/') ? all : undefined;
    });
    expect(exported).toContain('saidgraph-under-test');
    expect(exported).toContain('POST /graphql');
    expect(exported).toContain('saidgraph.cypher.file');
    const logged = await until('the request log line', () => lines.find((l) => l.requestId === 'otlp-req-1' && l.msg === 'request'));
    expect(logged).toMatchObject({ level: 30, route: '/graphql', status: 200, operationName: 'Recent' });
  }, 90_000);
});
