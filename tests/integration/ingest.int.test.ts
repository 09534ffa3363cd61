import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArticle } from '../../src/ingest/articles.js';
import { ExtractionPool } from '../../src/extract/pool.js';
import { ingestPaths } from '../../src/ingest/batch.js';
import { loadExample } from '../../src/ingest/example.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { writeArticleGraph } from '../../src/ingest/write.js';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../helpers/db.js';
import { syntheticArticle } from '../helpers/synthetic.js';

const FIXTURES = path.resolve('tests', 'fixtures', 'articles');

let database: TestDatabase;
let server: TestServer;

async function ingestFixture(name: string) {
  const file = path.join(FIXTURES, name);
  const article = toArticle(JSON.parse(await readFile(file, 'utf8')), name, file);
  return ingestArticle(database.db, article.text, article.source);
}

const COUNTS = `{
  statements(first: 1) { totalCount }
  people(first: 1) { totalCount }
  articles(first: 1) { totalCount }
  organizations(first: 1) { totalCount }
  lavrov: person(id: "person:sergey-lavrov") { statements(first: 100) { totalCount nodes { occurrences { start } } } }
}`;

async function counts() {
  const { data, errors } = await server.query(COUNTS);
  expect(errors).toBeUndefined();
  const occurrences = data.lavrov.statements.nodes.reduce((n: number, s: any) => n + s.occurrences.length, 0);
  return { ...data, lavrovOccurrences: occurrences };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadExample(database.db);
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.stop();
  await database?.close();
});

describe('ingesting articles into the graph', () => {
  it('resolves "Sergei Lavrov" and "Lavrov" of a second article to the Sergey Lavrov already there', async () => {
    const before = await counts();
    const outcome = await ingestFixture('lavrov-followup.json');
    expect(outcome.created).toBe(true);
    expect(outcome.newPeople).not.toContain('Sergei Lavrov');
    const { data } = await server.query(`{
      people(where: { name: "lavrov" }) { totalCount nodes { id name aliases } }
      person(id: "person:sergey-lavrov") { statements(first: 100) { nodes { occurrences { article { publisher { name } } } } } } }`);
    expect(data.people.totalCount).toBe(1);
    expect(data.people.nodes[0].aliases).toContain('Sergei Lavrov');
    // a bare surname is an alias inside an article only: in the graph it would join strangers
    expect(data.people.nodes[0].aliases).not.toContain('Lavrov');
    const publishers = new Set(data.person.statements.nodes.flatMap((s: any) => s.occurrences.map((o: any) => o.article.publisher.name)));
    expect(publishers).toEqual(new Set(['TASS', 'Example Wire']));
    const after = await counts();
    expect(after.lavrov.statements.totalCount).toBeGreaterThan(before.lavrov.statements.totalCount);
    expect(after.articles.totalCount).toBe(before.articles.totalCount + 1);
  });

  it('gives Di Maio, silent in the TASS article, the statement of the second one', async () => {
    const { data } = await server.query(`{ person(name: "Luigi Di Maio") { statements { nodes { text inCapacityOf { title organization { name } } } } } }`);
    expect(data.person.statements.nodes).toEqual([
      { text: 'Italy still believed in dialogue with Moscow', inCapacityOf: { title: 'Minister of Foreign Affairs', organization: { name: 'Italy' } } },
    ]);
  });

  it('keeps the same words by the same speaker in two articles as one statement with two occurrences', async () => {
    await ingestFixture('lavrov-repeat.json');
    const { data } = await server.query(`{ statements(where: { text: "nobody will make us give up" }) { totalCount nodes { kind occurrences { article { publisher { name } } } } } }`);
    expect(data.statements.totalCount).toBe(1);
    const [statement] = data.statements.nodes;
    expect(statement.kind).toBe('DIRECT');
    expect(statement.occurrences.map((o: any) => o.article.publisher.name).sort()).toEqual(['Example Wire', 'Sample Daily']);
  });

  it('changes no count when an article is ingested again', async () => {
    const before = await counts();
    for (const name of ['lavrov-followup.json', 'lavrov-repeat.json']) expect((await ingestFixture(name)).created).toBe(false);
    expect((await loadExample(database.db)).map((o) => o.created)).toEqual([false, false]);
    expect(await counts()).toEqual(before);
  });

  it('tells two people of one surname apart, and finds each again in a later article', async () => {
    await ingestFixture('two-clintons.json');
    await ingestFixture('bill-clinton-later.json');
    const { data } = await server.query(`{ people(where: { name: "clinton" }) { nodes { name statements { totalCount } } } }`);
    expect(data.people.nodes).toEqual([
      { name: 'Bill Clinton', statements: { totalCount: 2 } },
      { name: 'Hillary Clinton', statements: { totalCount: 2 } },
    ]);
  });

  it('leaves the graph as it was when the transaction of an article fails half way', async () => {
    const before = await counts();
    // fail the transaction after entities, offices and the article were written in it
    const failing = database.db.withListener((name) => {
      if (name === 'ingest/mergeStatements') throw new Error('injected failure');
    });
    const text = 'Half-written article\n\nAda Quill, the mayor of Freedonia, said the bridge would reopen in May.';
    const source = { title: 'Half-written article', publisher: 'Test Wire', publishedAt: '2024-01-02', dateline: null, url: null, language: 'en' };
    await expect(ingestArticle(failing, text, source)).rejects.toThrow('injected failure');
    expect(await counts()).toEqual(before);
    const { data } = await server.query(`{ person(name: "Ada Quill") { id } organization(name: "Test Wire") { id } }`);
    expect(data).toEqual({ person: null, organization: null });
    expect((await ingestArticle(database.db, text, source)).created).toBe(true);
  });
});

describe('ingesting a batch with bad inputs', () => {
  it('reports each bad file with a code and ingests the rest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-batch-'));
    try {
      writeFileSync(path.join(dir, 'a-empty.txt'), '   \n');
      writeFileSync(path.join(dir, 'b-broken.json'), '{"text": "unfinished');
      writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff]));
      const huge = path.join(dir, 'd-huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 50 * 1024 * 1024);
      writeFileSync(path.join(dir, 'e-lines.jsonl'), ['{"title": "Good one", "text": "Good one\\n\\nThe mayor, Bo Lund, said the port would expand next year."}', 'not json', '{"title": "no text"}'].join('\n'));
      writeFileSync(path.join(dir, 'f-good.txt'), 'Council news\n\nCouncil leader Mia Berg said on Tuesday that the budget would be balanced.');
      writeFileSync(path.join(dir, 'g-german.txt'), 'Haushalt\n\nDie Bürgermeisterin sagte am Dienstag, dass der Haushalt ausgeglichen sein werde. Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Rat.');
      const extractor = new ExtractionPool(2, 30_000);
      // (and a file of JSON lines named that is not there)
      const summary = await ingestPaths(database.db, [dir, path.join(dir, 'z-missing.jsonl')], () => {}, extractor).finally(() => extractor.close());
      expect(summary.errors.map((e) => e.code).sort()).toEqual(['BAD_JSON', 'BAD_JSON', 'EMPTY_TEXT', 'MISSING_TEXT', 'NOT_FOUND', 'NOT_UTF8', 'TOO_LARGE']);
      expect(summary.created).toBe(2);
      expect(summary.failed).toBe(7);
      expect(summary.unsupportedLanguage).toBe(1);
      expect(summary.warnings.map((w) => w.code)).toEqual(['UNSUPPORTED_LANGUAGE']);
      const { data } = await server.query(`{ a: person(name: "Bo Lund") { statements { totalCount } } b: person(name: "Mia Berg") { statements { totalCount } } }`);
      expect(data).toEqual({ a: { statements: { totalCount: 1 } }, b: { statements: { totalCount: 1 } } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the ingestArticle mutation', () => {
  const MUTATION = `mutation($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) {
      created dryRun newPeople error { code message }
      article { title publisher { name } statements { totalCount } }
      statements { quote kind speakerName officeTitle officeOrganization cue start end }
    }
  }`;
  const input = {
    title: 'Minister backs new port',
    publisher: 'Harbour Times',
    publishedAt: '2024-06-01',
    text: 'Minister backs new port\n\nTransport Minister Lena Holm said on Friday that the new port would open in 2026. "It is the biggest project of the decade," she told reporters.',
  };
  const auth = { authorization: 'Bearer test-key' };

  it('needs an API key', async () => {
    const none = await server.query(MUTATION, { input });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await server.query(MUTATION, { input }, { authorization: 'Bearer wrong' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('extracts without writing on a dry run, then writes, then changes nothing', async () => {
    const before = await counts();
    const dry = await server.query(MUTATION, { input, dryRun: true }, auth);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.ingestArticle).toMatchObject({ created: false, dryRun: true, article: null, error: null, newPeople: ['Lena Holm'] });
    expect(dry.data.ingestArticle.statements).toEqual([
      expect.objectContaining({ quote: 'the new port would open in 2026', kind: 'INDIRECT', speakerName: 'Lena Holm', cue: 'said' }),
      expect.objectContaining({ quote: 'It is the biggest project of the decade', kind: 'DIRECT', speakerName: 'Lena Holm', cue: 'told' }),
    ]);
    for (const s of dry.data.ingestArticle.statements) expect(input.text.slice(s.start, s.end)).toBe(s.quote);
    expect(await counts()).toEqual(before);

    const real = await server.query(MUTATION, { input }, auth);
    expect(real.data.ingestArticle).toMatchObject({ created: true, dryRun: false, article: { title: input.title, publisher: { name: 'Harbour Times' }, statements: { totalCount: 2 } } });
    const again = await server.query(MUTATION, { input }, auth);
    expect(again.data.ingestArticle).toMatchObject({ created: false, article: { title: input.title } });
  });

  it('answers an empty text with a typed error, not an exception', async () => {
    const { data, errors } = await server.query(MUTATION, { input: { ...input, text: '  ' } }, auth);
    expect(errors).toBeUndefined();
    expect(data.ingestArticle).toMatchObject({ created: false, error: { code: 'EMPTY_TEXT' }, statements: [] });
  });
});

describe('the newest statements each speaker keeps', () => {
  it('stay the newest of all its statements as articles arrive out of order, and match the sorted query', async () => {
    const speakerId = 'person:cleo-marsh';
    const pages = async () => {
      const { data, errors } = await server.query(`query($id: ID!) {
        person(id: $id) { statements(first: 20) { nodes { id } } }
        kept: statements(where: { speakerId: $id }, first: 20) { nodes { id saidOn } }
        sorted: statements(where: { speakerId: $id, speakerName: "Cleo Marsh" }, first: 20) { nodes { id } } }`, { id: speakerId });
      expect(errors).toBeUndefined();
      const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);
      expect(ids(data.person.statements.nodes)).toEqual(ids(data.sorted.nodes));
      expect(ids(data.kept.nodes)).toEqual(ids(data.sorted.nodes));
      return data.kept.nodes.map((n: { saidOn: string }) => n.saidOn);
    };
    const write = (tag: string, month: string) => database.db.writeTransaction((tx) =>
      writeArticleGraph(tx, syntheticArticle({ tag, statements: 12, speaker: 'Cleo Marsh', publisher: 'Gamma Gazette', saidOn: (i) => `${month}-${String(1 + i).padStart(2, '0')}` })));
    await write('marsh-may', '2023-05');
    expect(await pages()).toHaveLength(12);
    await write('marsh-jan', '2024-01');
    const afterNewer = await pages();
    expect(afterNewer).toHaveLength(20);
    expect(afterNewer.slice(0, 12).every((day: string) => day.startsWith('2024-01'))).toBe(true);
    await write('marsh-old', '2021-03');
    await write('marsh-jan', '2024-01');
    expect(await pages()).toEqual(afterNewer);
    // the January statements reported again with an earlier date (a statement takes the earliest
    // date of its occurrences): they move down the list, whatever sort keys the list kept
    await write('marsh-jan', '2020-06');
    const afterEarlier = await pages();
    expect(afterEarlier.slice(0, 12).every((day: string) => day.startsWith('2023-05'))).toBe(true);
    expect(afterEarlier.slice(12).every((day: string) => day.startsWith('2021-03'))).toBe(true);
  });
});

describe('a date range with an often mentioned entity', () => {
  it('is read in list order from the range and checked for the mention, the same as the generic filter gives', async () => {
    // over 500 statements mention Ruritania: the range, not the mention, leads
    await database.db.writeTransaction((tx) => writeArticleGraph(tx, syntheticArticle({
      tag: 'ruritania-many', statements: 520, speaker: 'Dora Vance', office: { title: 'President', organization: 'Ruritania' },
      publisher: 'Delta Daily', saidOn: (i) => `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    })));
    // and statements of the same months that do not mention it
    await database.db.writeTransaction((tx) => writeArticleGraph(tx, syntheticArticle({
      tag: 'graustark-few', statements: 40, speaker: 'Emil Roth', office: { title: 'President', organization: 'Graustark' },
      publisher: 'Delta Daily', saidOn: (i) => `2019-04-${String(1 + (i % 28)).padStart(2, '0')}`,
    })));
    const page = async (where: Record<string, string>, orderBy: string, after: string | null) => {
      const { data, errors } = await server.query(`query($where: StatementWhere, $orderBy: StatementOrder, $after: String) {
        statements(where: $where, orderBy: $orderBy, first: 30, after: $after) { pageInfo { endCursor } nodes { id saidOn } } }`, { where, orderBy, after });
      expect(errors).toBeUndefined();
      return data.statements;
    };
    const range = { mentions: 'organization:ruritania', saidFrom: '2019-03-01', saidTo: '2019-05-31' };
    for (const orderBy of ['SAID_ON_DESC', 'SAID_ON_ASC']) {
      const first = await page(range, orderBy, null);
      const second = await page(range, orderBy, first.pageInfo.endCursor);
      // the speaker as a second filter changes no result here, but takes the generic query
      const generic = await page({ ...range, speakerId: 'person:dora-vance' }, orderBy, null);
      expect(first.nodes).toHaveLength(30);
      expect(first.nodes).toEqual(generic.nodes);
      expect(second.nodes).toEqual((await page({ ...range, speakerId: 'person:dora-vance' }, orderBy, generic.pageInfo.endCursor)).nodes);
      const days = [...first.nodes, ...second.nodes].map((n: { saidOn: string }) => n.saidOn);
      expect(days.every((d) => d >= '2019-03-01' && d <= '2019-05-31')).toBe(true);
      expect(days.filter((d) => d.startsWith('2019-04'))).not.toHaveLength(0);
      expect(days).toEqual(orderBy === 'SAID_ON_DESC' ? [...days].sort().reverse() : [...days].sort());
    }
  });
});
