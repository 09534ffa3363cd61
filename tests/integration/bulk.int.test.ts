import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as curate from '../../src/curation/curate.js';
import { extract } from '../../src/extract/extract.js';
import type { Extraction } from '../../src/extract/types.js';
import { ingestPaths } from '../../src/ingest/batch.js';
import { holdsTerm } from '../../src/ingest/batchCandidates.js';
import { FirstLoad } from '../../src/ingest/firstLoad.js';
import { buildArticleGraph } from '../../src/ingest/graph.js';
import { writeArticleGraphs } from '../../src/ingest/write.js';
import { ingestArticlesBulk, ingestInto } from '../../src/ingest/ingest.js';
import { luceneQuery } from '../../src/ingest/resolveEntities.js';
import { openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { dump } from '../helpers/dump.js';
import { MADE_UP_ARTICLES } from '../helpers/madeUpArticles.js';

const ARTICLES = MADE_UP_ARTICLES;

let database: TestDatabase;
let dir: string;
let file: string;

/** A file of one more article, in no corpus of the tests above. */
function file2(): string {
  const other = path.join(dir, 'other.jsonl');
  writeFileSync(other, JSON.stringify({ id: 'z1', publisher: 'Other Gazette', publishedAt: '2024-03-01', text: 'Mayor Ana Ruiz said on Friday that the bridge would reopen in May.' }));
  return other;
}

/** The graph as the oracle reads it: every node and relationship a write makes, ids and properties, in a stable order. */
async function snapshot() {
  const q = (text: string) => database.cypher(text);
  return {
    statements: await q(`MATCH (s:Statement)-[r:REPORTED_IN]->(a:Article)
      OPTIONAL MATCH (s)-[b:SAID_BY]->(p) OPTIONAL MATCH (s)-[:IN_CAPACITY_OF]->(o) OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(org)
      RETURN s.id AS id, s.text AS text, toString(s.saidOn) AS saidOn, s.newestFirst AS newestFirst, s.oldestFirst AS oldestFirst, s.version AS version,
             s.kind AS kind, s.confidence AS confidence, a.id AS article, r.start AS start, r.end AS end, r.cue AS cue, r.speakerText AS speakerText,
             p.id AS speaker, b.method AS method, o.id AS office, org.id AS onBehalfOf
      ORDER BY id, article, start`),
    mentions: await q(`MATCH (s:Statement)-[m:MENTIONS]->(e) RETURN s.id AS s, e.id AS e, m.start AS start, m.end AS end ORDER BY s, e, start`),
    entities: await q(`MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.name AS name, e.aliases AS aliases, e.latestStatementIds AS latest, e.version AS version ORDER BY id`),
    articles: await q(`MATCH (a:Article) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p) RETURN a.id AS id, toString(a.publishedAt) AS publishedAt, a.version AS version, p.id AS publisher, COUNT { (a)-[:MENTIONS]->() } AS named ORDER BY id`),
    relationships: await q(`MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type`),
    edits: await q(`MATCH (e:Edit) RETURN e.sequence AS sequence, e.operation AS operation, e.articleIds AS articles, e.statementIds AS statements, e.entityIds AS entities, e.before IS NULL AS created, COUNT { (e)-[:CHANGED]->() } AS changed ORDER BY sequence`),
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-bulk-'));
  file = path.join(dir, 'articles.jsonl');
  writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
});

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest --bulk', () => {
  it('leaves the graph one article a transaction leaves, edits and their order included, batch boundaries anywhere', async () => {
    await database.db.autoCommit('db/wipe');
    const one = await ingestPaths(database.db, [file]);
    const expected = await snapshot();
    // (a4 is a1's text under another id: new metadata, an update)
    expect(one).toMatchObject({ created: 4, updated: 1, unchanged: 0, failed: 0 });
    // the oracle sees what the corpus holds: a statement two articles report, two Browns, nesting
    expect(expected.statements.filter((s) => s.text === 'the talks would resume on Monday').map((s) => s.article)).toHaveLength(2);
    expect(expected.entities.filter((e) => String(e.name).endsWith('Brown')).map((e) => e.name)).toEqual(['Peter Brown', 'Tim Brown']);
    expect(expected.relationships).toContainEqual({ type: 'EMBEDDED_IN', n: 1 });
    expect(expected.edits.map((e) => [e.sequence, e.created])).toEqual([[1, true], [2, true], [3, true], [4, false], [5, true]]);

    for (const size of [1, 2, 3, 200]) {
      await database.db.autoCommit('db/wipe');
      // (into an empty graph --bulk is a first load, decided in memory: the batches are tried here, the first load below)
      const bulk = await ingestPaths(database.db, [file], () => {}, undefined, { bulk: size, firstLoad: false });
      expect(bulk).toEqual(one);
      expect(await snapshot(), `--bulk ${size}`).toEqual(expected);
    }
  });

  it('into an empty graph decides in memory and leaves every node and relationship one article a transaction leaves, with their types, written at once or article by article', async () => {
    await database.db.autoCommit('db/wipe');
    const one = await ingestPaths(database.db, [file]);
    const expected = await dump((text) => database.cypher(text));
    for (const articles of [1, 2, 250]) {
      await database.db.autoCommit('db/wipe');
      const first = await ingestPaths(database.db, [file], () => {}, undefined, { bulk: 25, firstLoadArticles: articles });
      expect(first, `a write every ${articles} articles`).toEqual(one);
      expect(await dump((text) => database.cypher(text)), `a write every ${articles} articles`).toEqual(expected);
    }
    // the edits go on from the load's last one
    await ingestPaths(database.db, [file2()]);
    const sequences = await database.cypher<{ s: number }>('MATCH (e:Edit) RETURN e.sequence AS s ORDER BY s');
    expect(sequences.map((r) => r.s)).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
  });

  it('never writes what it decided in memory into a graph another writer changed', async () => {
    await database.db.autoCommit('db/wipe');
    const load = new FirstLoad(database.db);
    const write = (a: (typeof ARTICLES)[number]) => load.graph.transaction(() => ingestInto(load.graph.tx, a.text, { publisher: a.publisher, publishedAt: a.publishedAt, title: '', url: null, dateline: null, language: 'en' }, 'test'));
    await write(ARTICLES[0]!);
    await load.write();
    const written = await dump((text) => database.cypher(text));
    expect(written.filter((line) => line.startsWith('Article '))).toHaveLength(1);
    await database.cypher("MATCH (c:Sequence {name: 'edit'}) SET c.value = c.value + 1");
    await write(ARTICLES[1]!);
    await expect(load.write()).rejects.toMatchObject({ code: 'GRAPH_CHANGED' });
    expect((await dump((text) => database.cypher(text))).filter((line) => !line.startsWith('Sequence '))).toEqual(written.filter((line) => !line.startsWith('Sequence ')));

    // a load that records no edit (the benchmark's article graphs) is still its own graph from one write to the next
    await database.db.autoCommit('db/wipe');
    const quiet = new FirstLoad(database.db);
    for (const a of ARTICLES.slice(0, 2)) {
      const graph = buildArticleGraph(a.text, { publisher: a.publisher, publishedAt: a.publishedAt, title: '', url: null, dateline: null, language: 'en' }, extract(a.text, { publishedAt: a.publishedAt }));
      await quiet.graph.transaction(() => writeArticleGraphs(quiet.graph.tx, [graph]));
      await quiet.write();
    }
    expect((await database.cypher<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n).toBe(2);
  });

  it('goes batch by batch when the graph is not empty, and stops deciding in memory when another writer changes the graph', async () => {
    await database.db.autoCommit('db/wipe');
    await ingestPaths(database.db, [file2()]);
    const before = await database.cypher<{ n: number }>('MATCH (e:Edit) RETURN count(e) AS n');
    const summary = await ingestPaths(database.db, [file], () => {}, undefined, { bulk: 25, firstLoadArticles: 1 });
    expect(summary.warnings.filter((w) => w.origin === 'first load')).toEqual([]);
    expect(summary.created).toBeGreaterThan(0);
    expect((await database.cypher<{ n: number }>('MATCH (e:Edit) RETURN count(e) AS n'))[0]!.n).toBe(before[0]!.n + summary.created + summary.updated);

    // another writer between two writes of the load: the load stops, the rest goes batch by batch, nothing is lost or twice
    await database.db.autoCommit('db/wipe');
    const one = await ingestPaths(database.db, [file]);
    const oneGraph = await snapshot();
    await database.db.autoCommit('db/wipe');
    let interfered = false;
    const summary2 = await ingestPaths(database.db, [file], (p) => {
      if (!interfered && p.articlesDone >= 1) {
        interfered = true;
        void database.cypher("MERGE (c:Sequence {name: 'edit'}) SET c.value = c.value + 1000");
      }
    }, undefined, { bulk: 25, firstLoadArticles: 1 });
    expect(interfered).toBe(true);
    expect(summary2.warnings.filter((w) => w.origin === 'first load').map((w) => w.code)).toEqual(['GRAPH_CHANGED']);
    expect({ ...summary2, warnings: [] }).toEqual({ ...one, warnings: [] });
    const after = await snapshot();
    expect(after.statements).toEqual(oneGraph.statements);
    expect(after.entities.map((e) => e.id)).toEqual(oneGraph.entities.map((e) => e.id));
  });

  it("follows a curator's merge as one article a transaction does (a batch asks once whether the graph holds any)", async () => {
    const first = path.join(dir, 'first.jsonl');
    const rest = path.join(dir, 'rest.jsonl');
    writeFileSync(first, ARTICLES.slice(0, 2).map((a) => JSON.stringify(a)).join('\n'));
    writeFileSync(rest, ARTICLES.slice(2).map((a) => JSON.stringify(a)).join('\n'));
    // a curator merges the publisher Example Wire (a1) into Sample Daily (a2); a3 and a4 come from
    // Example Wire, whose id the extraction gives without a name search: only the merge says where it went
    const mergedThenIngested = async (bulk: number | undefined) => {
      await database.db.autoCommit('db/wipe');
      await ingestPaths(database.db, [first]);
      const [into] = await database.cypher<{ version: number }>("MATCH (e:Entity {id: 'organization:sample-daily'}) RETURN e.version AS version");
      await curate.mergeEntities(database.db, { actor: 'test', reason: 'bulk test' }, 'organization:sample-daily', into!.version, ['organization:example-wire']);
      await ingestPaths(database.db, [rest], () => {}, undefined, { bulk });
      return snapshot();
    };
    const expected = await mergedThenIngested(undefined);
    expect(expected.entities.map((e) => e.id)).not.toContain('organization:example-wire');
    expect(expected.articles.filter((a) => a.publisher === 'organization:sample-daily')).toHaveLength(3);
    expect(await mergedThenIngested(25)).toEqual(expected);
  });

  it('empties a graph whose hub holds 100,000 relationships (db reset after a large load), keeping the migrations', async () => {
    const migrations = (await database.cypher<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n'))[0]!.n;
    await database.cypher("CREATE (:Entity:Organization {id: 'organization:hub', name: 'Hub'})");
    for (let batch = 0; batch < 10; batch++) {
      await database.cypher(
        "MATCH (h:Entity {id: 'organization:hub'}) UNWIND range($from, $from + 9999) AS i CREATE (:Statement {id: 'statement:hub-' + i})-[:ON_BEHALF_OF]->(h)",
        { from: batch * 10_000 },
      );
    }
    await database.db.autoCommit('db/wipe');
    expect(await database.cypher('MATCH (n) WHERE NOT n:Migration RETURN n LIMIT 1')).toEqual([]);
    expect((await database.cypher<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n'))[0]!.n).toBe(migrations);
  });

  it('writes nothing of a batch when one of its articles fails, and the batch goes in again article by article', async () => {
    await database.db.autoCommit('db/wipe');
    const good = ARTICLES.slice(0, 2).map((a) => ({ text: a.text, source: { publisher: a.publisher, publishedAt: a.publishedAt, title: '', url: null, dateline: null, language: 'en', sourceId: a.id }, extraction: extract(a.text, { publishedAt: a.publishedAt }) }));
    // an extraction that cannot be written (no entity list) after one that can: the first is rolled back with it
    const broken = { ...good[1]!, text: 'Another text entirely.', extraction: { ...good[1]!.extraction, entities: null } as unknown as Extraction };
    await expect(ingestArticlesBulk(database.db, [good[0]!, broken])).rejects.toThrow();
    expect((await snapshot()).articles).toEqual([]);
    expect((await snapshot()).edits).toEqual([]);
    const outcomes = await ingestArticlesBulk(database.db, good);
    expect(outcomes.map((o) => [o.created, o.statements])).toEqual([
      [true, good[0]!.extraction.statements.length],
      [true, good[1]!.extraction.statements.length],
    ]);
    const edits = (await snapshot()).edits;
    expect(edits.map((e) => [e.sequence, e.operation, (e.articles as string[]).length])).toEqual([
      [1, 'ingestArticle', 1],
      [2, 'ingestArticle', 1],
    ]);
  });

  it("matches a batch's own names as the full-text index matches names", async () => {
    // what the batch wrote is matched in memory (BatchCandidates); the graph's names through the index
    await database.db.autoCommit('db/wipe');
    const names = ["Conan O'Brien", 'Jean-Pierre Raffarin', 'Angela Müller', 'Al-Shabaab', 'U.S. Department of State', 'Mahathir Mohamad', 'Ma Ying-jeou', 'Bank of Canada', 'Tim Brown Jr.', 'ROBERT “Bob” SMITH'];
    const terms = ["O'Brien", 'OBrien', 'Brien', 'Raffarin', 'Jean', 'Pierre', 'Müller', 'Muller', 'Shabaab', 'Al', 'U.S.', 'U.S', 'US', 'Department of State', 'State Department', 'Mahathir', 'Ying-jeou', 'jeou', 'Bank of Canada', 'Canada', 'Brown', 'Jr', 'Bob', 'smith', 'Tim Brown'];
    await database.cypher(`UNWIND $names AS name CREATE (:Entity:Person {id: 'person:' + name, name: name})`, { names });
    for (const term of terms) {
      const found = await database.cypher(`CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node RETURN node.name AS name ORDER BY name`, { query: luceneQuery([term]) });
      expect(names.filter((n) => holdsTerm(n, term)).sort(), term).toEqual(found.map((r) => r.name));
    }
  });
});
