import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadExample } from '../../src/ingest/example.js';
import { loadConfig, readApiKeys, type Config } from '../../src/config.js';
import { CYPHER_DIR } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor, toNeo4jParams, toPlain } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { loadCypherRegistry, type CypherRegistry } from '../../src/db/registry.js';
import { createLogger } from '../../src/logger.js';
import { withDevelopmentKey } from '../../src/main.js';
import { createServer, type SaidgraphServer } from '../../src/server.js';

export interface TestDatabase {
  db: Executor;
  registry: CypherRegistry;
  close(): Promise<void>;
  /** Runs Cypher written in a test (an oracle that reads the graph its own way), rows as plain JS. */
  cypher<T = Record<string, unknown>>(text: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** The test Neo4j, migrated and emptied: each test file starts from a clean graph. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const registry = await loadCypherRegistry(CYPHER_DIR);
  const driver = createDriver({ uri: inject('neo4jUri'), username: inject('neo4jUsername'), password: inject('neo4jPassword'), maxRetryMs: 5000 });
  const db = new Executor(driver, registry, 'neo4j');
  await migrate(db, registry);
  await db.autoCommit('db/wipe');
  const cypher = async <T,>(text: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(text, toNeo4jParams(params) as Record<string, unknown>)).records.map((r) => toPlain(r.toObject()) as T);
  return { db, registry, close: () => driver.close(), cypher };
}

/** A configuration for tests: nothing from the environment but defaults, a random port. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // every operation compiled by graphql-jit from its first run, so that the tests check what
  // repeated requests get (examples.int compares it with graphql-js's answers)
  return { ...loadConfig({}), port: 0, logLevel: 'silent', apiKeys: readApiKeys({ SAIDGRAPH_API_KEYS: 'test-key' }), jitAfter: 0, ...overrides };
}

export interface TestServer {
  url: string;
  server: SaidgraphServer;
  /** Posts a GraphQL operation; returns the parsed body and the Cypher statement count. */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
  statements: number;
}

/** A real HTTP server on a random port over the given executor. */
export async function startTestServer(db: Executor, config: Config = testConfig()): Promise<TestServer> {
  const server = await createServer({ config, db, log: createLogger(process.env.TEST_LOG ? 'error' : 'silent') });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    async query(query, variables = {}, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-saidgraph-stats': '1', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: any; extensions?: { saidgraph?: { cypherStatements: number } } };
      return { status: response.status, data: body.data, errors: body.errors, statements: body.extensions?.saidgraph?.cypherStatements ?? -1 };
    },
    stop: () => server.stop(),
  };
}

/**
 * A test file's clean database with the example graph loaded (unless `example` is false) and a
 * server over it, opened before the file's tests and closed after them. Read `.database` and
 * `.server` inside tests.
 */
export function useExampleServer({ example = true, config }: { example?: boolean; config?: Config } = {}): { readonly database: TestDatabase; readonly server: TestServer } {
  const state: { database?: TestDatabase; server?: TestServer } = {};
  beforeAll(async () => {
    state.database = await openTestDatabase();
    if (example) await loadExample(state.database.db);
    state.server = await startTestServer(state.database.db, config);
  });
  afterAll(async () => {
    await state.server?.stop();
    await state.database?.close();
  });
  return {
    get database() {
      return state.database!;
    },
    get server() {
      return state.server!;
    },
  };
}

/** A configuration as `npm start` has it on a laptop: no keys, so a development key (made in a temporary folder). */
export function developmentConfig(): Config {
  return withDevelopmentKey(testConfig({ apiKeys: [] }), mkdtempSync(path.join(os.tmpdir(), 'saidgraph-devkey-'))).config;
}
