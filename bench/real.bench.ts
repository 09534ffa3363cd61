/**
 * Real articles, end to end: `saidgraph ingest` of the dev corpora (about 1,000 news articles:
 * PolNeAR train and dev, the Canadian and the UK sets) into a fresh database, extraction in the
 * worker pool, side by side in one run, the database wiped before each: one article a transaction
 * as `saidgraph ingest` writes (`realArticlesOneByOne`); `--bulk` in batches of 25 articles a
 * transaction against the graph (`realArticlesBatches`, what `--bulk` does into a graph that holds
 * something); and `saidgraph ingest --bulk` as it runs into an empty graph, a first load decided in
 * memory and written every 250 articles (`realArticles`, src/ingest/firstLoad.ts). The corpora are read from ../shared/eval/dev/
 * (they belong to their publishers and are not in the repository); without them, generated
 * articles stand in and the result says so.
 *
 *   npm run bench:real                      writes bench/results/real.json
 *   npm run bench:real -- --out FILE
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { ExtractionPool } from '../src/extract/pool.js';
import { FIRST_LOAD_ARTICLES, ingestPaths } from '../src/ingest/batch.js';
import { generateArticles } from './articles.js';
import { arg, log, openBenchDatabase } from './harness.js';

const DEV = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'dev');
const CORPORA = ['polnear-train.jsonl', 'polnear-dev.jsonl', 'ggt-dev.jsonl', 'bbc-dev.jsonl'];

async function main(): Promise<void> {
  const out = arg('out', path.join(PROJECT_ROOT, 'bench', 'results', 'real.json'));
  const present = CORPORA.map((f) => path.join(DEV, f)).filter((f) => existsSync(f));
  let files = present;
  let corpus = 'the dev corpora of ../shared/eval/dev/';
  const dir = path.join(os.tmpdir(), `saidgraph-real-${process.pid}`);
  if (files.length === 0) {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'generated.jsonl');
    writeFileSync(file, generateArticles(1000).map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, publisher: a.publisher, publishedAt: a.publishedAt })).join('\n'));
    files = [file];
    corpus = 'generated articles (the dev corpora are absent)';
  }
  const database = await openBenchDatabase(1024);
  const pool = new ExtractionPool(Math.max(1, os.availableParallelism()), 60_000);
  try {
    const timed = async (bulk: number | undefined, firstLoad = true) => {
      await database.db.autoCommit('db/wipe');
      const started = performance.now();
      const summary = await ingestPaths(database.db, files, () => {}, pool, { bulk, firstLoad });
      const seconds = (performance.now() - started) / 1000;
      const articles = summary.created + summary.updated + summary.unchanged;
      const figures = {
        corpus,
        files: files.map((f) => path.basename(f)),
        transaction: !bulk ? 'one article a transaction' : firstLoad ? `a first load (--bulk into an empty graph), ${FIRST_LOAD_ARTICLES} articles a transaction` : `${bulk} articles a transaction (--bulk into a graph that holds something)`,
        firstLoadStopped: summary.warnings.filter((w) => w.origin === 'first load').map((w) => w.message),
        articles,
        failed: summary.failed,
        statements: summary.statements,
        seconds: Math.round(seconds * 10) / 10,
        articlesPerSecond: Math.round((articles / seconds) * 10) / 10,
        statementsPerSecond: Math.round(summary.statements / seconds),
      };
      log(`real articles, ${figures.transaction}: ${articles} in ${figures.seconds} s, ${figures.articlesPerSecond} articles/s`);
      return figures;
    };
    const oneByOne = await timed(undefined);
    const batches = await timed(25, false);
    const bulk = await timed(25);
    const ratio = (a: { articlesPerSecond: number }, b: { articlesPerSecond: number }) => Math.round((a.articlesPerSecond / b.articlesPerSecond) * 100) / 100;
    const result = {
      when: new Date().toISOString(),
      machine: { cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? null, node: process.version },
      realArticles: bulk,
      realArticlesBatches: batches,
      realArticlesOneByOne: oneByOne,
      bulkVsOneByOne: ratio(bulk, oneByOne),
      bulkVsBatches: ratio(bulk, batches),
    };
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await pool.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
