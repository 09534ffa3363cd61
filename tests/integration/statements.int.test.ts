import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticleGraph } from '../../src/ingest/write.js';
import type { ArticleGraph } from '../../src/ingest/graph.js';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../helpers/db.js';
import { syntheticArticle } from '../helpers/synthetic.js';

let database: TestDatabase;
let server: TestServer;

const NESTED = `query Page($first: Int!, $after: String) {
  statements(where: { speakerId: "person:ada-quill" }, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id text saidOn
      speaker { __typename ... on Person { name tenures { office { title } } } }
      inCapacityOf { title organization { name } }
      occurrences { start end cue article { title publisher { name } } }
      mentions { entity { __typename ... on Organization { name kind } } }
    }
  }
}`;

const write = (graph: ArticleGraph) => database.db.writeTransaction((tx) => writeArticleGraph(tx, graph));

beforeAll(async () => {
  database = await openTestDatabase();
  const day = (i: number) => `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
  await write(syntheticArticle({
    tag: 'alpha', statements: 25, speaker: 'Ada Quill', office: { title: 'Prime Minister', organization: 'Freedonia' }, saidOn: day, publisher: 'Alpha Wire',
  }));
  await write(syntheticArticle({
    tag: 'beta', statements: 5, speaker: 'Bruno Vale', office: { title: 'Minister of Finance', organization: 'Sylvania' }, publishedAt: '2023-11-02', publisher: 'Beta Post',
  }));
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.stop();
  await database?.close();
});

describe('no N+1: the Cypher statements of a request do not grow with its results', () => {
  it('runs as many statements for 20 nested statements as for 2', async () => {
    const small = await server.query(NESTED, { first: 2 });
    const large = await server.query(NESTED, { first: 20 });
    expect(small.errors).toBeUndefined();
    expect(large.data.statements.nodes).toHaveLength(20);
    expect(large.data.statements.nodes[0].mentions[0].entity).toEqual({ __typename: 'Organization', name: 'Freedonia', kind: 'COUNTRY' });
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(10);
  });

  it('brings the links a statement query follows along in its one Cypher statement, the same as the loaders give', async () => {
    const fields = `id text speaker { __typename ... on Person { id name } } inCapacityOf { title organization { name } }
      occurrences { start end quote article { title publishedAt publisher { name } } } mentions { start entity { __typename ... on Organization { name } } }`;
    const [first] = (await server.query(`{ statements(first: 1) { nodes { id } } }`)).data.statements.nodes;
    const direct = await server.query(`query($id: ID!) { statement(id: $id) { ${fields} } }`, { id: first.id });
    // node(id) loads the statement alone and leaves each link to its loader
    const viaLoaders = await server.query(`query($id: ID!) { node(id: $id) { ... on Statement { ${fields} } } }`, { id: first.id });
    expect(direct.errors).toBeUndefined();
    expect(direct.statements).toBe(1);
    expect(viaLoaders.statements).toBeGreaterThan(1);
    expect(direct.data.statement).toEqual(viaLoaders.data.node);
    expect(direct.data.statement.occurrences[0].article.publisher.name).toBe('Alpha Wire');
    expect(direct.data.statement.mentions[0].entity.name).toBe('Freedonia');
    const page = await server.query(`{ statements(first: 5) { edges { node { ${fields} } } } }`);
    expect(page.statements).toBe(1);
    expect(page.data.statements.edges.find((e: any) => e.node.id === first.id).node).toEqual(direct.data.statement);
  });

  it('brings an office\'s organization and the articles\' publishers only when the request selects them, one statement either way', async () => {
    const fields = `id inCapacityOf { title } occurrences { start article { title } } mentions { entity { __typename ... on Organization { name } } }`;
    const [first] = (await server.query(`{ statements(first: 1, where: { organizationId: "organization:freedonia" }) { nodes { id } } }`)).data.statements.nodes;
    const direct = await server.query(`query($id: ID!) { statement(id: $id) { ${fields} } }`, { id: first.id });
    const viaLoaders = await server.query(`query($id: ID!) { node(id: $id) { ... on Statement { ${fields} } } }`, { id: first.id });
    expect(direct.errors).toBeUndefined();
    expect(direct.statements).toBe(1);
    expect(direct.data.statement).toEqual(viaLoaders.data.node);
    expect(direct.data.statement.inCapacityOf.title).toBeTruthy();
    // the organization, not brought along, comes through its loader when a field asks for it
    const more = await server.query(`query($id: ID!) { statement(id: $id) { inCapacityOf { organization { name } } occurrences { article { publisher { name } } } } }`, { id: first.id });
    expect(more.statements).toBe(1);
    expect(more.data.statement.inCapacityOf.organization.name).toBe('Freedonia');
  });

  it('runs as many statements for a list of people with their statements as for one person', async () => {
    const query = `query($n: Int!) { people(first: $n) { nodes { name statements(first: 3) { nodes { id text } } } } }`;
    const one = await server.query(query, { n: 1 });
    const two = await server.query(query, { n: 2 });
    expect(two.data.people.nodes.map((p: any) => p.statements.nodes.length)).toEqual([3, 3]);
    expect(two.statements).toBe(one.statements);
  });

  it('counts only when totalCount is selected', async () => {
    const without = await server.query(`{ statements(first: 5) { nodes { id } } }`);
    const withCount = await server.query(`{ statements(first: 5) { totalCount nodes { id } } }`);
    expect(withCount.data.statements.totalCount).toBe(30);
    expect(withCount.statements).toBe(without.statements + 1);
    // totalCount alone reads no page, and one entity as the only filter is counted from it
    const only = await server.query(`{ statements(where: { mentions: "organization:freedonia" }) { totalCount } }`);
    expect(only.data.statements.totalCount).toBe(25);
    expect(only.statements).toBe(1);
  });
});

/** The ids of every page of a filtered list, 7 at a time. */
async function walkPages(where: Record<string, string>, orderBy: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const { data, errors }: { data: any; errors?: unknown } = await server.query(
      `query($where: StatementWhere, $after: String, $orderBy: StatementOrder) { statements(where: $where, first: 7, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
      { where, after, orderBy },
    );
    expect(errors).toBeUndefined();
    ids.push(...data.statements.nodes.map((n: any) => n.id));
    if (!data.statements.pageInfo.hasNextPage) return ids;
    after = data.statements.pageInfo.endCursor;
  }
  return ids;
}

describe('keyset pagination', () => {
  it('walks every statement once, newest first, with stable cursors', async () => {
    const seen: Array<{ id: string; saidOn: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors }: { data: any; errors?: unknown } = await server.query(NESTED, { first: 7, after });
      expect(errors).toBeUndefined();
      seen.push(...data.statements.nodes);
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((s) => s.id)).size).toBe(25);
    const days = seen.map((s) => s.saidOn);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('pages a single speaker, mention or office the same as the generic filter does', async () => {
    // the speaker's name as a second filter changes no result here, but takes the generic query
    const cases: Array<Record<string, string>> = [{ speakerId: 'person:ada-quill' }, { mentions: 'organization:freedonia' }, { officeId: 'office:freedonia:prime-minister' }];
    for (const where of cases) for (const orderBy of ['SAID_ON_DESC', 'SAID_ON_ASC']) {
      const fast = await walkPages(where, orderBy);
      expect(fast).toHaveLength(25);
      expect(await walkPages({ ...where, speakerName: 'Ada Quill' }, orderBy)).toEqual(fast);
    }
  });

  it('pages a date range, alone or with a mention, the same as the generic filter does', async () => {
    // only Ada Quill spoke in 2024, so adding her as speaker changes no result but takes the generic query
    const cases: Array<[Record<string, string>, number]> = [
      [{ saidFrom: '2024-01-01', saidTo: '2024-12-31' }, 25],
      [{ saidFrom: '2024-03-05' }, 21],
      [{ mentions: 'organization:freedonia', saidTo: '2024-03-10' }, 10],
    ];
    for (const [where, count] of cases) for (const orderBy of ['SAID_ON_DESC', 'SAID_ON_ASC']) {
      const fast = await walkPages(where, orderBy);
      expect(fast).toHaveLength(count);
      expect(await walkPages({ ...where, speakerId: 'person:ada-quill' }, orderBy)).toEqual(fast);
    }
  });

  it('orders oldest first on request', async () => {
    const { data } = await server.query(`{ statements(first: 3, orderBy: SAID_ON_ASC) { nodes { saidOn } } }`);
    expect(data.statements.nodes.map((n: any) => n.saidOn)).toEqual(['2023-11-02', '2023-11-02', '2023-11-02']);
  });

  it('rejects a cursor it did not make and a page size out of range with BAD_USER_INPUT', async () => {
    const badCursor = await server.query(`{ statements(after: "not-a-cursor") { nodes { id } } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await server.query(`{ statements(first: 500) { nodes { id } } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('StatementWhere filters', () => {
  const count = async (where: string) => {
    const { data, errors } = await server.query(`{ statements(where: ${where}, first: 100) { totalCount nodes { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.statements.nodes).toHaveLength(Math.min(100, data.statements.totalCount));
    return data.statements.totalCount as number;
  };

  it('filters by speaker, office, organization and mention', async () => {
    expect(await count(`{ speakerId: "person:bruno-vale" }`)).toBe(5);
    expect(await count(`{ speakerName: "vale" }`)).toBe(5);
    expect(await count(`{ officeId: "office:freedonia:prime-minister" }`)).toBe(25);
    expect(await count(`{ organizationId: "organization:sylvania" }`)).toBe(5);
    expect(await count(`{ mentions: "organization:freedonia" }`)).toBe(25);
  });

  it('filters by text, kind, dates, article and publisher', async () => {
    expect(await count(`{ text: "beta number 3" }`)).toBe(1);
    expect(await count(`{ text: "plan AND (" }`)).toBe(30);
    expect(await count(`{ kind: DIRECT }`)).toBe(0);
    expect(await count(`{ saidFrom: "2024-03-01", saidTo: "2024-03-05" }`)).toBe(5);
    expect(await count(`{ publisherId: "organization:beta-post" }`)).toBe(5);
    const { data } = await server.query(`{ articles(where: { title: "alpha" }) { nodes { id } } }`);
    expect(await count(`{ articleId: "${data.articles.nodes[0].id}" }`)).toBe(25);
  });

  it('finds nothing, and fails on nothing, for an entity that is not in the graph', async () => {
    for (const where of [{ mentions: 'organization:nowhere' }, { speakerId: 'person:ada-quill', mentions: 'organization:nowhere' }, { mentions: 'organization:nowhere', saidFrom: '2024-01-01' }]) {
      const { data, errors } = await server.query(`query($where: StatementWhere) { statements(where: $where) { totalCount nodes { id } } }`, { where });
      expect(errors).toBeUndefined();
      expect(data.statements).toEqual({ totalCount: 0, nodes: [] });
    }
  });

  it('combines filters', async () => {
    expect(await count(`{ speakerId: "person:ada-quill", publisherId: "organization:beta-post" }`)).toBe(0);
    expect(await count(`{ speakerId: "person:ada-quill", text: "number 7" }`)).toBe(1);
  });

  it('rejects a date that is no calendar day: BAD_USER_INPUT in a variable, a validation error in the query text', async () => {
    const inVariable = await server.query(`query($d: Date) { statements(where: { saidFrom: $d }) { nodes { id } } }`, { d: '2024-02-30' });
    expect(inVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inVariable.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const inline = await server.query(`{ statements(where: { saidFrom: "17 Feb 2022" }) { nodes { id } } }`);
    expect(inline.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
