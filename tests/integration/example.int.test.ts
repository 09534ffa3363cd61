import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ARTICLE, loadExample } from '../../src/ingest/example.js';
import { useExampleServer } from '../helpers/db.js';

const articleText: string = JSON.parse(readFileSync(EXAMPLE_ARTICLE, 'utf8')).text;

const LAVROV_QUERY = `{
  statements(where: {speakerName: "Sergey Lavrov"}, first: 50) {
    totalCount
    nodes {
      id text kind
      speaker { __typename ... on Person { name } }
      inCapacityOf { title organization { name } }
      occurrences { start end quote cue speakerText article { title publishedAt publisher { name } } }
      embeds { text speaker { __typename ... on Person { name } ... on Group { name } } }
    }
  }
}`;

const fixture = useExampleServer();

describe('the TASS example article in the graph', () => {
  it('answers the query of the README with Lavrov statements in the office of Russia\'s foreign minister', async () => {
    const { data, errors } = await fixture.server.query(LAVROV_QUERY);
    expect(errors).toBeUndefined();
    const { totalCount, nodes } = data.statements;
    expect(totalCount).toBeGreaterThanOrEqual(9);
    expect(nodes).toHaveLength(totalCount);
    for (const statement of nodes) {
      expect(statement.speaker).toEqual({ __typename: 'Person', name: 'Sergey Lavrov' });
      expect(statement.inCapacityOf).toEqual({ title: 'Minister of Foreign Affairs', organization: { name: 'Russia' } });
      // the subheading repeats a sentence of the body: one statement, reported twice
      expect(statement.occurrences.length).toBeGreaterThanOrEqual(1);
      for (const occurrence of statement.occurrences) {
        expect(articleText.slice(occurrence.start, occurrence.end)).toBe(occurrence.quote);
        expect(occurrence.article).toEqual({
          title: 'Russia will decide on its own how to ensure its security, Lavrov says',
          publishedAt: '2022-02-17',
          publisher: { name: 'TASS' },
        });
      }
      expect(statement.occurrences[0].quote).toBe(statement.text);
    }
  });

  it('resolves "he", "the Russian top diplomat" and "the foreign minister" to Lavrov', async () => {
    const { data } = await fixture.server.query(LAVROV_QUERY);
    const speakerTexts = data.statements.nodes.map((s: any) => s.occurrences[0].speakerText);
    expect(speakerTexts).toEqual(expect.arrayContaining(['he', 'the Russian top diplomat', 'the foreign minister', 'Russian Foreign Minister Sergey Lavrov']));
    const stressed = data.statements.nodes.find((s: any) => s.occurrences[0].cue === 'stressed');
    expect(stressed.text).toMatch(/^Definitely, it’s up to Russia/);
  });

  it('nests the words of EU leaders and of Borrell in Lavrov statements', async () => {
    const { data } = await fixture.server.query(LAVROV_QUERY);
    const embedded = data.statements.nodes.flatMap((s: any) => s.embeds);
    expect(embedded).toEqual(
      expect.arrayContaining([
        { text: 'they must decide everything in the Balkans, while Russia has nothing to do there.', speaker: { __typename: 'Group', name: 'EU leaders' } },
        { text: 'Russia is in the EU’s way in Africa', speaker: { __typename: 'Person', name: 'Josep Borrell' } },
      ]),
    );
    const { data: inner } = await fixture.server.query(`{ person(name: "Borrell") { statements { nodes { embeddedIn { speaker { ... on Person { name } } } inCapacityOf { title } } } } }`);
    expect(inner.person.statements.nodes).toEqual([
      { embeddedIn: { speaker: { name: 'Sergey Lavrov' } }, inCapacityOf: { title: 'High Representative of the Union for Foreign Affairs and Security Policy' } },
    ]);
  });

  it('holds Peskov\'s "empty and groundless", said as Kremlin spokesman on behalf of the Kremlin', async () => {
    const { data } = await fixture.server.query(`{ person(name: "Dmitry Peskov") {
      statements { nodes { text kind inCapacityOf { title organization { name } } onBehalfOf { name kind } } } } }`);
    expect(data.person.statements.nodes).toContainEqual({
      text: 'empty and groundless',
      kind: 'DIRECT',
      inCapacityOf: { title: 'Press Secretary of the President of Russia', organization: { name: 'Kremlin' } },
      onBehalfOf: { name: 'Kremlin', kind: 'GOVERNMENT_BODY' },
    });
  });

  it('has Di Maio present but silent, and no statement for the scare quotes', async () => {
    const { data } = await fixture.server.query(`{ person(name: "Di Maio") { name tenures(at: "2022-02-17") { office { title organization { name } } } statements { totalCount } }
      all: statements(first: 100) { nodes { text } } }`);
    expect(data.person).toEqual({
      name: 'Luigi Di Maio',
      tenures: [{ office: { title: 'Minister of Foreign Affairs', organization: { name: 'Italy' } } }],
      statements: { totalCount: 0 },
    });
    const texts = data.all.nodes.map((n: any) => n.text);
    expect(texts).not.toContain('prevent');
    expect(texts).not.toContain('invasion');
  });

  it('records the mentions of the EU, NATO, the OSCE, the NATO-Russia Council, the Balkans and Africa', async () => {
    const { data } = await fixture.server.query(`{ statements(first: 100) { nodes { mentions { entity { __typename ... on Organization { name } ... on Place { name } } } } } }`);
    const names = new Set(data.statements.nodes.flatMap((s: any) => s.mentions.map((m: any) => m.entity.name)));
    for (const name of ['European Union', 'NATO', 'OSCE', 'NATO-Russia Council', 'Balkans', 'Africa', 'Russia']) expect(names).toContain(name);
    const { data: orgs } = await fixture.server.query(`{ organizations(first: 100) { nodes { name kind } } }`);
    expect(orgs.organizations.nodes).toEqual(
      expect.arrayContaining([{ name: 'United States', kind: 'COUNTRY' }, { name: 'Ukraine', kind: 'COUNTRY' }, { name: 'TASS', kind: 'MEDIA' }]),
    );
  });

  it('loading the article again changes nothing', async () => {
    const count = `{ statements(first: 1) { totalCount } people(first: 1) { totalCount } articles(first: 1) { totalCount } }`;
    const before = (await fixture.server.query(count)).data;
    const again = await loadExample(fixture.database.db);
    expect(again.map((o) => o.created)).toEqual([false, false]);
    expect((await fixture.server.query(count)).data).toEqual(before);
    expect(before.articles.totalCount).toBe(2);
  });
});
