/**
 * saidgraph under load: many connections at once on a realistic read mix.
 *
 *   npm run bench:load -- [--connections 50,200] [--duration 60] [--scale small]
 *
 * Loads the synthetic corpus (`corpus.ts`) into a fresh local Neo4j (or NEO4J_URI), starts the API
 * in a process of its own (`contender.ts saidgraph`: the server as `npm start` builds it, limits,
 * deadlines and all; only the per-address rate limit is lifted, since one client sends every
 * request), and drives every operation of the API benchmark's mix (`operations.ts`) in turn on
 * each connection with autocannon: 40 s of warm-up once, then for each connection count 5 s more
 * and `--duration` seconds measured. Reports requests per second, p50, p95 and p99 latency, errors (non-2xx,
 * timeouts, refused connections), and the memory of the API process and of Neo4j, sampled every
 * second; writes bench/results/load.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';
import { arg, bulkLoadCorpus, drive, figures, log, openBenchDatabase, probesFor, rssMb, scaleArg, startContender, treeRssMb } from './harness.js';
import { OPERATIONS, type Probes } from './operations.js';


const HERE = path.dirname(fileURLToPath(import.meta.url));

const scale = scaleArg();
const duration = Number(arg('duration', '60'));
const connectionCounts = arg('connections', '50,200').split(',').map(Number);
const WARM_UP_SECONDS = 5;
/** Neo4j compiles query plans and the JVM its hot code in the first tens of seconds: measured, 50 connections gave 15 rps cold and 208 rps warm. */
const FIRST_WARM_UP_SECONDS = 40;

interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  apiRssMbMax: number;
  neo4jRssMbMax: number;
}

/** The read mix: each operation of the API benchmark once, in turn, on every connection. */
function readMix(probes: Probes) {
  return OPERATIONS.map((op) => {
    const { query, variables } = op.saidgraph(probes);
    return { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
  });
}

/** The read mix at a number of connections for some seconds, calling `sample` every second meanwhile. */
async function driveMix(port: number, probes: Probes, connections: number, seconds: number, sample: () => void) {
  const timer = setInterval(sample, 1000);
  try {
    return await drive({ url: `http://127.0.0.1:${port}`, requests: readMix(probes), connections, duration: seconds, timeout: 30 });
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const database = await openBenchDatabase(512);
  const { db, uri, localPid } = database;
  const api = await (async () => {
    const corpus = generateCorpus(scale);
    log(`corpus: ${corpus.statements} statements`);
    await bulkLoadCorpus(db, corpus);
    const probes = await probesFor(db, corpus);
    return { probes, server: await startContender('saidgraph', uri) };
  })();
  try {
    log(`warming up: ${FIRST_WARM_UP_SECONDS} s at ${connectionCounts[0]} connections`);
    await driveMix(api.server.port, api.probes, connectionCounts[0]!, FIRST_WARM_UP_SECONDS, () => {});
    const results: LoadResult[] = [];
    for (const connections of connectionCounts) {
      log(`${connections} connections: ${WARM_UP_SECONDS} s warm-up, then ${duration} s`);
      await driveMix(api.server.port, api.probes, connections, WARM_UP_SECONDS, () => {});
      let apiRss = 0;
      let neo4jRss = 0;
      const sample = () => {
        apiRss = Math.max(apiRss, treeRssMb(api.server.child.pid!));
        if (localPid) neo4jRss = Math.max(neo4jRss, rssMb(localPid));
      };
      const run = await driveMix(api.server.port, api.probes, connections, duration, sample);
      const { result } = run;
      sample();
      const measured: LoadResult = {
        connections,
        seconds: duration,
        ...figures(run),
        non2xx: result.non2xx,
        timeouts: result.timeouts,
        apiRssMbMax: apiRss,
        neo4jRssMbMax: neo4jRss,
      };
      results.push(measured);
      log(`${connections} connections: ${measured.rps} rps, p50 ${measured.p50} ms, p95 ${measured.p95} ms, p99 ${measured.p99} ms, errors ${measured.errors}, API ${apiRss} MB, Neo4j ${neo4jRss} MB`);
    }
    const report = {
      scale,
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      mix: OPERATIONS.map((op) => op.name),
      results,
    };
    mkdirSync(path.join(HERE, 'results'), { recursive: true });
    writeFileSync(path.join(HERE, 'results', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('| connections | rps | p50 ms | p95 ms | p99 ms | errors | API memory MB | Neo4j memory MB |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) console.log(`| ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.apiRssMbMax} | ${r.neo4jRssMbMax || '-'} |`);
  } finally {
    api.server.child.kill('SIGTERM');
    await database.close();
  }
}

await main();
