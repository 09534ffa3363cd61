/**
 * What the API benchmark (`api.bench.ts`) and the load benchmark (`load.bench.ts`) share: a
 * contender in a process of its own with its memory, a corpus loaded through the ingestion write
 * path, and percentiles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { CYPHER_DIR } from '../src/db/database.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { freePort, startAttached, type LocalNeo4j } from '../src/db/localNeo4j.js';
import { migrate } from '../src/db/migrate.js';
import { loadCypherRegistry } from '../src/db/registry.js';
import { writeArticleGraphs } from '../src/ingest/write.js';
import { importGraph } from '../src/ingest/importer.js';
import { MemoryGraph } from '../src/ingest/memoryGraph.js';
import { FirstLoad } from '../src/ingest/firstLoad.js';
import { createLogger } from '../src/logger.js';
import { SCALES, type generateCorpus, type Scale } from './corpus.js';
import { CursorCodec } from '../src/modules/shared/connection.js';
import { listStatements } from '../src/modules/statement/statement.repository.js';
import { toStatementFilter } from '../src/modules/statement/statement.service.js';
import { BENCH_CURSOR_SECRET, type Contender, type Probes } from './operations.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

export interface Running {
  name: Contender;
  child: ChildProcess;
  port: number;
  readyMs: number;
  rssMb: number;
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The process tree's largest child (tsx runs the script in a child of its own). */
export function treeRssMb(pid: number): number {
  let total = rssMb(pid);
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    for (const c of children) total = Math.max(total, treeRssMb(c));
  } catch {
    // no children file: the process has none
  }
  return total;
}

export async function startContender(name: Contender, uri: string): Promise<Running> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'contender.ts'), name, uri, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return { name, child, port, readyMs: Date.now() - started, rssMb: rssMb(child.pid!) };
}


export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

/** Wipes the database and loads the corpus through the write path of `ingest --bulk` (statements new to the graph created, not merged), timed. */
export async function bulkLoadCorpus(db: Executor, corpus: ReturnType<typeof generateCorpus>) {
  await db.autoCommit('db/wipe');
  const started = Date.now();
  for (const batch of corpus.batches) await db.writeTransaction((tx) => writeArticleGraphs(tx, batch, { createNew: true }));
  await db.autoCommit('db/awaitIndexes');
  const bulkLoad = loadRate(corpus.statements, started);
  log(`bulk load: ${bulkLoad.statementsPerSecond} statements/s`);
  return bulkLoad;
}

/**
 * Wipes the database and loads the corpus as `ingest --bulk` does into an empty graph (a first
 * load, src/ingest/firstLoad.ts): each batch written into the in-memory graph through the write
 * path, and what it changed written to Neo4j in one transaction while the next batch goes into
 * memory; timed to a database whose indexes are online.
 */
export async function firstLoadCorpus(db: Executor, corpus: ReturnType<typeof generateCorpus>) {
  await db.autoCommit('db/wipe');
  const started = Date.now();
  const load = new FirstLoad(db);
  let writing: Promise<unknown> = Promise.resolve();
  for (const batch of corpus.batches) {
    await load.graph.transaction(() => writeArticleGraphs(load.graph.tx, batch));
    await writing;
    writing = load.write();
  }
  await writing;
  await db.autoCommit('db/awaitIndexes');
  const firstLoad = loadRate(corpus.statements, started);
  log(`first load: ${firstLoad.statementsPerSecond} statements/s`);
  return firstLoad;
}

/**
 * Loads the corpus the way `saidgraph ingest --import` does, into a fresh local Neo4j of its own
 * (a first load into an empty database): the article graphs written into the in-memory graph
 * through the same write path, then importGraph (CSV, Neo4j's importer, the database started and
 * migrated). Timed from the article graphs in memory to a database with its indexes online (the
 * migrations wait for them), Neo4j's stop included; each phase apart.
 */
export async function importCorpus(corpus: ReturnType<typeof generateCorpus>, pageCacheMb: number, heapMb: number) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-bench-import-'));
  try {
    const started = Date.now();
    const graph = new MemoryGraph();
    for (const batch of corpus.batches) await graph.transaction(() => writeArticleGraphs(graph.tx, batch));
    const inMemory = Math.round((Date.now() - started) / 100) / 10;
    const config = { ...loadConfig().neo4j, uri: null, local: { port: await freePort(), home, pageCacheMb, heapMb } };
    const times = await importGraph(config, graph, createLogger('silent'));
    const rate = loadRate(corpus.statements, started);
    const phases = { inMemory, ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v * 10) / 10])) };
    log(`bulk import: ${rate.statementsPerSecond} statements/s (${JSON.stringify(phases)} s)`);
    return { ...rate, phases };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** How many statements went in since `started`, and at what rate. */
function loadRate(statements: number, started: number) {
  const seconds = (Date.now() - started) / 1000;
  return { statements, seconds: Math.round(seconds * 10) / 10, statementsPerSecond: Math.round(statements / seconds) };
}

/**
 * The ids the operations ask for: the corpus's probes, and the cursor after the busiest speaker's
 * first 2,000 statements (half of them in a smaller corpus) for the deep page.
 */
export async function probesFor(db: Executor, corpus: ReturnType<typeof generateCorpus>): Promise<Probes> {
  const all = await listStatements(db, toStatementFilter({ speakerId: corpus.probes.busySpeaker }), { afterKey: null, afterId: null, limit: 2001, descending: true });
  const depth = all.length > 2000 ? 2000 : Math.floor(all.length / 2);
  const at = all[depth - 1]!;
  log(`busy speaker has ${all.length > 2000 ? 'over 2000' : all.length} statements; deep page after #${depth}`);
  return { ...corpus.probes, deepOffset: depth, deepCursor: new CursorCodec(Buffer.from(BENCH_CURSOR_SECRET)).encode(at), deepKey: Number(at.sortKey), deepId: at.id };
}

/** A command-line option's value: `--name value`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** `--scale`, checked. */
export function scaleArg(): Scale {
  const scale = arg('scale', 'small') as Scale;
  if (!(scale in SCALES)) throw new Error(`--scale is small, medium or large, not ${scale}`);
  return scale;
}

/**
 * Writes the first batches of a corpus already loaded again (every statement, entity and
 * relationship is there): the idempotent path a re-ingest takes, timed over up to `limit` statements.
 */
export async function idempotentLoadCorpus(db: Executor, corpus: ReturnType<typeof generateCorpus>, limit = 100_000) {
  let statements = 0;
  const started = Date.now();
  for (const batch of corpus.batches) {
    if (statements >= limit) break;
    await db.writeTransaction((tx) => writeArticleGraphs(tx, batch));
    statements += batch.reduce((n, graph) => n + graph.statements.length, 0);
  }
  const idempotentLoad = loadRate(statements, started);
  log(`idempotent load (again, ${statements} statements): ${idempotentLoad.statementsPerSecond} statements/s`);
  return idempotentLoad;
}

/** The benchmark's database: NEO4J_URI's, or a fresh local Neo4j in a temporary folder; migrated. */
export interface BenchDatabase {
  uri: string;
  db: Executor;
  /** The local Neo4j's process, when the benchmark started one (for its memory). */
  localPid: number | null;
  /** The local Neo4j's memory, when the benchmark started one (null for NEO4J_URI's, sized elsewhere). */
  memory: { pageCacheMb: number; heapMb: number } | null;
  close(): Promise<void>;
}

export async function openBenchDatabase(pageCacheMb: number, heapMb = 2048): Promise<BenchDatabase> {
  const config = loadConfig();
  let local: LocalNeo4j | null = null;
  let home: string | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    home = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-bench-'));
    local = await startAttached({ port: await freePort(), home, pageCacheMb, heapMb });
    uri = local.uri;
    log(`Neo4j ready in ${local.startupMs} ms`);
  }
  const registry = await loadCypherRegistry(CYPHER_DIR);
  const driver = createDriver({ uri, username: config.neo4j.username, password: config.neo4j.password, maxRetryMs: 30_000 });
  const db = new Executor(driver, registry, config.neo4j.database);
  await migrate(db, registry);
  return {
    uri,
    db,
    localPid: local?.pid ?? null,
    memory: local ? { pageCacheMb, heapMb } : null,
    close: async () => {
      await driver.close();
      await local?.stop();
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

/** One autocannon run, with the latency of every response (autocannon's own histogram is coarser). */
export async function drive(options: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

/** What a run measured: requests per second, latency percentiles, errors (non-2xx, timeouts, refused). */
export function figures({ result, latencies }: { result: autocannon.Result; latencies: number[] }) {
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: latencies.length,
  };
}
