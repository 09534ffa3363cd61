import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, type Neo4jConfig } from '../config.js';
import type { Logger } from '../logger.js';
import path from 'node:path';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';
import { runningLocal, startAttached, type LocalNeo4j } from './localNeo4j.js';
import { migrate } from './migrate.js';
import { loadCypherRegistry } from './registry.js';

/** An open connection to the graph: the executor and what must be closed after it. */
export interface Database {
  db: Executor;
  driver: Driver;
  uri: string;
  /** Set when saidgraph started its own local Neo4j for this process. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/**
 * Opens the graph: the server of NEO4J_URI, or else a local Neo4j started for this process;
 * then loads cypher/ (a missing file fails here) and applies pending migrations.
 */
export async function openDatabase(config: Neo4jConfig, log: Logger): Promise<Database> {
  const registry = await loadCypherRegistry(CYPHER_DIR);
  let local: LocalNeo4j | null = null;
  let uri = config.uri;
  if (!uri) {
    // `npm start` or `db:start` runs this data folder's Neo4j already: use it, leave it running
    const running = await runningLocal(config.local);
    if (running) {
      log.info(`using the local Neo4j at ${running.uri} (started by ${running.startedBy}; data in ${config.local.home})`);
      uri = running.uri;
    } else {
      log.info(`starting the local Neo4j on 127.0.0.1:${config.local.port} (data in ${config.local.home})`);
      local = await startAttached(config.local);
      log.info(`local Neo4j ready in ${local.startupMs} ms`);
      uri = local.uri;
    }
  }
  const driver = createDriver({ uri, username: config.username, password: config.password, maxRetryMs: config.maxRetryMs, poolSize: config.poolSize, acquireMs: config.acquireMs, connectMs: config.connectMs });
  const db = /^neo4j(\+s|\+ssc)?:/.test(uri) ? Executor.forCluster(driver, registry, config.database) : new Executor(driver, registry, config.database);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    const started = Date.now();
    const applied = await migrate(db, registry);
    if (applied.length) log.info(`applied ${applied.length} migrations in ${Date.now() - started} ms`);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, driver, uri, local, close };
}
