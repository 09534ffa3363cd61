/**
 * A first load three ways, side by side in one run, on the benchmark's generated corpus: Neo4j's
 * bulk importer as `saidgraph ingest --import` drives it (the article graphs written into the
 * in-memory graph, CSV, the importer, Neo4j started and migrated: `importCorpus`); then, into a
 * fresh database, `saidgraph ingest --bulk` into an empty graph (`firstLoadCorpus`: decided in
 * memory, written a batch a transaction) and the Cypher batches `--bulk` writes into a graph that
 * holds something (`bulkLoadCorpus`, 1,000 articles a transaction). All are timed from article
 * graphs in memory to a database whose indexes are online.
 *
 *   npm run bench:import -- --scale medium     writes bench/results/import-medium.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { generateCorpus } from './corpus.js';
import { bulkLoadCorpus, firstLoadCorpus, importCorpus, log, openBenchDatabase, scaleArg } from './harness.js';

const MEMORY = { small: [512, 2048], medium: [2048, 2048], large: [6144, 4096] } as const;

async function main(): Promise<void> {
  const scale = scaleArg();
  const [pageCacheMb, heapMb] = MEMORY[scale];
  const corpus = generateCorpus(scale);
  log(`corpus: ${corpus.statements} statements in ${corpus.batches.reduce((n, b) => n + b.length, 0)} articles`);
  const bulkImport = await importCorpus(corpus, pageCacheMb, heapMb);
  const database = await openBenchDatabase(pageCacheMb, heapMb);
  let bulkLoad;
  let firstLoad;
  try {
    if (!database.memory) throw new Error('the import needs the local Neo4j: unset NEO4J_URI');
    // both once on the first two batches, untimed: the fresh Neo4j plans and compiles each path's
    // statements before either is timed (the dev corpora took 71 to 87 s as the first load of a cold
    // Neo4j, 31 s once warm)
    const warmUp = { ...corpus, batches: corpus.batches.slice(0, 2) };
    await firstLoadCorpus(database.db, warmUp);
    await bulkLoadCorpus(database.db, warmUp);
    firstLoad = await firstLoadCorpus(database.db, corpus);
    bulkLoad = await bulkLoadCorpus(database.db, corpus);
  } finally {
    await database.close();
  }
  const report = {
    scale,
    statements: corpus.statements,
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    neo4jMemory: { pageCacheMb, heapMb },
    bulkImport,
    firstLoad,
    bulkLoad,
    importVsBulkLoad: Math.round((bulkImport.statementsPerSecond / bulkLoad.statementsPerSecond) * 100) / 100,
    firstLoadVsBulkLoad: Math.round((firstLoad.statementsPerSecond / bulkLoad.statementsPerSecond) * 100) / 100,
  };
  log(`import ${bulkImport.statementsPerSecond} statements/s, first load ${firstLoad.statementsPerSecond}, --bulk batches ${bulkLoad.statementsPerSecond}: ${report.importVsBulkLoad}x, ${report.firstLoadVsBulkLoad}x`);
  mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', `import-${scale}.json`), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
