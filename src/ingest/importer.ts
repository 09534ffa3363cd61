import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Neo4jConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { checkImportTarget, ImportError, importIntoLocal } from '../db/neo4jImport.js';
import type { ExtractionPool } from '../extract/pool.js';
import type { Logger } from '../logger.js';
import { ingestPaths, type BatchProgress, type BatchSummary } from './batch.js';
import { writeImportCsv } from './importCsv.js';
import { MemoryGraph } from './memoryGraph.js';

/** Where an import's time went, in seconds. */
export interface ImportTimes {
  /** Reading, extracting and resolving the articles into the graph in memory. */
  read: number;
  csv: number;
  /** Neo4j's importer. */
  importer: number;
  /** Neo4j's start. */
  startup: number;
  /** Its indexes and constraints (the migrations), the empty lists. */
  schema: number;
}

const seconds = (since: number) => (Date.now() - since) / 1000;

/**
 * `saidgraph ingest --import`: a first load of a corpus into the local Neo4j with Neo4j's bulk
 * importer. The articles are read, extracted and resolved in order as `saidgraph ingest` would
 * write them one transaction each, into a graph in memory (src/ingest/memoryGraph.ts); then
 * importGraph. Only into a local Neo4j that is stopped and has no database yet (checked before
 * anything is read): the importer makes a database, it never adds to one. When no article could
 * be read, no database is made.
 */
export async function importPaths(
  config: Neo4jConfig,
  paths: string[],
  log: Logger,
  options: {
    onProgress?: (p: BatchProgress) => void;
    /** Called when every article is read, before the CSV, the importer and the indexes. */
    onRead?: () => void;
    extractor?: ExtractionPool;
    graph?: MemoryGraph;
  } = {},
): Promise<{ summary: BatchSummary; times: ImportTimes }> {
  const graph = options.graph ?? new MemoryGraph();
  await checkTarget(config);
  const started = Date.now();
  const summary = await ingestPaths(graph, paths, options.onProgress, options.extractor);
  options.onRead?.();
  const read = seconds(started);
  // nothing to load (every article failed, or none was given): no database is made
  if (!summary.created) return { summary, times: { read, csv: 0, importer: 0, startup: 0, schema: 0 } };
  log.info(`read ${summary.articles} articles into memory in ${read.toFixed(1)} s`);
  return { summary, times: { read, ...(await importGraph(config, graph, log)) } };
}

async function checkTarget(config: Neo4jConfig): Promise<void> {
  if (config.uri) {
    throw new ImportError('IMPORT_NEEDS_LOCAL', 'an import makes the local Neo4j\'s database from files, and NEO4J_URI names a server: unset NEO4J_URI, or use saidgraph ingest --bulk');
  }
  await checkImportTarget(config.local);
}

/**
 * A graph in memory into the local Neo4j (stopped, with no database): CSV, Neo4j's importer, then
 * the database started once, the migrations building its indexes and constraints on what the
 * importer wrote, and the empty lists set (importIntoLocal refuses a running or non-empty
 * target). What `ingest --import` and the benchmark (bench:import) both run.
 */
export async function importGraph(config: Neo4jConfig, graph: MemoryGraph, log: Logger): Promise<Omit<ImportTimes, 'read'>> {
  graph.finish();
  let started = Date.now();
  log.info(`${graph.nodes.size} nodes, ${graph.relationshipCount} relationships; writing CSV for Neo4j's importer`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-import-'));
  let csv: number;
  let importer: number;
  try {
    const files = await writeImportCsv(graph, dir);
    csv = seconds(started);
    log.info(`CSV written in ${csv.toFixed(1)} s; running Neo4j's importer`);
    started = Date.now();
    await importIntoLocal(config.local, files, (line) => log.info(line));
    importer = seconds(started);
    log.info(`Neo4j's importer made the database in ${importer.toFixed(1)} s; starting it to build the indexes and constraints`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  started = Date.now();
  const database = await openDatabase(config, log);
  try {
    await database.db.autoCommit('import/fillEmptyLists');
  } finally {
    await database.close();
  }
  const startup = (database.local?.startupMs ?? 0) / 1000;
  return { csv, importer, startup, schema: seconds(started) - startup };
}
