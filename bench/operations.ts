/**
 * The fixed operation mix of the benchmark, written for each contender: saidgraph's API,
 * @neo4j/graphql's generated API over the same data, and the hand-written Cypher floor.
 */
import type { Corpus } from './corpus.js';

export type Contender = 'saidgraph' | 'neo4j-graphql' | 'floor';

/** The corpus's probe ids, and saidgraph's cursor after 2,000 of the busy speaker's statements with its decoded key. */
export type Probes = Corpus['probes'] & {
  deepOffset: number;
  deepCursor: string;
  deepKey: number;
  deepId: string;
};

export interface Operation {
  name: string;
  /** GraphQL document and variables for the two GraphQL contenders; Cypher parameters for the floor. */
  saidgraph: (p: Probes) => { query: string; variables: Record<string, unknown> };
  neo4jGraphql: (p: Probes) => { query: string; variables: Record<string, unknown> };
  floor: (p: Probes) => Record<string, unknown>;
}

export const OPERATIONS: Operation[] = [
  {
    name: 'statementById',
    saidgraph: (p) => ({
      query: `query($id: ID!) { statement(id: $id) { id text kind saidOn speaker { ... on Person { id name } } inCapacityOf { id title organization { id name } }
        occurrences { start end cue article { id title publishedAt publisher { name } } } mentions { entity { ... on Organization { id name } } } } }`,
      variables: { id: p.statementId },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { statements(where: { id: { eq: $id } }) { id text kind saidOn speaker { id name } inCapacityOf { id title organization { id name } }
        reportedInConnection { edges { properties { start end cue } node { id title publishedAt publisher { name } } } } mentions { id name } } }`,
      variables: { id: p.statementId },
    }),
    floor: (p) => ({ id: p.statementId }),
  },
  {
    name: 'speakerStatements',
    saidgraph: (p) => ({
      query: `query($id: ID!) { statements(where: { speakerId: $id }, first: 20) { nodes { id text saidOn inCapacityOf { title }
        occurrences { start end article { title publisher { name } } } mentions { entity { ... on Organization { name } } } } } }`,
      variables: { id: p.busySpeaker },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { statements(where: { speaker: { some: { id: { eq: $id } } } }, sort: [{ saidOnDay: DESC }, { id: ASC }], limit: 20) { id text saidOn inCapacityOf { title }
        reportedInConnection { edges { properties { start end } node { title publisher { name } } } } mentions { name } } }`,
      variables: { id: p.busySpeaker },
    }),
    floor: (p) => ({ speakerId: p.busySpeaker }),
  },
  {
    name: 'personWithTenures',
    saidgraph: (p) => ({
      query: `query($id: ID!) { person(id: $id) { name tenures { office { title organization { name } } start end } statements(first: 5) { nodes { id text saidOn } } } }`,
      variables: { id: p.busySpeaker },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) { name officesConnection { edges { properties { start end } node { title organization { name } } } }
        statements(sort: [{ saidOnDay: DESC }, { id: ASC }], limit: 5) { id text saidOn } } }`,
      variables: { id: p.busySpeaker },
    }),
    floor: (p) => ({ id: p.busySpeaker }),
  },
  {
    name: 'mentionsInRange',
    saidgraph: (p) => ({
      query: `query($id: ID!) { statements(where: { mentions: $id, saidFrom: "2022-02-01", saidTo: "2022-03-31" }, first: 20) { nodes { id text saidOn speaker { ... on Person { name } } } } }`,
      variables: { id: p.hub },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { statements(where: { mentions: { some: { id: { eq: $id } } }, saidOn: { gte: "2022-02-01", lte: "2022-03-31" } }, sort: [{ saidOnDay: DESC }, { id: ASC }], limit: 20) { id text saidOn speaker { name } } }`,
      variables: { id: p.hub },
    }),
    floor: (p) => ({ entityId: p.hub, from: '2022-02-01', to: '2022-03-31' }),
  },
  {
    name: 'fulltextSearch',
    saidgraph: (p) => ({ query: `query($q: String!) { search(query: $q, types: [STATEMENT], first: 20) { score node { id ... on Statement { text } } } }`, variables: { q: p.searchWord } }),
    neo4jGraphql: (p) => ({ query: `query($q: String!) { statementsByText(phrase: $q, first: 20) { edges { score node { id text } } } }`, variables: { q: p.searchWord } }),
    floor: (p) => ({ query: p.searchWord }),
  },
  {
    name: 'deepPage',
    saidgraph: (p) => ({
      query: `query($id: ID!, $after: String) { statements(where: { speakerId: $id }, first: 20, after: $after) { nodes { id text saidOn } } }`,
      variables: { id: p.busySpeaker, after: p.deepCursor },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!, $offset: Int!) { statements(where: { speaker: { some: { id: { eq: $id } } } }, sort: [{ saidOnDay: DESC }, { id: ASC }], offset: $offset, limit: 20) { id text saidOn } }`,
      variables: { id: p.busySpeaker, offset: p.deepOffset },
    }),
    floor: (p) => ({ speakerId: p.busySpeaker, afterKey: p.deepKey, afterId: p.deepId }),
  },
  {
    name: 'hubTotalCount',
    saidgraph: (p) => ({ query: `query($id: ID!) { statements(where: { mentions: $id }, first: 1) { totalCount } }`, variables: { id: p.hub } }),
    neo4jGraphql: (p) => ({ query: `query($id: ID!) { statementsConnection(where: { mentions: { some: { id: { eq: $id } } } }) { totalCount } }`, variables: { id: p.hub } }),
    floor: (p) => ({ id: p.hub }),
  },
  {
    name: 'organizationTree',
    saidgraph: (p) => ({
      query: `query($id: ID!) { organization(id: $id) { name offices { title holders { person { name statements(first: 3) { nodes { text } } } } } } }`,
      variables: { id: p.busyOrganization },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { organizations(where: { id: { eq: $id } }) { name offices { title holders { name statements(sort: [{ saidOnDay: DESC }, { id: ASC }], limit: 3) { text } } } } }`,
      variables: { id: p.busyOrganization },
    }),
    floor: (p) => ({ id: p.busyOrganization }),
  },
];

/** The cursor secret of the saidgraph contender, so that the benchmark can make the deep page's cursor. */
export const BENCH_CURSOR_SECRET = 'saidgraph benchmark cursors, not a secret';
