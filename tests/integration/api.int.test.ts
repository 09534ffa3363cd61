import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { shapeOfDocument } from '../../src/modules/shared/rowShape.js';
import { loadTypeDefs } from '../../src/modules/typeDefs.js';
import { CYPHER_DIR } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { freePort } from '../../src/db/localNeo4j.js';
import { loadCypherRegistry } from '../../src/db/registry.js';
import { startTestServer, testConfig, useExampleServer } from '../helpers/db.js';

const fixture = useExampleServer();

describe('people, offices and tenures', () => {
  it('finds a person by id, by name or by alias, case-insensitive', async () => {
    const { data } = await fixture.server.query(`{
      byId: person(id: "person:sergey-lavrov") { name }
      byAlias: person(name: "sergei lavrov") { name aliases }
      missing: person(name: "Nobody Atall") { name } }`);
    expect(data.byId.name).toBe('Sergey Lavrov');
    expect(data.byAlias).toEqual({ name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] });
    expect(data.missing).toBeNull();
  });

  it('tells tenures apart by date', async () => {
    const { data } = await fixture.server.query(`{
      office(id: "office:italy:minister-of-foreign-affairs") {
        title organization { name }
        in2022: holders(at: "2022-02-17") { person { name } start end }
        in2023: holders(at: "2023-06-01") { person { name } }
      }
      person(name: "Josep Borrell") { now: tenures(at: "2026-01-01") { start } all: tenures { start end source } } }`);
    expect(data.office).toEqual({
      title: 'Minister of Foreign Affairs',
      organization: { name: 'Italy' },
      in2022: [{ person: { name: 'Luigi Di Maio' }, start: '2019-09-05', end: '2022-10-22' }],
      in2023: [],
    });
    expect(data.person).toEqual({ now: [], all: [{ start: '2019-12-01', end: '2024-11-30', source: 'reference' }] });
  });

  it('lists people and offices with filters and cursors', async () => {
    const { data } = await fixture.server.query(`{
      people(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }
      fm: people(where: { officeId: "office:russia:minister-of-foreign-affairs" }) { nodes { name } }
      offices(where: { organizationId: "organization:kremlin" }) { nodes { title aliases } } }`);
    expect(data.people.totalCount).toBe(6);
    expect(data.people.nodes.map((p: any) => p.name)).toEqual(['Dmitry Peskov', 'Giulia Ferri']);
    expect(data.fm.nodes).toEqual([{ name: 'Sergey Lavrov' }]);
    expect(data.offices.nodes[0].title).toBe('Press Secretary of the President of Russia');
    const next = await fixture.server.query(`query($after: String) { people(first: 5, after: $after) { pageInfo { hasNextPage } nodes { name } } }`, {
      after: data.people.pageInfo.endCursor,
    });
    expect(next.data.people.nodes.map((p: any) => p.name)).toEqual(['Ivan Petrenko', 'Josep Borrell', 'Luigi Di Maio', 'Sergey Lavrov']);
    expect(next.data.people.pageInfo.hasNextPage).toBe(false);
  });

  it('lists organizations by kind with their offices', async () => {
    const { data } = await fixture.server.query(`{ organizations(where: { kind: INTERGOVERNMENTAL }) { nodes { name offices { title } } } }`);
    expect(data.organizations.nodes.map((o: any) => o.name)).toEqual(['European Union', 'NATO', 'NATO-Russia Council', 'OSCE']);
    expect(data.organizations.nodes[0].offices).toEqual([{ title: 'High Representative of the Union for Foreign Affairs and Security Policy' }]);
  });

  it('brings a person with tenures and latest statements in one statement, as the loaders would', async () => {
    const person = (fields: string) => `{ person(name: "Sergey Lavrov") { id name ${fields} } }`;
    const tenures = `office { title organization { name } } start end`;
    const statements = `pageInfo { hasNextPage } nodes { id text saidOn inCapacityOf { title } }`;
    const deep = await fixture.server.query(person(`tenures { ${tenures} } statements(first: 3) { ${statements} }`));
    const onDay = await fixture.server.query(person(`tenures(at: "2022-02-17") { ${tenures} }`));
    // each field twice under aliases: the person query brings neither, each goes through its loader
    const byLoaders = await fixture.server.query(person(`t1: tenures { ${tenures} } t2: tenures(at: "2022-02-17") { ${tenures} }
      s1: statements(first: 3) { ${statements} } s2: statements(first: 3) { ${statements} }`));
    expect(deep.errors ?? onDay.errors ?? byLoaders.errors).toBeUndefined();
    // by name: the name lookup, then one statement for the person and all below
    expect(deep.statements).toBe(2);
    expect(onDay.statements).toBe(2);
    expect(byLoaders.statements).toBeGreaterThan(2);
    const { id, name, t1, t2, s1 } = byLoaders.data.person;
    expect(deep.data.person).toEqual({ id, name, tenures: t1, statements: s1 });
    expect(onDay.data.person).toEqual({ id, name, tenures: t2 });
    expect(s1.nodes).toHaveLength(3);
    expect(t1[0].office.organization.name).toBe('Russia');
  });

  it('reports a wrong page size below a person or an organization on the field that has it', async () => {
    const { errors } = await fixture.server.query(`{
      person(id: "person:sergey-lavrov") { name tenures { start } statements(first: 0) { nodes { id } } }
      organization(id: "organization:russia") { name offices { title holders { person { statements(first: 101) { nodes { id } } } } } } }`);
    expect(errors?.length).toBeGreaterThan(1);
    for (const error of errors!) {
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.path?.at(-1)).toBe('statements');
    }
    expect(errors!.map((e) => e.path![0])).toEqual(expect.arrayContaining(['person', 'organization']));
  });

  it("brings an organization with its offices, their holders and their latest statements in one statement, as the loaders would", async () => {
    const tree = (holders: string, variables = '') => `query${variables} { organization(id: "organization:russia") { name offices { title ${holders} } } }`;
    const fields = `person { name statements(first: 2) { pageInfo { hasNextPage } nodes { id text saidOn } } } start end`;
    const deep = await fixture.server.query(tree(`holders { ${fields} }`));
    const onDay = await fixture.server.query(tree(`holders(at: $at) { ${fields} }`, '($at: Date)'), { at: '2022-02-17' });
    // two holders fields under one office: the offices query brings neither, each goes through its loader
    const byLoaders = await fixture.server.query(tree(`all: holders { ${fields} } day: holders(at: "2022-02-17") { ${fields} }`));
    // by name: the name lookup, then the organization and its tree; two offices fields: each through its loader
    const byName = await fixture.server.query(`{ organization(name: "Russia") { name offices { title holders { ${fields} } } } }`);
    const twice = await fixture.server.query(`{ organization(id: "organization:russia") { name a: offices { title } b: offices { title holders { ${fields} } } } }`);
    expect(deep.errors ?? onDay.errors ?? byLoaders.errors ?? byName.errors ?? twice.errors).toBeUndefined();
    // the organization, its offices, their holders and what they said last: one statement
    expect(deep.statements).toBe(1);
    expect(onDay.statements).toBe(1);
    expect(byName.statements).toBe(2);
    expect(byLoaders.statements).toBeGreaterThan(2);
    expect(twice.statements).toBeGreaterThan(1);
    expect(byName.data).toEqual(deep.data);
    expect(twice.data.organization.b).toEqual(deep.data.organization.offices);
    expect(twice.data.organization.a).toEqual(deep.data.organization.offices.map((o: any) => ({ title: o.title })));
    const offices = byLoaders.data.organization.offices;
    expect(deep.data.organization.offices).toEqual(offices.map((o: any) => ({ title: o.title, holders: o.all })));
    expect(onDay.data.organization.offices).toEqual(offices.map((o: any) => ({ title: o.title, holders: o.day })));
    const lavrov = offices.flatMap((o: any) => o.all).find((h: any) => h.person.name === 'Sergey Lavrov');
    expect(lavrov.person.statements.nodes).toHaveLength(2);
    expect(lavrov.person.statements.pageInfo.hasNextPage).toBe(true);
  });

  it('answers organization.statements through offices and on behalf', async () => {
    const { data } = await fixture.server.query(`{
      russia: organization(name: "Russia") { statements(first: 100) { totalCount } }
      lavrov: person(name: "Sergey Lavrov") { statements(first: 100) { totalCount } }
      petrenko: person(name: "Ivan Petrenko") { statements(first: 100) { totalCount } }
      kremlin: organization(name: "Kremlin") { statements { totalCount nodes { speaker { ... on Person { name } } onBehalfOf { name } } } }
      peskov: person(name: "Dmitry Peskov") { statements { totalCount } } }`);
    // Lavrov and his (made-up) deputy speak for Russia's foreign ministry; Peskov as the Kremlin's spokesman
    expect(data.russia.statements.totalCount).toBe(data.lavrov.statements.totalCount + data.petrenko.statements.totalCount);
    expect(data.kremlin.statements.totalCount).toBe(data.peskov.statements.totalCount);
    expect(data.kremlin.statements.nodes).toContainEqual({ speaker: { name: 'Dmitry Peskov' }, onBehalfOf: { name: 'Kremlin' } });
  });
});

describe('rows shaped by the selection', () => {
  it('fetches only the parts of rows a query selects, and every field still sees what it selects when two paths reach one row', async () => {
    const { db } = fixture.database;
    const schema = buildSchema(loadTypeDefs('schema').join('\n'));
    const narrow = db.withRowShape(() => shapeOfDocument(schema, parse('{ person(id: "p") { name } }')));
    const [lean] = await narrow.read('entity/getEntitiesByIds', { ids: ['person:sergey-lavrov'] });
    const [whole] = await db.read('entity/getEntitiesByIds', { ids: ['person:sergey-lavrov'] });
    expect(JSON.stringify(lean)).toContain('Sergey Lavrov');
    expect(JSON.stringify(lean)).not.toContain('Sergei Lavrov');
    expect(JSON.stringify(whole)).toContain('Sergei Lavrov');
    // the statements' speakers are primed by the list with the parts the person field asks for
    const both = await fixture.server.query(`{
      statements(where: { speakerId: "person:sergey-lavrov" }, first: 2) { nodes { text speaker { ... on Person { name } } } }
      person(id: "person:sergey-lavrov") { aliases version statements(first: 1) { nodes { kind } } } }`);
    const alone = await fixture.server.query('{ person(id: "person:sergey-lavrov") { aliases version statements(first: 1) { nodes { kind } } } }');
    expect(both.errors ?? alone.errors).toBeUndefined();
    expect(both.data.person).toEqual(alone.data.person);
    expect(both.data.person.aliases).toEqual(['Sergei Lavrov']);
    expect(both.data.statements.nodes.map((n: any) => n.speaker.name)).toEqual(['Sergey Lavrov', 'Sergey Lavrov']);
    expect(both.data.statements.nodes.every((n: any) => typeof n.text === 'string' && n.text.length > 0)).toBe(true);
    // an article brought along by a statement list is the row the article loader gives (it lacked
    // its version and retraction before articles had one row part)
    const listed = await fixture.server.query('{ statements(first: 1) { nodes { occurrences { quote article { id title version retractedAt publisher { name } } } } } }');
    expect(listed.errors).toBeUndefined();
    const occurrence = listed.data.statements.nodes[0].occurrences[0];
    const direct = await fixture.server.query('query($id: ID!) { article(id: $id) { id title version retractedAt publisher { name } } }', { id: occurrence.article.id });
    expect(occurrence.article).toEqual(direct.data.article);
    expect(occurrence.article.version).toBe(1);
    expect(occurrence.quote.length).toBeGreaterThan(0);
  });
});

describe('articles and nodes', () => {
  it("lists an article's statements in text order and finds it again by id", async () => {
    const { data } = await fixture.server.query(`{ articles { totalCount nodes { id title dateline language contentHash publisher { name }
      statements(first: 3) { totalCount nodes { occurrences { start } } } } } }`);
    expect(data.articles.totalCount).toBe(2);
    expect(data.articles.nodes.map((a: any) => a.publisher.name)).toEqual(['Example Wire', 'TASS']);
    const article = data.articles.nodes[1];
    expect(article.dateline).toBe('MOSCOW, February 17');
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const starts = article.statements.nodes.map((s: any) => s.occurrences[0].start);
    expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
    const all = await fixture.server.query(`query($id: ID!) { statements(where: { articleId: $id }) { totalCount } }`, { id: article.id });
    expect(article.statements.totalCount).toBe(all.data.statements.totalCount);
    expect(article.statements.totalCount).toBeGreaterThanOrEqual(15);
    const again = await fixture.server.query(`query($id: ID!) { node(id: $id) { __typename ... on Article { title } } }`, { id: article.id });
    expect(again.data.node).toEqual({ __typename: 'Article', title: article.title });
  });

  it('resolves any id with node and nodes', async () => {
    const { data: first } = await fixture.server.query(`{ statements(first: 1) { nodes { id } } }`);
    const statementId = first.statements.nodes[0].id;
    const { data } = await fixture.server.query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: ['person:sergey-lavrov', 'organization:nato', 'office:kremlin:press-secretary-of-the-president-of-russia', 'group:eu-leaders', 'place:balkans', statementId, 'person:nobody'],
    });
    expect(data.nodes.map((n: any) => n?.__typename ?? null)).toEqual(['Person', 'Organization', 'Office', 'Group', 'Place', 'Statement', null]);
  });
});

describe('errors carry stable codes', () => {
  it('BAD_USER_INPUT when both or neither of id and name are given', async () => {
    const { errors } = await fixture.server.query(`{ person(id: "person:sergey-lavrov", name: "Lavrov") { name } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const none = await fixture.server.query(`{ organization { name } }`);
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('GRAPHQL_VALIDATION_FAILED for an unknown field, without a server error', async () => {
    const response = await fixture.server.query(`{ statements { nodes { nope } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('UNAUTHENTICATED when reads need a key and none or a wrong one is sent', async () => {
    const locked = await startTestServer(fixture.database.db, testConfig({ requireKeyForReads: true }));
    try {
      const anonymous = await locked.query(`{ people { totalCount } }`);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await locked.query(`{ people { totalCount } }`, {}, { authorization: 'Bearer nope' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const good = await locked.query(`{ people { totalCount } }`, {}, { authorization: 'Bearer test-key' });
      expect(good.data.people.totalCount).toBe(6);
    } finally {
      await locked.stop();
    }
  });
});

describe('when Neo4j cannot be reached', () => {
  it('answers DATABASE_UNAVAILABLE and /ready 503, while /health stays up', async () => {
    const port = await freePort();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: '', maxRetryMs: 500 });
    const offline = await startTestServer(new Executor(driver, await loadCypherRegistry(CYPHER_DIR), 'neo4j'));
    try {
      const response = await offline.query(`{ statements { nodes { id } } }`);
      expect(response.status).toBe(503);
      expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      const base = offline.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await offline.stop();
      await driver.close();
    }
  });
});

describe('HTTP', () => {
  it('serves GraphiQL to a browser at GET /graphql and the API to clients', async () => {
    const page = await fetch(fixture.server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)/);
    const api = await fetch(`${fixture.server.url}?query=${encodeURIComponent('{ people(first: 1) { totalCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(await api.json()).toEqual({ data: { people: { totalCount: 6 } } });
  });
});
