import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../src/db/budget.js';
import { OperationChecks, operationCost, tooLongArgument } from '../../src/http/limits.js';

const schema = buildSchema(`
  type Query { items(first: Int = 20, after: String): ItemConnection! item(id: ID!): Item search(query: String!): [Item!]! nodes(ids: [ID!]!): [Item]! }
  type ItemConnection { nodes: [Item!]! edges: [ItemEdge!]! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
  type Item { id: ID! tags: [String!]! parts: [Item!]! children(first: Int = 20): ItemConnection! }
  input Filter { text: String }
`);

describe('operation cost', () => {
  const cost = (query: string, variables = {}) => operationCost(schema, parse(query), undefined, variables);

  it('multiplies what a page holds by its size, and nested pages by each other', () => {
    expect(cost('{ items(first: 10) { nodes { id } } }')).toBe(1 + 10 * (1 + 1));
    expect(cost('{ items { nodes { id } } }')).toBe(1 + 20 * 2);
    expect(cost('{ items(first: 100) { nodes { children(first: 100) { nodes { id } } } } }')).toBe(1 + 100 * (1 + (1 + 100 * 2)));
  });

  it('counts the ids asked for, and a guess for lists no argument bounds', () => {
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 1);
    expect(cost('{ item(id: "x") { parts { id } tags } }')).toBe(1 + (1 + 10 * 1) + 1);
  });

  it('leaves variables that do not fit to execution', () => {
    expect(cost('query($n: Int) { items(first: $n) { totalCount } }', { n: 'many' })).toBeNull();
  });
});

describe('argument lengths', () => {
  const check = (query: string, variables = {}) => tooLongArgument(schema, parse(query), variables);

  it('bounds every string, in literals and in variables, and every list', () => {
    expect(check(`{ item(id: "${'x'.repeat(1000)}") { id } }`)).toBeNull();
    expect(check(`{ item(id: "${'x'.repeat(1001)}") { id } }`)?.extensions).toMatchObject({ code: 'INPUT_TOO_LONG', limit: 'Query.item(id)', max: 1000, actual: 1001 });
    expect(check(`query($q: String!) { search(query: $q) { id } }`, { q: 'y'.repeat(501) })?.extensions).toMatchObject({ code: 'INPUT_TOO_LONG', max: 500 });
    expect(check(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array(101).fill('a') })?.extensions).toMatchObject({ code: 'INPUT_TOO_LONG', max: 100 });
    expect(check(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ['a', 'z'.repeat(2000)] })?.extensions).toMatchObject({ code: 'INPUT_TOO_LONG' });
  });
});

describe('checks remembered per document', () => {
  it('gives the answer the checks give, whatever the variables of an earlier request with the same document', () => {
    const checks = new OperationChecks(300);
    const code = (document: ReturnType<typeof parse>, variables: Record<string, unknown>) => checks.check(schema, document, undefined, variables)?.extensions.code ?? null;
    const paged = parse('query($n: Int = 50, $q: String!, $all: Boolean!) { items(first: $n) { nodes { id children @include(if: $all) { nodes { id } } } } search(query: $q) { id } }');
    expect(code(paged, { n: 10, q: 'short', all: false })).toBeNull();
    expect(code(paged, { n: 10, q: 'x'.repeat(501), all: false })).toBe('INPUT_TOO_LONG');
    expect(code(paged, { n: 10, q: 'short', all: true })).toBe('COST_LIMIT');
    expect(code(paged, { n: 100, q: 'short', all: false })).toBeNull();
    expect(code(paged, { n: 300, q: 'short', all: false })).toBe('COST_LIMIT');
    // given as null, the page has no size (a connection counts once); left out, $n is 50
    expect(code(paged, { n: null, q: 'short', all: true })).toBeNull();
    expect(code(paged, { q: 'short', all: true })).toBe('COST_LIMIT');
    const literal = parse(`query($id: ID!) { item(id: $id) { id } search(query: "${'y'.repeat(501)}") { id } }`);
    expect(code(literal, { id: 'a' })).toBe('INPUT_TOO_LONG');
    expect(code(literal, { id: 'b' })).toBe('INPUT_TOO_LONG');
    const ids = parse('query($ids: [ID!]!) { nodes(ids: $ids) { parts { id } } }');
    expect(code(ids, { ids: Array(10).fill('a') })).toBeNull();
    expect(code(ids, { ids: Array(100).fill('a') })).toBe('COST_LIMIT');
    // variables that do not fit: left to execution, and not remembered
    expect(code(paged, { n: 'many', q: 'short', all: true })).toBeNull();
    expect(code(paged, { n: 300, q: 'short', all: true })).toBe('COST_LIMIT');
  });
});

describe('request budget', () => {
  it('lets a request hold only its share of sessions, and wakes the waiting with an error when it ends', async () => {
    const budget = new RequestBudget(60_000, 2);
    const first = await budget.acquire();
    await budget.acquire();
    let third = false;
    const waiting = budget.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    first();
    (await waiting)();
    expect(third).toBe(true);
    await budget.acquire();
    const fourth = budget.acquire();
    budget.abort('gone');
    await expect(fourth).rejects.toMatchObject({ code: 'REQUEST_CANCELLED' });
    budget.finish();
  });

  it('ends itself at its deadline, and a mutation can be given more time', async () => {
    let ended = 0;
    const budget = new RequestBudget(30, 1, () => ended++);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(budget.signal.aborted).toBe(true);
    expect(budget.error().extensions.code).toBe('REQUEST_TIMEOUT');
    expect(ended).toBe(1);
    const longer = new RequestBudget(30, 1);
    longer.restart(10_000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(longer.signal.aborted).toBe(false);
    longer.finish();
  });
});
