/**
 * saidgraph against @neo4j/graphql and the hand-written Cypher floor, on one database, in one run.
 *
 *   npm run bench -- --scale small|medium|large [--duration 5] [--connections 8]
 *     [--ops statementById,deepPage] [--contenders saidgraph,floor] [--reuse]
 *
 * --ops and --contenders narrow a run while working on one operation (ratios need all three);
 * --reuse, with NEO4J_URI, keeps a corpus an earlier run loaded there instead of loading again.
 *
 * Loads a synthetic corpus through the ingestion write path (reporting statements per second),
 * starts each contender in its own process (time to ready, memory), drives a fixed operation mix
 * at fixed concurrency with autocannon, and writes bench/results/<scale>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticle } from '../src/ingest/ingest.js';
import { countStatements } from '../src/modules/statement/statement.repository.js';
import { toStatementFilter } from '../src/modules/statement/statement.service.js';
import { generateArticles } from './articles.js';
import { generateCorpus, type Scale } from './corpus.js';
import { arg, bulkLoadCorpus, drive, idempotentLoadCorpus, importCorpus, figures, log, openBenchDatabase, probesFor, scaleArg, startContender, treeRssMb, type Running } from './harness.js';
import { OPERATIONS, type Contender, type Probes } from './operations.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Page cache and heap (MB) of the local Neo4j at each scale. */
const NEO4J_MEMORY: Record<Scale, [number, number]> = { small: [512, 2048], medium: [2048, 2048], large: [6144, 4096] };
const CONTENDERS: Contender[] = ['saidgraph', 'neo4j-graphql', 'floor'];

const scale = scaleArg();
const duration = Number(arg('duration', '5'));
const connections = Number(arg('connections', '8'));
const onlyOps = arg('ops', '').split(',').filter(Boolean);
const contenders = arg('contenders', CONTENDERS.join(',')).split(',') as Contender[];
const reuse = process.argv.includes('--reuse');
for (const name of onlyOps) if (!OPERATIONS.some((op) => op.name === name)) throw new Error(`no operation ${name}`);
for (const name of contenders) if (!CONTENDERS.includes(name)) throw new Error(`no contender ${name}`);
const operations = OPERATIONS.filter((op) => !onlyOps.length || onlyOps.includes(op.name));

function request(contender: Running, op: (typeof OPERATIONS)[number], probes: Probes) {
  if (contender.name === 'floor') return { path: '/', body: JSON.stringify({ op: op.name, params: op.floor(probes) }) };
  const { query, variables } = contender.name === 'saidgraph' ? op.saidgraph(probes) : op.neo4jGraphql(probes);
  return { path: '/graphql', body: JSON.stringify({ query, variables }) };
}

/** One request, checked: 200, no errors, some data. Also how many Cypher statements saidgraph ran. */
async function check(contender: Running, op: (typeof OPERATIONS)[number], probes: Probes) {
  const { path: p, body } = request(contender, op, probes);
  const response = await fetch(`http://127.0.0.1:${contender.port}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-saidgraph-stats': '1' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }>; extensions?: { saidgraph?: { cypherStatements: number } } };
  if (response.status !== 200 || json.errors || !json.data) throw new Error(`${contender.name} ${op.name}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.extensions?.saidgraph?.cypherStatements ?? null;
}

async function load(contender: Running, op: (typeof OPERATIONS)[number], probes: Probes, seconds: number) {
  const { path: p, body } = request(contender, op, probes);
  return figures(await drive({ url: `http://127.0.0.1:${contender.port}${p}`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds }));
}

async function main(): Promise<void> {
  const database = await openBenchDatabase(...NEO4J_MEMORY[scale]);
  const { db, uri } = database;
  const running: Running[] = [];
  try {
    const corpus = generateCorpus(scale);
    log(`corpus: ${corpus.statements} statements in ${corpus.batches.reduce((n, b) => n + b.length, 0)} articles`);
    const loaded = reuse && (await countStatements(db, toStatementFilter({}))) === corpus.statements;
    if (loaded) log('reusing the corpus already loaded');
    // a first load with Neo4j's importer (ingest --import), into a database of its own: local Neo4j only
    const bulkImport = loaded || database.memory === null ? null : await importCorpus(corpus, ...NEO4J_MEMORY[scale]);
    const bulkLoad = loaded ? null : await bulkLoadCorpus(db, corpus);
    const idempotentLoad = loaded ? null : await idempotentLoadCorpus(db, corpus);

    const probes = await probesFor(db, corpus);

    for (const name of contenders) {
      const c = await startContender(name, uri);
      running.push(c);
      log(`${name} ready in ${c.readyMs} ms`);
    }
    const statementCounts: Record<string, number | null> = {};
    for (const op of operations) for (const c of running) {
      const count = await check(c, op, probes);
      if (c.name === 'saidgraph') statementCounts[op.name] = count;
    }
    // the first operation measured would otherwise also pay for Neo4j's JIT and a cold page cache
    log('warming up: every operation of every contender for 2 s');
    for (const op of operations) for (const c of running) await load(c, op, probes, 2);
    const results: Record<string, Record<string, unknown>> = {};
    for (const op of operations) {
      results[op.name] = { saidgraphCypherStatements: statementCounts[op.name] };
      for (const c of running) {
        await load(c, op, probes, 1); // warm-up: plans cached, pools filled
        const measured = await load(c, op, probes, duration);
        c.rssMb = Math.max(c.rssMb, treeRssMb(c.child.pid!));
        results[op.name]![c.name] = measured;
        log(`${op.name.padEnd(18)} ${c.name.padEnd(14)} ${String(measured.rps).padStart(8)} rps  p95 ${measured.p95} ms  errors ${measured.errors}`);
      }
      const s = results[op.name]!.saidgraph as { rps: number; p95: number } | undefined;
      const n = results[op.name]!['neo4j-graphql'] as { rps: number } | undefined;
      const f = results[op.name]!.floor as { p95: number } | undefined;
      if (s && n) results[op.name]!.throughputVsNeo4jGraphql = Math.round((s.rps / n.rps) * 100) / 100;
      if (s && f) results[op.name]!.p95VsFloor = Math.round((s.p95 / f.p95) * 100) / 100;
    }
    const partial = onlyOps.length > 0 || contenders.length < CONTENDERS.length;
    if (partial) {
      printTable(results);
      return;
    }

    const ingestArticles = generateArticles(100, 99);
    const ingestStarted = Date.now();
    for (const a of ingestArticles) await ingestArticle(db, a.text, { title: a.title, publisher: a.publisher, publishedAt: a.publishedAt, dateline: null, url: null, language: 'en' });
    const ingest = { articles: ingestArticles.length, articlesPerSecond: Math.round((ingestArticles.length / ((Date.now() - ingestStarted) / 1000)) * 10) / 10 };
    log(`end-to-end ingest: ${ingest.articlesPerSecond} articles/s`);

    const report = {
      scale,
      statements: corpus.statements,
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, neo4j: '5.26 embedded (neo4j/LocalNeo4j.java)' },
      neo4jMemory: database.memory,
      load: { connections, durationSeconds: duration },
      bulkLoad,
      bulkImport,
      idempotentLoad,
      ingest,
      contenders: Object.fromEntries(running.map((c) => [c.name, { readyMs: c.readyMs, rssMb: c.rssMb }])),
      operations: results,
    };
    mkdirSync(path.join(HERE, 'results'), { recursive: true });
    writeFileSync(path.join(HERE, 'results', `${scale}.json`), `${JSON.stringify(report, null, 2)}\n`);
    printTable(report.operations);
  } finally {
    for (const c of running) c.child.kill('SIGTERM');
    await database.close();
  }
}

function printTable(operations: Record<string, Record<string, unknown>>): void {
  const rows = [['operation', 'saidgraph rps', 'neo4j-graphql rps', 'floor rps', 'saidgraph p95', 'floor p95', 'x @neo4j/graphql', 'p95 / floor', 'cypher stmts']];
  for (const [name, r] of Object.entries(operations)) {
    const s = r.saidgraph as { rps: number; p95: number } | undefined;
    const n = r['neo4j-graphql'] as { rps: number } | undefined;
    const f = r.floor as { rps: number; p95: number } | undefined;
    rows.push([name, String(s?.rps ?? '-'), String(n?.rps ?? '-'), String(f?.rps ?? '-'), `${s?.p95 ?? '-'} ms`, `${f?.p95 ?? '-'} ms`, String(r.throughputVsNeo4jGraphql ?? '-'), String(r.p95VsFloor ?? '-'), String(r.saidgraphCypherStatements)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

await main();
