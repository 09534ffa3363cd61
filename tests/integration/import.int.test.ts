import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Neo4jConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { toPlain } from '../../src/db/executor.js';
import { freePort, startAttached } from '../../src/db/localNeo4j.js';
import { EXAMPLE_ARTICLE, SECOND_EXAMPLE_ARTICLE } from '../../src/ingest/example.js';
import { ingestPaths } from '../../src/ingest/batch.js';
import { importPaths } from '../../src/ingest/importer.js';
import { MemoryGraph } from '../../src/ingest/memoryGraph.js';
import { createLogger } from '../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { dump } from '../helpers/dump.js';
import { MADE_UP_ARTICLES } from '../helpers/madeUpArticles.js';

// The made-up articles of the write paths' tests, one more naming a minister by her office only,
// and the two example articles with their offices and places.
const ARTICLES = [
  ...MADE_UP_ARTICLES,
  { id: 'a6', publisher: 'Sample Daily', publishedAt: '2024-02-01', text: 'The foreign minister said the talks would resume on Monday. Officials said nothing. "We are ready," Kovacs said.' },
];

let database: TestDatabase;
let dir: string;
let corpus: string;
const homes: string[] = [];
const silent = createLogger('silent');

async function localConfig(): Promise<Neo4jConfig> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-import-home-'));
  homes.push(home);
  const base = loadConfig({}).neo4j;
  return { ...base, uri: null, local: { port: await freePort(), home, pageCacheMb: 64, heapMb: 512 } };
}

/** Every file of a folder with its size and when it was written. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const stat = statSync(file);
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

/** Runs `work` with a driver on a Neo4j started on a local home, stopped after it. */
async function onHome<T>(config: Neo4jConfig, work: (run: (text: string) => Promise<Array<Record<string, unknown>>>) => Promise<T>): Promise<T> {
  const local = await startAttached(config.local);
  const driver = createDriver({ uri: local.uri, username: 'neo4j', password: 'unused', maxRetryMs: 5000 });
  try {
    return await work(async (text) => (await driver.executeQuery(text)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>));
  } finally {
    await driver.close();
    await local.stop();
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-import-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(path.join(corpus, '1-made-up.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  copyFileSync(EXAMPLE_ARTICLE, path.join(corpus, '2-tass.json'));
  copyFileSync(SECOND_EXAMPLE_ARTICLE, path.join(corpus, '3-wire.json'));
});

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe('ingest --import', () => {
  // (the importer and a start of Neo4j: about 30 s on an idle machine, more on a busy one)
  it('makes the graph that ingesting the articles one transaction each makes (every node, relationship and property, edits included), with its indexes and constraints', { timeout: 180_000 }, async () => {
    const ingested = await ingestPaths(database.db, [corpus]);
    expect(ingested).toMatchObject({ articles: 8, created: 7, updated: 1, failed: 0 });
    const expected = await dump((text) => database.cypher(text));
    // the oracle holds what the corpus is for: a statement two articles report, two Browns, nesting, offices, edits
    const reported = expected.filter((l) => l.includes('-REPORTED_IN->')).map((l) => l.split(' ')[0]!);
    expect(reported.some((id, i) => reported.indexOf(id) !== i)).toBe(true);
    expect(expected.filter((l) => /^Entity:Person .*"name","(Peter|Tim) Brown"/.test(l))).toHaveLength(2);
    expect(expected.some((l) => l.includes('-EMBEDDED_IN->'))).toBe(true);
    expect(expected.some((l) => l.includes('-IN_CAPACITY_OF->'))).toBe(true);
    expect(expected.filter((l) => l.startsWith('Edit '))).toHaveLength(8);

    const config = await localConfig();
    const { summary, times } = await importPaths(config, [corpus], silent);
    expect(summary).toEqual(ingested);
    expect(times.importer).toBeGreaterThan(0);
    await onHome(config, async (run) => {
      expect(await dump(run)).toEqual(expected);
      // the indexes and constraints were built on what the importer wrote
      const found = await run(`CALL db.index.fulltext.queryNodes('entity_names', '"Kovacs"') YIELD node RETURN node.name AS name`);
      expect(found.map((r) => r.name)).toContain('Anna Kovacs');
      await expect(run(`CREATE (:Entity {id: 'person:anna-kovacs'})`)).rejects.toThrow(/already exists/);
    });
  });

  it('refuses a home with a database or a running Neo4j, and a server, before reading anything; the database is left as it was', { timeout: 180_000 }, async () => {
    const config = await localConfig();
    await importPaths(config, [corpus], silent);
    const before = files(config.local.home);
    await expect(importPaths(config, [corpus], silent)).rejects.toMatchObject({ code: 'IMPORT_DATABASE_EXISTS' });
    expect(files(config.local.home)).toEqual(before);

    const empty = await localConfig();
    const running = await startAttached(empty.local);
    try {
      await expect(importPaths(empty, [corpus], silent)).rejects.toMatchObject({ code: 'IMPORT_DATABASE_RUNNING' });
    } finally {
      await running.stop();
    }
    await expect(importPaths({ ...empty, uri: 'bolt://127.0.0.1:1' }, [corpus], silent)).rejects.toMatchObject({ code: 'IMPORT_NEEDS_LOCAL' });
  });

  it('makes no database when no article could be read', async () => {
    const config = await localConfig();
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text": 12}\nnot json\n');
    const { summary } = await importPaths(config, [bad, path.join(dir, 'missing.json')], silent);
    expect(summary).toMatchObject({ created: 0, failed: 3 });
    expect(existsSync(path.join(config.local.home, 'data', 'databases', 'neo4j'))).toBe(false);
  });

  it('writes nothing when Neo4j\'s importer refuses a row', async () => {
    const config = await localConfig();
    const graph = new MemoryGraph();
    // a statement whose position is no number: the importer tolerates no bad row
    graph.nodes.set('statement:bad', { labels: ['Statement'], props: { id: 'statement:bad', position: 'not a number' } });
    await expect(importPaths(config, [corpus], silent, { graph })).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
    expect(existsSync(path.join(config.local.home, 'data', 'databases', 'neo4j'))).toBe(false);
    expect(existsSync(path.join(config.local.home, 'data', 'transactions', 'neo4j'))).toBe(false);
  });
});
