import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/articles.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { CYPHER_DIR } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { freePort, isPortOpen, runningLocal, startAttached, type LocalNeo4j } from '../../src/db/localNeo4j.js';
import { migrate } from '../../src/db/migrate.js';
import { loadCypherRegistry } from '../../src/db/registry.js';
import { loadExample } from '../../src/ingest/example.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';

/**
 * Faults, each on a Neo4j of its own that the test stops, kills and starts again: Neo4j stopped and
 * started under load, Neo4j killed (SIGKILL) in the middle of an ingest, and one corpus ingested by
 * two processes at once. They take a minute or two (three Neo4j starts and several ingests), which
 * is why they are a project of their own that runs after the integration tests.
 */

const work = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Neo4jHandle {
  port: number;
  home: string;
  running: LocalNeo4j | null;
  uri: string;
}

async function neo4j(name: string): Promise<Neo4jHandle> {
  const handle: Neo4jHandle = { port: await freePort(), home: path.join(work, name), running: null, uri: '' };
  await restart(handle);
  return handle;
}

async function restart(handle: Neo4jHandle): Promise<void> {
  handle.running = await startAttached({ port: handle.port, home: handle.home, pageCacheMb: 64, heapMb: 512 });
  handle.uri = handle.running.uri;
}

/** The corpus: generated news-like articles, in JSON-lines files, as a researcher would give them. */
function writeCorpus(count: number): string {
  const dir = path.join(work, 'corpus');
  mkdirSync(dir, { recursive: true });
  const articles = generateArticles(count, 7);
  for (let file = 0; file * 20 < articles.length; file++) {
    const lines = articles.slice(file * 20, file * 20 + 20).map((a) => JSON.stringify({ id: a.id, title: a.title, publisher: a.publisher, publishedAt: a.publishedAt, text: a.text }));
    writeFileSync(path.join(dir, `part-${String(file).padStart(2, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  return dir;
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `saidgraph ingest` as a user runs it, in a process of its own. */
function ingestProcess(uri: string, corpus: string, retryMs = 5_000): { done: Promise<CliRun>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli.ts'), 'ingest', corpus], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'error', NEO4J_MAX_RETRY_MS: String(retryMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

/** What the graph holds, by kind: equal counts mean nothing was lost or doubled. */
async function counts(uri: string): Promise<Record<string, number>> {
  const driver = createDriver({ uri, username: 'neo4j', password: '', maxRetryMs: 5000 });
  try {
    const { records } = await driver.executeQuery(`
      CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS kind, count(*) AS n
                UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
      RETURN kind, sum(n) AS n ORDER BY kind`);
    return Object.fromEntries(records.map((r) => [r.get('kind') as string, Number(r.get('n'))]));
  } finally {
    await driver.close();
  }
}

async function wipe(uri: string): Promise<void> {
  const driver = createDriver({ uri, username: 'neo4j', password: '', maxRetryMs: 5000 });
  try {
    const session = driver.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS').finally(() => session.close());
  } finally {
    await driver.close();
  }
}

async function articleCount(uri: string): Promise<number> {
  const driver = createDriver({ uri, username: 'neo4j', password: '', maxRetryMs: 1000 });
  try {
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    return Number(records[0]!.get('n'));
  } catch {
    return 0;
  } finally {
    await driver.close();
  }
}

/** The figures of the ingest summary line: how many articles it created and found already there. */
function summaryOf(run: CliRun): { created: number; unchanged: number; failed: number } {
  const match = /(\d+) articles: (\d+) ingested, (\d+) updated, (\d+) already in the graph, (\d+) failed/.exec(run.stdout);
  if (!match) throw new Error(`no summary in: ${run.stdout} ${run.stderr}`);
  return { created: Number(match[2]), unchanged: Number(match[4]), failed: Number(match[5]) };
}

describe('Neo4j stopped and started under load', () => {
  let db: Neo4jHandle;
  beforeAll(async () => {
    db = await neo4j('load');
  });
  afterAll(async () => db.running?.stop());

  it('answers coded errors within 5 s while Neo4j is down and recovers without a restart', async () => {
    const config = { ...loadConfig({}), port: 0, logLevel: 'silent' as const, rateLimits: { perAddress: 1_000_000, perKey: 1_000_000 } };
    const driver = createDriver({ uri: db.uri, username: 'neo4j', password: '', maxRetryMs: 1000 });
    const registry = await loadCypherRegistry(CYPHER_DIR);
    const executor = new Executor(driver, registry, 'neo4j');
    await migrate(executor, registry);
    await loadExample(executor);
    const server = await createServer({ config, db: executor, log: createLogger('silent') });
    const url = await server.listen(0, '127.0.0.1');
    const answers: Array<{ at: number; ms: number; ok: boolean; code: string | null; status: number }> = [];
    let running = true;
    const client = async () => {
      while (running) {
        const started = Date.now();
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ statements(first: 5) { nodes { text speaker { ... on Person { name } } } } }' }), signal: AbortSignal.timeout(15_000) });
          const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
          answers.push({ at: started, ms: Date.now() - started, ok: Boolean(body.data) && !body.errors, code: body.errors?.[0]?.extensions?.code ?? null, status: response.status });
        } catch (error) {
          answers.push({ at: started, ms: Date.now() - started, ok: false, code: `NO_ANSWER ${(error as Error).message}`, status: 0 });
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      const clients = Array.from({ length: 8 }, client);
      // plans compiled and connections open: the load is steady before Neo4j stops
      const steady = Date.now() + 30_000;
      while (Date.now() < steady && answers.filter((a) => a.ok).length < 40) await new Promise((resolve) => setTimeout(resolve, 100));
      const stoppedAt = Date.now();
      await db.running!.stop();
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const restartAt = Date.now();
      await restart(db);
      const readyAt = Date.now();
      const recovered = Date.now() + 30_000;
      while (Date.now() < recovered && !answers.some((a) => a.at > restartAt + 200 && a.ok)) await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      running = false;
      await Promise.all(clients);

      const failures = answers.filter((a) => !a.ok);
      expect(answers.filter((a) => a.at < stoppedAt && a.ok).length, `answers before the stop: ${JSON.stringify(answers.slice(0, 3))}`).toBeGreaterThan(10);
      expect(failures.length, 'errors while Neo4j is down').toBeGreaterThan(0);
      expect(new Set(failures.map((a) => a.code)), 'only coded errors').toEqual(new Set(failures.map((a) => a.code).filter((c) => c === 'DATABASE_UNAVAILABLE' || c === 'DATABASE_BUSY' || c === 'REQUEST_TIMEOUT')));
      // while Neo4j stops and is stopped every answer is a coded error within 5 s; while it starts
      // again the probe lets requests through as soon as it answers, and the first queries of a cold
      // database may then take their whole deadline (8 s): coded still, within 15 s (10,067 ms once
      // on a slow 2-core machine with the restarting Neo4j on the same cores; the bound is there for
      // a request left hanging past its deadline, not for speed)
      const whileDown = failures.filter((a) => a.at < restartAt);
      const slow = (list: typeof failures) => JSON.stringify(list.filter((a) => a.ms >= 5_000).map((a) => ({ after: a.at - stoppedAt, ms: a.ms, code: a.code })));
      expect(Math.max(...whileDown.map((a) => a.ms)), `each error within 5 s while down: ${slow(whileDown)}`).toBeLessThan(5_000);
      expect(Math.max(0, ...failures.filter((a) => a.at >= restartAt).map((a) => a.ms)), `each error while it comes back within 15 s: ${slow(failures)}, ready after ${readyAt - stoppedAt} ms`).toBeLessThan(15_000);
      expect(answers.some((a) => a.at > restartAt && a.ok), 'answers again after Neo4j is back, same server').toBe(true);
    } finally {
      running = false;
      await server.stop();
      await driver.close();
    }
  });
});

describe('ingest faults', () => {
  let db: Neo4jHandle;
  let corpus: string;
  /** What a clean ingest of the corpus leaves: each test starts from an empty graph and must end here. */
  let expected: Record<string, number>;
  const ARTICLES = 120;
  beforeAll(async () => {
    db = await neo4j('ingest');
    corpus = writeCorpus(ARTICLES);
    const clean = ingestProcess(db.uri, corpus);
    expect(summaryOf(await clean.done)).toMatchObject({ created: ARTICLES, failed: 0 });
    expected = await counts(db.uri);
  });
  afterAll(async () => db.running?.stop());

  it('after Neo4j is killed (SIGKILL) mid-ingest, the same ingest again leaves the graph a clean ingest leaves', async () => {
    await wipe(db.uri);

    // once Neo4j is gone, the articles left fail after 2 s of retries each instead of 5
    const interrupted = ingestProcess(db.uri, corpus, 2_000);
    const partway = Date.now() + 60_000;
    while (Date.now() < partway && (await articleCount(db.uri)) < ARTICLES / 4) await new Promise((resolve) => setTimeout(resolve, 100));
    const before = await articleCount(db.uri);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(ARTICLES);
    process.kill(db.running!.pid, 'SIGKILL');
    interrupted.kill();
    await interrupted.done;
    while (await isPortOpen(db.port)) await new Promise((resolve) => setTimeout(resolve, 100));
    await restart(db);

    const again = ingestProcess(db.uri, corpus);
    const summary = summaryOf(await again.done);
    expect(summary.failed).toBe(0);
    expect(summary.created + summary.unchanged).toBe(ARTICLES);
    expect(await counts(db.uri)).toEqual(expected);
  });

  it('the same corpus ingested by two processes at once: each article created once, counts as a clean ingest', async () => {
    await wipe(db.uri);
    const [first, second] = await Promise.all([ingestProcess(db.uri, corpus).done, ingestProcess(db.uri, corpus).done]);
    const a = summaryOf(first);
    const b = summaryOf(second);
    expect(a.failed + b.failed).toBe(0);
    expect(a.created + b.created).toBe(ARTICLES);
    expect(a.unchanged + b.unchanged).toBe(ARTICLES);
    expect(await counts(db.uri)).toEqual(expected);
  });
});

describe('one local database for every command', () => {
  it('a command with no NEO4J_URI uses the Neo4j another process runs for the same data folder, and leaves it running', async () => {
    const db = await neo4j('shared');
    try {
      const running = await runningLocal({ port: db.port, home: db.home, pageCacheMb: 64, heapMb: 512 });
      expect(running).toMatchObject({ uri: db.uri, startedBy: 'saidgraph start', ownerPid: process.pid });

      // `saidgraph ingest` as a user runs it beside `npm start`: no NEO4J_URI, the same data folder
      const corpus = path.join(work, 'shared-corpus.jsonl');
      writeFileSync(corpus, `${JSON.stringify({ id: 'own-1', title: 'Harbour', text: 'Transport Minister Lena Holm said on Friday that the new port would open in 2026.' })}\n`);
      const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_HOME: db.home, NEO4J_LOCAL_PORT: String(await freePort()), LOG_LEVEL: 'info' };
      delete env.NEO4J_URI;
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli.ts'), 'ingest', corpus], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(`using the local Neo4j at ${db.uri}`);
      expect((await counts(db.uri)).Statement).toBe(1);
      expect(await isPortOpen(db.port)).toBe(true);
    } finally {
      await db.running?.stop();
    }
    expect(await runningLocal({ port: db.port, home: db.home, pageCacheMb: 64, heapMb: 512 })).toBeNull();
  });
});
