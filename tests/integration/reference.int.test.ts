import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedArticle } from '../../src/ingest/articles.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { importReference, ReferenceImportError } from '../../src/ingest/referenceImport.js';
import { useExampleServer } from '../helpers/db.js';

const FIXTURES = path.resolve('tests', 'fixtures', 'reference');
const fixture = useExampleServer({ example: false });

const COUNTS = `{ people(first: 1) { totalCount } organizations(first: 1) { totalCount } offices(first: 1) { totalCount } }`;

describe('saidgraph import-reference', () => {
  it('says on a dry run what a Popolo file would add, and writes nothing', async () => {
    const before = (await fixture.server.query(COUNTS)).data;
    const report = await importReference(fixture.database.db, path.join(FIXTURES, 'uk-2005.popolo.json'), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, entities: { total: 5, new: 5 }, offices: { total: 3, new: 3 }, tenures: { total: 3, new: 3 } });
    expect((await fixture.server.query(COUNTS)).data).toEqual(before);
  });

  it('imports people with their other full names and Wikidata ids, and who held which office when', async () => {
    await importReference(fixture.database.db, path.join(FIXTURES, 'uk-2005.popolo.json'));
    const { data } = await fixture.server.query(`{
      person(name: "Tony Blair") { name aliases wikidataId tenures { office { title organization { name } } start end } }
      office(id: "office:united-kingdom:foreign-secretary") { holders(at: "2005-03-01") { person { name } } }
      pm: office(id: "office:united-kingdom:prime-minister") { wikidataId organization { wikidataId } } }`);
    expect(data.person).toEqual({
      name: 'Tony Blair',
      // "Blair" alone is no alias in the graph; a party membership is no office
      aliases: ['Anthony Charles Lynton Blair'],
      wikidataId: 'Q9545',
      tenures: [{ office: { title: 'Prime Minister', organization: { name: 'United Kingdom' } }, start: '1997-05-02', end: '2007-06-27' }],
    });
    expect(data.office.holders).toEqual([{ person: { name: 'Jack Straw' } }]);
    expect(data.pm).toEqual({ wikidataId: 'Q14211', organization: { wikidataId: 'Q145' } });
    const again = await importReference(fixture.database.db, path.join(FIXTURES, 'uk-2005.popolo.json'), { dryRun: true });
    expect(again).toMatchObject({ entities: { new: 0 }, offices: { new: 0 }, tenures: { new: 0 } });
  });

  it('imports a CSV of tenures', async () => {
    const report = await importReference(fixture.database.db, path.join(FIXTURES, 'canada-tenures.csv'));
    expect(report.tenures).toEqual({ total: 2, new: 2 });
    const { data } = await fixture.server.query(`{ office(id: "office:canada:prime-minister") { wikidataId organization { wikidataId } holders(at: "2019-01-10") { person { name wikidataId } } } }`);
    expect(data.office).toEqual({ wikidataId: 'Q839078', organization: { wikidataId: 'Q16' }, holders: [{ person: { name: 'Justin Trudeau', wikidataId: 'Q3099714' } }] });
  });

  it('gives the Wikidata items of speaker, office and organization as sameAs in JSON-LD', async () => {
    await importReference(fixture.database.db, path.join(FIXTURES, 'canada-tenures.csv'));
    const text = 'Ottawa budget\n\nOTTAWA, March 4, 2019. Prime Minister Justin Trudeau said on Monday that the budget would be balanced by 2023.';
    const ingest = await fixture.server.query(
      `mutation($t: String!) { ingestArticle(input: { text: $t, title: "Ottawa budget", publishedAt: "2019-03-04", dateline: "OTTAWA, March 4, 2019" }) { article { statements { nodes { jsonLd } } } } }`,
      { t: text },
      { authorization: 'Bearer test-key' },
    );
    const [statement] = ingest.data.ingestArticle.article.statements.nodes;
    const author = statement.jsonLd.author;
    expect(author.sameAs).toBe('https://www.wikidata.org/wiki/Q3099714');
    expect(author.jobTitle).toEqual({ '@type': 'DefinedTerm', name: 'Prime Minister', sameAs: 'https://www.wikidata.org/wiki/Q839078' });
    expect(author.worksFor).toMatchObject({ name: 'Canada', sameAs: 'https://www.wikidata.org/wiki/Q16' });
  });

  it('refuses two holders of one office on one day, and an unreadable date, naming the rows and writing nothing', async () => {
    const before = (await fixture.server.query(COUNTS)).data;
    const conflict = importReference(fixture.database.db, path.join(FIXTURES, 'conflict.csv'));
    await expect(conflict).rejects.toBeInstanceOf(ReferenceImportError);
    await expect(conflict).rejects.toMatchObject({ code: 'REFERENCE_CONFLICT', rows: [expect.stringContaining('row 2 (Tony Blair') ] });
    await expect(importReference(fixture.database.db, path.join(FIXTURES, 'bad-date.csv'))).rejects.toMatchObject({ code: 'REFERENCE_INVALID', rows: ['row 2: start "last spring" is not a date'] });
    expect((await fixture.server.query(COUNTS)).data).toEqual(before);
    expect((await fixture.server.query(`{ person(name: "Gordon Brown") { id } }`)).data.person).toBeNull();
  });

  it('resolves "the prime minister" of a British and of a Canadian article to whoever held the office that day, and no one outside a tenure', async () => {
    await importReference(fixture.database.db, path.join(FIXTURES, 'uk-2005.popolo.json'));
    await importReference(fixture.database.db, path.join(FIXTURES, 'canada-tenures.csv'));
    const articles = [
      ['Schools\n\nThe prime minister said on Tuesday that the school reforms would go ahead. "We will not back down," he told MPs.', 'BBC News', '2005-03-01'],
      ['Pipeline\n\nThe prime minister said on Monday that the pipeline would be built.', 'CBC News', '2019-01-14'],
      ['Housing\n\nThe prime minister said on Monday that housing would come first.', 'BBC News', '2012-06-04'],
    ] as const;
    for (const [text, publisher, publishedAt] of articles) {
      const article = checkedArticle({ id: 'test', origin: 'test', text, source: { title: text.split('\n')[0]!, publisher, publishedAt, dateline: null, url: null, language: 'en' } });
      await ingestArticle(fixture.database.db, article.text, article.source);
    }
    const speakerOf = async (words: string) => (await fixture.server.query(`{ statements(where: { text: "${words}" }) { nodes { speaker { ... on Person { id name } } inCapacityOf { id } } } }`)).data.statements.nodes[0];
    expect(await speakerOf('school reforms would go ahead')).toEqual({ speaker: { id: 'person:tony-blair', name: 'Tony Blair' }, inCapacityOf: { id: 'office:united-kingdom:prime-minister' } });
    expect((await speakerOf('We will not back down')).speaker.id).toBe('person:tony-blair');
    expect(await speakerOf('pipeline would be built')).toEqual({ speaker: { id: 'person:justin-trudeau', name: 'Justin Trudeau' }, inCapacityOf: { id: 'office:canada:prime-minister' } });
    // 2012: no tenure in the reference data covers the day; the holder stays a person of that article
    const unknown = await speakerOf('housing would come first');
    expect(unknown.speaker.name).toBe('the Prime Minister');
    expect(unknown.speaker.id).toMatch(/^person:the-prime-minister~/);
  });

  it('resolves "Mr Blair" of a British article of 2005, named only so, to the Prime Minister of the reference data', async () => {
    const article = checkedArticle({
      id: 'test', origin: 'test',
      text: 'Row over schools\n\nMr Blair said the reforms would go ahead.',
      source: { title: 'Row over schools', publisher: 'BBC News', publishedAt: '2005-03-01', dateline: null, url: null, language: 'en' },
    });
    await ingestArticle(fixture.database.db, article.text, article.source);
    const { data } = await fixture.server.query(`{ statements(where: { text: "reforms would go ahead" }) { nodes { speaker { ... on Person { id name } } } } }`);
    expect(data.statements.nodes[0].speaker).toEqual({ id: 'person:tony-blair', name: 'Tony Blair' });
  });
});
