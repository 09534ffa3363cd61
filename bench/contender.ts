/**
 * Runs one contender of the benchmark in its own process, so that its start-up time and memory
 * are its own:  tsx bench/contender.ts saidgraph|neo4j-graphql|floor BOLT_URI PORT
 * Prints "ready PORT" once it answers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { BENCH_CURSOR_SECRET } from './operations.js';
import { CYPHER_DIR } from '../src/db/database.js';
import { createDriver, disableNagle } from '../src/db/driver.js';
import { Executor, toPlain } from '../src/db/executor.js';
import { loadCypherRegistry } from '../src/db/registry.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const [name, uri, portText] = process.argv.slice(2);
const port = Number(portText);

async function saidgraph(): Promise<void> {
  // one client makes every request: the per-address limit would measure the limiter, not the API
  const config = { ...loadConfig({ SAIDGRAPH_CURSOR_SECRET: BENCH_CURSOR_SECRET, SAIDGRAPH_RATE_LIMIT_PER_ADDRESS: '100000000' }), port, logLevel: 'error' as const };
  const driver = createDriver({ uri: uri!, username: 'neo4j', password: '', maxRetryMs: 5000 });
  const db = new Executor(driver, await loadCypherRegistry(CYPHER_DIR), 'neo4j');
  const server = await createServer({ config, db, log: createLogger('error') });
  await server.listen(port, '127.0.0.1');
}

async function neo4jGraphql(): Promise<void> {
  // the same socket option saidgraph's driver gets, so the run compares query work, not TCP
  disableNagle();
  const driver = neo4j.driver(uri!, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50 });
  const typeDefs = readFileSync(path.join(HERE, 'contenders', 'neo4j-graphql.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await new Promise<void>((resolve) => app.listen(port, '127.0.0.1', () => resolve()));
}

/** The floor: each operation's hand-written Cypher, straight through the driver, behind a minimal handler. */
async function floor(): Promise<void> {
  disableNagle();
  const driver: Driver = neo4j.driver(uri!, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50, disableLosslessIntegers: true });
  const dir = path.join(HERE, 'floor');
  const cypher = new Map(readdirSync(dir).map((f) => [f.replace(/\.cypher$/, ''), readFileSync(path.join(dir, f), 'utf8')]));
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const { op, params } = JSON.parse(body) as { op: string; params: Record<string, unknown> };
        const text = cypher.get(op);
        if (!text) throw new Error(`no operation ${op}`);
        const ints = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
        const result = await session.executeRead((tx) => tx.run(text, ints));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: result.records.map((r) => toPlain(r.get('result'))) }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      } finally {
        await session.close();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

const starters: Record<string, () => Promise<void>> = { saidgraph, 'neo4j-graphql': neo4jGraphql, floor };
const start = starters[name ?? ''];
if (!start) {
  console.error('usage: contender.ts saidgraph|neo4j-graphql|floor BOLT_URI PORT');
  process.exit(2);
}
await start();
console.log(`ready ${port}`);
