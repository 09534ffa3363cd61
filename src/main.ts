import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, readApiKeys, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { loadExample } from './ingest/example.js';
import { createLogger, type Logger } from './logger.js';
import { startTracing } from './telemetry/tracing.js';
import { createServer, type SaidgraphServer } from './server.js';

export interface RunningSaidgraph {
  url: string;
  database: Database;
  server: SaidgraphServer;
  stop(): Promise<void>;
}

/**
 * config -> database (local or NEO4J_URI) -> migrations -> [example] -> server. `stop` drains
 * requests, then closes the driver and the local Neo4j, in that order.
 */
export async function runSaidgraph(config: Config, log: Logger, options: { loadExample: boolean }): Promise<RunningSaidgraph> {
  const started = Date.now();
  const stopTracing = startTracing(config.tracing);
  if (stopTracing) log.info(`tracing: spans exported over OTLP to ${config.tracing!.url}`);
  const database = await openDatabase(config.neo4j, log);
  try {
    if (options.loadExample) {
      const exampleStarted = Date.now();
      const outcomes = await loadExample(database.db);
      const created = outcomes.filter((o) => o.created);
      // occurrences, not statements: the same words in both articles are one statement reported twice
      log.info(created.length ? `example loaded: ${created.length} articles, ${created.reduce((n, o) => n + o.statements, 0)} statement occurrences in ${Date.now() - exampleStarted} ms` : 'example already in the graph');
    }
    const server = await createServer({ config, db: database.db, log });
    const url = await server.listen();
    log.info(`saidgraph ready in ${Date.now() - started} ms: GraphQL and GraphiQL at ${url}`);
    return { url, database, server, stop: async () => {
      await server.stop();
      await database.close();
      await stopTracing?.();
    } };
  } catch (error) {
    await database.close();
    await stopTracing?.();
    throw error;
  }
}

/** Stops cleanly on SIGINT and SIGTERM; a second signal exits at once. */
export function stopOnSignals(running: RunningSaidgraph, log: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info(`${signal}: draining requests and shutting down`);
    running.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

const DEVELOPMENT_KEY_NAME = 'local-developer';
const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

/**
 * `npm start` on a laptop: with no keys configured and a loopback address, a development key (all
 * scopes, named `local-developer` in the audit trail) lets the GraphiQL tabs that write (ingest,
 * curate) work out of the box. It is made once, kept in `dev-key` of the data folder (readable by
 * its owner only), and GraphiQL pages served to this machine carry it. A server that others can
 * reach (HOST not loopback) or that has keys gets none.
 */
export function withDevelopmentKey(config: Config, dir: string = config.neo4j.local.home): { config: Config; created: boolean; file: string | null } {
  if (config.apiKeys.length || !LOOPBACK.includes(config.host)) return { config, created: false, file: null };
  const file = path.join(dir, 'dev-key');
  let created = false;
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    created = true;
  }
  const key = readFileSync(file, 'utf8').trim();
  return { config: { ...config, developmentKey: key, apiKeys: readApiKeys({ SAIDGRAPH_API_KEYS: `${DEVELOPMENT_KEY_NAME}=${key}` }) }, created, file };
}

/** The entry point of `npm start`: local Neo4j, the example article, GraphQL and GraphiQL. */
export async function main(options: { loadExample: boolean }): Promise<void> {
  const development = withDevelopmentKey(loadConfig());
  const config = development.config;
  const log = createLogger(config.logLevel, config.logFormat);
  if (development.created) {
    log.info(`no SAIDGRAPH_API_KEYS set: made a local development key (all scopes, on ${config.host} only): ${config.developmentKey} (kept in ${development.file}; GraphiQL's write tabs send it)`);
  } else if (development.file) {
    log.info(`no SAIDGRAPH_API_KEYS set: the local development key in ${development.file} works on ${config.host}; GraphiQL's write tabs send it`);
  }
  const running = await runSaidgraph(config, log, options);
  stopOnSignals(running, log);
}
