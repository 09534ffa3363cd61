import { parse, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exampleTabs, KEY_PLACEHOLDER } from '../../web/examples.js';
import { developmentConfig, useExampleServer } from '../helpers/db.js';

// configured as `npm start` is on a laptop: no keys, so the development key the write tabs send
// works; each operation run by graphql-js once, then compiled by graphql-jit
const config = { ...developmentConfig(), jitAfter: 1 };
const fixture = useExampleServer({ config });

const operations = exampleTabs.flatMap((tab) =>
  parse(tab.query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((op) => [op.name!.value, tab, op.operation] as const),
);

/** The first event of a subscription tab over WebSocket, as GraphiQL runs it. */
async function firstEvent(query: string, name: string, authorization: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const client = createClient({ url: fixture.server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
  try {
    const events = client.iterate({ query, operationName: name, variables });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no event from ${name} in 10 s`)), 10_000));
    const next = await Promise.race([events.next(), timeout]);
    await events.return?.();
    return next.value as { data?: Record<string, unknown>; errors?: unknown };
  } finally {
    await client.dispose();
  }
}

describe('the operations GraphiQL opens with', () => {
  it('are many and named', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  // in the order of the tabs, with each tab's headers and variables, as a newcomer would run them
  it.each(operations)('%s runs on the example data and finds something', async (name, tab, kind) => {
    // the page of `npm start` puts its development key where the tabs hold the placeholder
    const headers = 'headers' in tab && tab.headers ? (JSON.parse(tab.headers.replace(KEY_PLACEHOLDER, config.developmentKey!)) as Record<string, string>) : {};
    const variables = 'variables' in tab && tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};
    let body: { data?: Record<string, unknown>; errors?: unknown };
    if (kind === 'subscription') {
      // the feed tab, as its comment says: subscribed, then the dry-run article of the search tab ingested for real
      const events = firstEvent(tab.query, name, headers.Authorization!, { ...variables, since: null });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const dryRun = operations.find(([op]) => op === 'DryRunIngest')![1].query;
      const written = await fetch(fixture.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: dryRun.replace('dryRun: true', 'dryRun: false'), operationName: 'DryRunIngest' }),
      });
      expect(((await written.json()) as { data?: { ingestArticle?: { created?: boolean } } }).data?.ingestArticle?.created).toBe(true);
      body = await events;
    } else {
      const response = await fetch(fixture.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: tab.query, operationName: name, variables }),
      });
      body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    }
    expect(body.errors).toBeUndefined();
    // every root field answered with something: no null, no empty list
    for (const value of Object.values(body.data ?? {})) {
      expect(value).not.toBeNull();
      expect(JSON.stringify(value)).not.toMatch(/^\[\]$|"nodes":\[\]/);
    }
  });
});

/**
 * The API compiles an operation with graphql-jit the second time it comes (src/http/jitExecutor.ts);
 * the first run is graphql-js's. Each document is sent three times, with a comment of its own so
 * that it is new to the server, and the second and third answers (compiled) must be the first,
 * errors and their paths included.
 */
describe('an operation compiled by graphql-jit answers as graphql-js did', () => {
  const tabQueries = exampleTabs.flatMap((tab) =>
    parse(tab.query)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query')
      .map((op) => [`tab ${op.name!.value}`, { query: tab.query, operationName: op.name!.value, variables: 'variables' in tab && tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {} }] as const),
  );
  const crafted: [string, { query: string; operationName?: string; variables?: Record<string, unknown> }][] = [
    ['aliases, fragments, @include and @skip by variables', {
      query: `query Q($with: Boolean!, $without: Boolean!) { a: person(name: "Lavrov") { ...P } b: person(name: "Peskov") { ...P } }
        fragment P on Person { __typename id name tenures @include(if: $with) { start office { title } } statements(first: 2) @skip(if: $without) { totalCount nodes { id text speaker { ... on Person { name } } } } }`,
      variables: { with: true, without: false },
    }],
    ['the same with the switches turned', {
      query: `query Q($with: Boolean!, $without: Boolean!) { a: person(name: "Lavrov") { ...P } }
        fragment P on Person { id tenures @include(if: $with) { start } statements(first: 2) @skip(if: $without) { totalCount } }`,
      variables: { with: false, without: true },
    }],
    ['a union and an interface through node and nodes', {
      query: `{ nodes(ids: ["organization:russia", "nope", "person:nope"]) { __typename id ... on Organization { name offices { title } } } }`,
    }],
    ['a nullable field whose resolver fails, beside one that does not', {
      query: `{ neighborhood(id: "organization:russia", depth: 9) { nodes { id } } organizations(first: 1) { nodes { name } } }`,
    }],
    ['a non-null field whose resolver fails, the null going up to data', {
      query: `{ statements(first: 1000) { totalCount } organizations(first: 1) { nodes { name } } }`,
    }],
    ['a variable left to its default and a list of them', {
      query: `query($first: Int = 2, $ids: [ID!]! = ["organization:russia"]) { statements(first: $first) { nodes { id } pageInfo { hasNextPage endCursor } } nodes(ids: $ids) { id } }`,
    }],
    ['a variable given as null though it has a default', {
      query: `query($first: Int = 2) { statements(first: $first) { totalCount } }`,
      variables: { first: null },
    }],
    ['variables that cannot be read', {
      query: `query($first: Int!) { statements(first: $first) { totalCount } }`,
      variables: { first: 'many' },
    }],
    ['introspection as GraphiQL asks for it', {
      query: `{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name args { name defaultValue } type { kind name ofType { kind name } } } } } __type(name: "Statement") { name fields { name } } }`,
    }],
  ];

  it.each([...tabQueries, ...crafted])('%s', async (name, request) => {
    const send = async () => {
      const response = await fetch(fixture.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...request, query: `${request.query}\n# compiled on its second run: ${name}` }),
      });
      return { status: response.status, body: await response.text() };
    };
    const first = await send();
    const second = await send();
    const third = await send();
    expect(first.body.length).toBeGreaterThan(20);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });
});
