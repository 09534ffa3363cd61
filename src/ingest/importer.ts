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
  /** Starting the database, its indexes and constraints (the migrations), the empty lists. */
  schema: number;
}

/**
 * `saidgraph ingest --import`: a first load of a corpus into the local Neo4j with Neo4j's bulk
 * importer. The articles are read, extracted and resolved in order as `saidgraph ingest` would
 * write them one transaction each, into a graph in memory (src/ingest/memoryGraph.ts); that graph
 * goes to CSV, the importer makes the database from it, and the database is then started once to
 * build its indexes and constraints. Only into a local Neo4j that is stopped and has no database
 * yet (checked before anything is read): the importer makes a database, it never adds to one.
 * When no article could be read, no database is made.
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
  if (config.uri) {
    throw new ImportError('IMPORT_NEEDS_LOCAL', 'an import makes the local Neo4j\'s database from files, and NEO4J_URI names a server: unset NEO4J_URI, or use saidgraph ingest --bulk');
  }
  await checkImportTarget(config.local);
  let started = Date.now();
  const lap = () => {
    const seconds = (Date.now() - started) / 1000;
    started = Date.now();
    return seconds;
  };
  const summary = await ingestPaths(graph, paths, options.onProgress, options.extractor);
  graph.finish();
  options.onRead?.();
  const read = lap();
  // nothing to load (every article failed, or none was given): no database is made
  if (!summary.created) return { summary, times: { read, csv: 0, importer: 0, schema: 0 } };
  log.info(`read ${summary.articles} articles into memory in ${read.toFixed(1)} s (${graph.nodes.size} nodes, ${graph.relationshipCount} relationships); writing CSV for Neo4j's importer`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-import-'));
  let csv: number;
  let importer: number;
  try {
    const files = await writeImportCsv(graph, dir);
    csv = lap();
    log.info(`CSV written in ${csv.toFixed(1)} s; running Neo4j's importer`);
    await importIntoLocal(config.local, files, (line) => log.info(line));
    importer = lap();
    log.info(`Neo4j's importer made the database in ${importer.toFixed(1)} s; starting it to build the indexes and constraints`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // started once: the migrations build the indexes and constraints on what the importer wrote
  const database = await openDatabase(config, log);
  try {
    await database.db.autoCommit('import/fillEmptyLists');
  } finally {
    await database.close();
  }
  return { summary, times: { read, csv, importer, schema: lap() } };
}
