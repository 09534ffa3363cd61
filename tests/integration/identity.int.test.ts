import { describe, expect, it } from 'vitest';
import { checkedArticle } from '../../src/ingest/articles.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { EXTRACTOR, extract } from '../../src/extract/extract.js';
import { buildArticleGraph } from '../../src/ingest/graph.js';
import { reextract } from '../../src/ingest/reextract.js';
import { writeArticleGraph } from '../../src/ingest/write.js';
import type { ArticleSource } from '../../src/extract/types.js';
import { useExampleServer } from '../helpers/db.js';

/**
 * Small made-up articles (fictional outlets' wording, real-world names only where the identity
 * question needs them) ingested into one graph: who is joined, who stays apart, what office and
 * date each statement gets.
 */

const fixture = useExampleServer({ example: false });

function source(more: Partial<ArticleSource>): ArticleSource {
  return { title: 'Untitled', publisher: null, publishedAt: null, dateline: null, url: null, language: 'en', sourceId: null, ...more };
}

/** Ingests as the CLI does: the text and source checked and dates read first. */
async function ingest(text: string, more: Partial<ArticleSource>) {
  const article = checkedArticle({ id: 'test', origin: 'test', text, source: source(more) });
  return { ...(await ingestArticle(fixture.database.db, article.text, article.source)), warnings: article.warnings ?? [] };
}

async function speakersOf(quote: string): Promise<Array<{ id: string; name: string; type: string; office: string | null; saidOn: string | null }>> {
  const { data, errors } = await fixture.server.query(
    `query($text: String) { statements(where: { text: $text }, first: 10) { nodes { saidOn inCapacityOf { title organization { name } }
      speaker { __typename ... on Person { id name } ... on Organization { id name } ... on Group { id name } } } } }`,
    { text: quote },
  );
  expect(errors).toBeUndefined();
  return data.statements.nodes.map((n: any) => ({
    id: n.speaker.id,
    name: n.speaker.name,
    type: n.speaker.__typename,
    office: n.inCapacityOf ? `${n.inCapacityOf.title} of ${n.inCapacityOf.organization.name}` : null,
    saidOn: n.saidOn,
  }));
}

describe('one real person, one node, across articles', () => {
  it('keeps two Browns of two articles apart, and joins the same full name', async () => {
    await ingest('Budget row deepens\n\nChancellor Gordon Brown said the budget would protect public services. Mr Brown added that borrowing would fall.', {
      title: 'Budget row deepens', publisher: 'BBC News', publishedAt: '2005-03-16',
    });
    await ingest('Sitcom returns\n\nMurphy Brown said the new season would be sharper. "We missed the newsroom," Brown said.', {
      title: 'Sitcom returns', publisher: 'Example Gazette', publishedAt: '2018-09-27',
    });
    await ingest('Brown defends record\n\nGordon Brown said the economy had grown for eight years.', {
      title: 'Brown defends record', publisher: 'Example Gazette', publishedAt: '2005-04-01',
    });
    const budget = await speakersOf('borrowing would fall');
    const sitcom = await speakersOf('the new season would be sharper');
    const record = await speakersOf('the economy had grown');
    expect(budget[0]!.name).toBe('Gordon Brown');
    expect(sitcom[0]!.name).toBe('Murphy Brown');
    expect(record[0]!.id).toBe(budget[0]!.id);
    expect(sitcom[0]!.id).not.toBe(budget[0]!.id);
    const { data } = await fixture.server.query(`{ gordon: person(name: "Gordon Brown") { name aliases } brown: person(name: "Brown") { name } }`);
    expect(data.gordon).toEqual({ name: 'Gordon Brown', aliases: [] });
    // two people of that surname: a bare surname answers with neither rather than the first one
    expect(data.brown).toBeNull();
  });

  it('keeps a father and his son of one article apart', async () => {
    await ingest(
      'Family firm changes hands\n\nRobert Hale, who founded the bakery in 1970, said he was proud to hand it on. His son, Thomas Hale, said the recipes would not change. "We will keep the ovens going," Thomas Hale said.',
      { title: 'Family firm changes hands', publisher: 'Example Gazette', publishedAt: '2019-02-02' },
    );
    const father = await speakersOf('proud to hand it on');
    const son = await speakersOf('the recipes would not change');
    expect(father[0]!.name).toBe('Robert Hale');
    expect(son[0]!.name).toBe('Thomas Hale');
  });

  it('gives a body named like a surname no person node', async () => {
    await ingest('Agency revises figures\n\nStatistics Canada said unemployment fell in January. Officials said the figures were revised.', {
      title: 'Agency revises figures', publisher: 'CBC News', publishedAt: '2019-02-08',
    });
    const [agency] = await speakersOf('unemployment fell in January');
    expect(agency).toMatchObject({ name: 'Statistics Canada', type: 'Organization' });
    const [officials] = await speakersOf('the figures were revised');
    expect(officials!.type).toBe('Group');
  });

  it('gives "the prime minister" the country of the outlet: the United Kingdom for the BBC, Canada for the CBC', async () => {
    await ingest('Talks go on\n\nPrime Minister Tony Blair said the talks would continue. Later, Mr Blair said he was confident.', {
      title: 'Talks go on', publisher: 'BBC News', publishedAt: '2005-02-01',
    });
    await ingest('Pipeline plan\n\nPrime Minister Justin Trudeau said the pipeline would be built. Trudeau said the decision was final.', {
      title: 'Pipeline plan', publisher: 'CBC News', publishedAt: '2019-01-10',
    });
    expect((await speakersOf('the talks would continue'))[0]).toMatchObject({ name: 'Tony Blair', office: 'Prime Minister of United Kingdom' });
    // an office given once holds for the same person's later statements in the article
    expect((await speakersOf('he was confident'))[0]).toMatchObject({ name: 'Tony Blair', office: 'Prime Minister of United Kingdom' });
    expect((await speakersOf('the pipeline would be built'))[0]).toMatchObject({ name: 'Justin Trudeau', office: 'Prime Minister of Canada' });
    const { data } = await fixture.server.query(`{ offices(first: 50) { nodes { id title } } }`);
    const ids = data.offices.nodes.map((o: any) => o.id);
    expect(ids).toContain('office:united-kingdom:prime-minister');
    expect(ids).toContain('office:canada:prime-minister');
  });

  it('keeps the title as the country names it, and out of the name', async () => {
    await ingest('Minister speaks\n\nForeign Secretary Jack Straw said the embargo should stay. Tory MP Michael Mates said the decision was wrong.', {
      title: 'Minister speaks', publisher: 'BBC News', publishedAt: '2005-01-20',
    });
    expect((await speakersOf('the embargo should stay'))[0]).toMatchObject({ name: 'Jack Straw', office: 'Foreign Secretary of United Kingdom' });
    expect((await speakersOf('the decision was wrong'))[0]).toMatchObject({ name: 'Michael Mates', type: 'Person' });
  });
});

describe('dates and article metadata', () => {
  it('reads publication dates in several forms, and dates statements by the weekday they were said', async () => {
    const forms: Array<[string, string]> = [
      ['2019-01-15T14:30:00Z', '2019-01-15'],
      ['January 16, 2019', '2019-01-16'],
      ['Thu, 17 Jan 2019 08:00:00 +0000', '2019-01-17'],
    ];
    for (const [i, [given, day]] of forms.entries()) {
      const outcome = await ingest(`Date form ${i}\n\nAda Quill said the bridge number ${i} would open.`, { title: `Date form ${i}`, publisher: 'Test Wire', publishedAt: given });
      expect(outcome.created).toBe(true);
      expect((await speakersOf(`the bridge number ${i} would open`))[0]!.saidOn).toBe(day);
    }
    await ingest('Weekday\n\nAda Quill said on Monday that the tunnel would close.', { title: 'Weekday', publisher: 'Test Wire', publishedAt: '2019-01-17' });
    expect((await speakersOf('the tunnel would close'))[0]!.saidOn).toBe('2019-01-14');
  });

  it('takes an unreadable date as a warning and the article undated, never a failure', async () => {
    const outcome = await ingest('No date\n\nAda Quill said the ferry would sail.', { title: 'No date', publisher: 'Test Wire', publishedAt: 'the other day' });
    expect(outcome.created).toBe(true);
    expect(outcome.warnings.map((w) => w.code)).toEqual(['BAD_DATE']);
    expect((await speakersOf('the ferry would sail'))[0]!.saidOn).toBeNull();
  });

  it('updates a known text that comes with new metadata, dating its undated statements, and makes no new article of extra whitespace', async () => {
    const text = 'Late metadata\n\nAda Quill said the harbour would be dredged.';
    const first = await ingest(text, { title: 'Late metadata', publisher: 'Test Wire' });
    expect((await speakersOf('the harbour would be dredged'))[0]!.saidOn).toBeNull();
    const again = await ingest(`${text}\n\n`, { title: 'Late metadata', publisher: 'Test Wire', publishedAt: '2019-03-04', url: 'https://example.org/harbour', sourceId: 'my-42' });
    expect(again).toMatchObject({ created: false, updated: true, articleId: first.articleId });
    expect((await speakersOf('the harbour would be dredged'))[0]!.saidOn).toBe('2019-03-04');
    const { data } = await fixture.server.query(`query($id: ID!) { node(id: $id) { ... on Article { url publishedAt sourceId extractorVersion } } }`, { id: first.articleId });
    expect(data.node).toEqual({ url: 'https://example.org/harbour', publishedAt: '2019-03-04', sourceId: 'my-42', extractorVersion: EXTRACTOR });
    // the same fields where a statement list brings its articles along (one Cypher statement)
    const { data: listed } = await fixture.server.query(`{ statements(where: { text: "harbour would be dredged" }) { nodes { occurrences { article { sourceId extractorVersion } } } } }`);
    expect(listed.statements.nodes[0].occurrences[0].article).toEqual({ sourceId: 'my-42', extractorVersion: EXTRACTOR });
    const same = await ingest(text, { title: 'Late metadata', publisher: 'Test Wire' });
    expect(same).toMatchObject({ created: false, updated: false });
  });
});

describe('saidgraph reextract', () => {
  const text = 'Council vote\n\nMayor Ada Quill said the library would stay open. "We found the money," Quill said.';
  const where = { title: 'Council vote' };

  async function snapshot() {
    const { data } = await fixture.server.query(`{ articles(where: { title: "Council vote" }) { nodes { statements(first: 50) { nodes { text speaker { ... on Person { id name } } inCapacityOf { id } } } } } }`);
    return data.articles.nodes[0].statements.nodes;
  }

  it('leaves an article read by an older extractor as a fresh ingest would, old statements and their entities gone', async () => {
    await ingest(text, { title: 'Council vote', publisher: 'Test Wire', publishedAt: '2019-05-01' });
    const fresh = await snapshot();
    expect(fresh.length).toBe(2);
    // what an older extractor might have left: one more statement, by someone who never spoke
    const source = { title: 'Council vote', publisher: 'Test Wire', publishedAt: '2019-05-01', dateline: null, url: null, language: 'en' };
    const stale = { statements: [{ ...extract(text, source).statements[0]!, key: 'old', quote: 'the library', start: 35, end: 46, speaker: { name: 'Otto Stale', type: 'Person' as const }, mentions: [] }], entities: [{ name: 'Otto Stale', type: 'Person' as const }], tenures: [], extractor: 'saidgraph-extract/0.1' };
    await fixture.database.db.writeTransaction((tx) => writeArticleGraph(tx, buildArticleGraph(text, source, stale)));
    expect((await snapshot()).length).toBe(3);
    const result = await reextract(fixture.database.db, where);
    expect(result).toEqual({ articles: 1, statements: 2 });
    expect(await snapshot()).toEqual(fresh);
    expect((await fixture.server.query(`{ person(name: "Otto Stale") { id } }`)).data.person).toBeNull();
    // nothing is left for the current extractor to read again
    expect(await reextract(fixture.database.db, where)).toEqual({ articles: 0, statements: 0 });
    expect(await reextract(fixture.database.db, { ...where, all: true })).toEqual({ articles: 1, statements: 2 });
    expect(await snapshot()).toEqual(fresh);
  });
});
