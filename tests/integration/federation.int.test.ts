import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { startTestServer, testConfig, useExampleServer } from '../helpers/db.js';

/**
 * saidgraph as an Apollo Federation 2 subgraph (SAIDGRAPH_SUBGRAPH=true): its SDL composes with a
 * second subgraph that extends Person, `_entities` resolves references in batches, and the plain
 * API (the switch off) is unchanged.
 */
const fixture = useExampleServer({ config: testConfig({ subgraph: true }) });

/** A small subgraph written for this test: fact-checks about people, keyed by saidgraph's Person id. */
const FACT_CHECKS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Person @key(fields: "id") {
    id: ID!
    factChecks: [FactCheck!]!
  }
  type FactCheck {
    claim: String!
    verdict: String!
  }
  type Query {
    factCheckCount: Int!
  }
`);

describe('the subgraph', () => {
  it('serves an SDL with keys that composes with a subgraph extending Person', async () => {
    const { data, errors } = await fixture.server.query('{ _service { sdl } }');
    expect(errors).toBeUndefined();
    const sdl = data._service.sdl as string;
    for (const type of ['Person', 'Organization', 'Office', 'Statement', 'Article']) expect(sdl).toMatch(new RegExp(`type ${type}[^{]*@key\\(fields: "id"\\)`));
    const result = composeServices([
      { name: 'saidgraph', typeDefs: parse(sdl), url: fixture.server.url },
      { name: 'factchecks', typeDefs: FACT_CHECKS, url: 'http://factchecks.invalid/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    const supergraph = result.supergraphSdl ?? '';
    expect(supergraph).toMatch(/type Person[^{]*\{[^}]*factChecks: \[FactCheck!\]!/s);
    expect(supergraph).toMatch(/type Person[^{]*\{[^}]*statements\(/s);
  });

  it('resolves a list of references with a fixed number of Cypher statements, whatever its length', async () => {
    const ids = await fixture.server.query('{ people(first: 100) { nodes { id name } } statements(first: 100) { nodes { id text } } }');
    const people = ids.data.people.nodes as Array<{ id: string; name: string }>;
    const statements = ids.data.statements.nodes as Array<{ id: string; text: string }>;
    expect(people.length).toBeGreaterThan(1);
    expect(statements.length).toBeGreaterThan(1);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Person { id name }
      ... on Statement { id text }
    } }`;
    const ask = (n: number) => {
      const representations = Array.from({ length: n }, (_, i) =>
        i % 2 ? { __typename: 'Statement', id: statements[i % statements.length]!.id } : { __typename: 'Person', id: people[i % people.length]!.id },
      );
      return fixture.server.query(query, { r: representations });
    };
    const ten = await ask(10);
    const hundred = await ask(100);
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data._entities).toHaveLength(100);
    expect(hundred.data._entities[0]).toEqual(people[0]);
    expect(hundred.data._entities[1]).toEqual(statements[1 % statements.length]);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(3);
    const missing = await fixture.server.query(query, { r: [{ __typename: 'Person', id: 'person:nobody' }, { __typename: 'Person', id: statements[0]!.id }] });
    expect(missing.data._entities).toEqual([null, null]);
    // resolver timings go to OpenTelemetry, not to whoever asks for Apollo's inline traces
    const traced = await fetch(fixture.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' }, body: JSON.stringify({ query: '{ people(first: 1) { nodes { name } } }' }) });
    expect(((await traced.json()) as { extensions?: Record<string, unknown> }).extensions?.ftv1).toBeUndefined();
  });

  it('is off by default: the plain API has no _service or _entities', async () => {
    const plain = await startTestServer(fixture.database.db);
    try {
      const result = await plain.query('{ _service { sdl } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const same = await plain.query('{ people(first: 1) { nodes { name } } }');
      const sub = await fixture.server.query('{ people(first: 1) { nodes { name } } }');
      expect(same.data).toEqual(sub.data);
    } finally {
      await plain.stop();
    }
  });
});
