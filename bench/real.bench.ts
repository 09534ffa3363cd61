/**
 * Real articles, end to end: `saidgraph ingest` of the dev corpora (about 1,000 news articles:
 * PolNeAR train and dev, the Canadian and the UK sets) into a fresh database, extraction in the
 * worker pool, side by side in one run: one article a transaction as `saidgraph ingest` writes,
 * then (database wiped) `saidgraph ingest --bulk` (25 articles a transaction, its default), whose figure is
 * `realArticles`; the first is `realArticlesOneByOne`. The corpora are read from ../shared/eval/dev/
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
import { ingestPaths } from '../src/ingest/batch.js';
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
    const timed = async (bulk: number | undefined) => {
      await database.db.autoCommit('db/wipe');
      const started = performance.now();
      const summary = await ingestPaths(database.db, files, () => {}, pool, { bulk });
      const seconds = (performance.now() - started) / 1000;
      const articles = summary.created + summary.updated + summary.unchanged;
      const figures = {
        corpus,
        files: files.map((f) => path.basename(f)),
        transaction: bulk ? `${bulk} articles (--bulk)` : 'one article',
        articles,
        failed: summary.failed,
        statements: summary.statements,
        seconds: Math.round(seconds * 10) / 10,
        articlesPerSecond: Math.round((articles / seconds) * 10) / 10,
        statementsPerSecond: Math.round(summary.statements / seconds),
      };
      log(`real articles, ${figures.transaction} a transaction: ${articles} in ${figures.seconds} s, ${figures.articlesPerSecond} articles/s`);
      return figures;
    };
    const oneByOne = await timed(undefined);
    const bulk = await timed(25);
    const result = {
      when: new Date().toISOString(),
      machine: { cpus: os.availableParallelism(), node: process.version },
      realArticles: bulk,
      realArticlesOneByOne: oneByOne,
      bulkVsOneByOne: Math.round((bulk.articlesPerSecond / oneByOne.articlesPerSecond) * 100) / 100,
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
