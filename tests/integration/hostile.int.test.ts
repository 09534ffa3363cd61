import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiKeys } from '../../src/config.js';
import { testConfig, useExampleServer } from '../helpers/db.js';

/**
 * Hostile input, by category: every request gets a coded error or a right answer, never an
 * internal error or a glimpse of the internals, within 10 s, and the server answers a normal query
 * right after it. The categories follow issue 10; the cases are written here, not taken from the
 * corpus the issue was measured with.
 */

const INGEST = `mutation($text: String!, $title: String = "t") { ingestArticle(input: { text: $text, title: $title }, dryRun: true) { created dryRun error { code } } }`;

const INTROSPECTION = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
  types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const config = testConfig({
  apiKeys: readApiKeys({ SAIDGRAPH_API_KEYS: 'test-key, reader-key:read' }),
  // one client sends every case: the per-address limit has its own test below
  rateLimits: { perAddress: 1_000_000, perKey: 1_000_000 },
});
const fixture = useExampleServer({ config });

/** What a case may answer: data, or errors whose codes are among these. */
interface Expectation {
  /** Codes the errors may carry; any public code when not given. */
  codes?: string[];
  /** HTTP statuses allowed; 200 and 4xx when not given. */
  status?: number[];
  /** The answer must carry data (a right answer), not only errors. */
  data?: boolean;
}

interface Case {
  name: string;
  send: (url: string) => Promise<RawAnswer>;
  expect: Expectation;
}

/** An error may quote what the client sent ("no node with id ..."); that is not a leak. */
function withoutEcho(body: string, sent: string[]): string {
  return sent.reduce((text, value) => text.split(JSON.stringify(value).slice(1, -1)).join(''), body);
}

interface RawAnswer {
  status: number;
  body: string;
}

const INTERNALS = [/\bat [\w.<>]+ \(/, /\/work\/|node_modules|file:\/\//, /stacktrace/i, /Neo\.(Client|Transient|Database)Error/, /neo4j/i, /\bMATCH \(|\bRETURN\b.*\bAS\b/, /\.ts:\d+/, /org\.apache/];

const json = (body: unknown, headers: Record<string, string> = {}, method = 'POST') => async (url: string): Promise<RawAnswer> => {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
};
const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => json({ query, variables }, headers);
const bytes = (body: Uint8Array | string, contentType: string | null, method = 'POST', headers: Record<string, string> = {}) => async (url: string): Promise<RawAnswer> => {
  const response = await fetch(url, { method, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body: method === "GET" || method === "HEAD" ? undefined : typeof body === "string" ? body : new Blob([new Uint8Array(body)]), signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
};
const get = (params: Record<string, string>, headers: Record<string, string> = {}) => async (url: string): Promise<RawAnswer> => {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
};
/** Bytes straight onto a socket, for requests that fetch refuses to send. */
const socket = (request: string) => (url: string) =>
  new Promise<RawAnswer>((resolve, reject) => {
    const { port } = new URL(url);
    const chunks: Buffer[] = [];
    const s = net.connect(Number(port), '127.0.0.1', () => s.end(Buffer.from(request, 'latin1')));
    s.setTimeout(10_000, () => s.destroy(new Error('no answer in 10 s')));
    s.on('data', (c) => chunks.push(c));
    s.on('error', reject);
    s.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });

const LIMIT = ['DEPTH_LIMIT', 'ALIAS_LIMIT', 'DIRECTIVE_LIMIT', 'TOKEN_LIMIT', 'COST_LIMIT', 'INPUT_TOO_LONG'];
const INVALID = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];
const REFUSED = ['BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'METHOD_NOT_ALLOWED'];

const cases: Case[] = [];
const add = (category: string, name: string, send: Case['send'], expectation: Expectation = {}) => cases.push({ name: `${category}: ${name}`, send, expect: expectation });

// --- depth ---------------------------------------------------------------------------------
const nestPeople = (levels: number) => {
  let inner = 'text';
  for (let i = 0; i < levels; i++) inner = `speaker { ... on Person { statements(first: 2) { nodes { ${inner} } } } }`;
  return `{ statements(first: 2) { nodes { ${inner} } } }`;
};
for (const levels of [4, 5, 8, 20, 60]) add('depth', `people's statements nested ${levels} times`, gql(nestPeople(levels)), { codes: ['DEPTH_LIMIT', 'COST_LIMIT', 'TOKEN_LIMIT'] });
add('depth', 'nested through named fragments', gql(`{ statements(first: 2) { nodes { ...A } } } fragment A on Statement { speaker { ... on Person { statements(first: 2) { nodes { ...B } } } } } fragment B on Statement { speaker { ... on Person { statements(first: 2) { nodes { ...C } } } } } fragment C on Statement { speaker { ... on Person { statements(first: 2) { nodes { ...D } } } } } fragment D on Statement { speaker { ... on Person { statements(first: 2) { nodes { text } } } } }`), { codes: ['DEPTH_LIMIT', 'COST_LIMIT'] });
add('depth', 'a fragment that spreads itself', gql(`{ statements { nodes { ...A } } } fragment A on Statement { embeddedIn { ...A } }`), { codes: INVALID });
add('depth', 'two fragments that spread each other', gql(`{ statements { nodes { ...A } } } fragment A on Statement { embeddedIn { ...B } } fragment B on Statement { embeddedIn { ...A } }`), { codes: INVALID });
let circular = 'name';
for (let i = 0; i < 6; i++) circular = `fields { type { ${circular} } }`;
add('depth', 'circular introspection through fields and types', gql(`{ __schema { types { ${circular} } } }`), { codes: INVALID });
add('depth', 'circular introspection through ofType', gql(`{ __schema { types { fields { type { ofType { fields { type { ofType { fields { type { fields { name } } } } } } } } } } } }`), { codes: INVALID });
add('depth', 'circular introspection from __type', gql(`{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }`), { codes: INVALID });
add('depth', "GraphiQL's introspection query", json({ query: INTROSPECTION }), { data: true });
add('depth', 'embeddedIn 15 times', gql(`{ statements(first: 1) { nodes { ${'embeddedIn { '.repeat(15)}id${' }'.repeat(15)} } } }`), { codes: ['DEPTH_LIMIT'] });

// --- width and aliases -----------------------------------------------------------------------
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
for (const [n, field] of [
  [31, 'statements(first: 100) { nodes { text } }'],
  [200, 'statements(first: 100) { nodes { text } }'],
  [1000, '__typename'],
  [40, 'search(query: "Lavrov") { highlight }'],
  [300, 'search(query: "a", lucene: true) { score }'],
  [31, 'person(name: "Sergey Lavrov") { name }'],
  [100, 'people { totalCount }'],
  [35, 'statementCounts(by: SPEAKER, first: 1000) { count }'],
] as const) {
  add('aliases', `${n} aliases of ${field.split('(')[0]}`, gql(aliases(n, field)), { codes: ['ALIAS_LIMIT', 'TOKEN_LIMIT', 'COST_LIMIT'] });
}
add('aliases', '30 aliases of a page of 100 (within the limits)', gql(aliases(30, 'statements(first: 100) { nodes { text } }')), { data: true });
add('aliases', 'aliases hidden in a fragment', gql(`{ ...F } fragment F on Query { ${Array.from({ length: 40 }, (_, i) => `b${i}: statements(first: 1) { totalCount }`).join(' ')} }`), { codes: ['ALIAS_LIMIT'] });
add('width', 'one field selected 3,000 times', gql(`{ statements(first: 1) { nodes { ${'text '.repeat(3000)} } } }`), { codes: ['TOKEN_LIMIT', ...INVALID] });
add('width', 'every field of a statement, 100 of them', gql(`{ statements(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id text kind saidOn language textHash confidence attributionMethod speaker { ... on Person { id name aliases } ... on Organization { id name } ... on Group { id name } } inCapacityOf { title organization { name } } onBehalfOf { name } occurrences { start end quote cue speakerText article { title url publishedAt } } mentions { start end entity { ... on Person { name } } } embeddedIn { id } embeds { id } } } }`), { data: true });

// --- directives ------------------------------------------------------------------------------
add('directives', '31 @include on one field', gql(`{ __typename ${'@include(if: true) '.repeat(31)} }`), { codes: ['DIRECTIVE_LIMIT', ...INVALID] });
add('directives', '200 @skip on one field', gql(`{ __typename ${'@skip(if: false) '.repeat(200)} }`), { codes: ['DIRECTIVE_LIMIT', ...INVALID] });
add('directives', '40 fields with a directive each', gql(`{ ${Array.from({ length: 40 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ')} }`), { codes: ['DIRECTIVE_LIMIT', 'ALIAS_LIMIT'] });
add('directives', 'an unknown directive', gql(`{ statements @cached(ttl: 9999) { totalCount } }`), { codes: INVALID });
add('directives', '@skip with a variable of the wrong type', gql(`query($s: String) { statements @skip(if: $s) { totalCount } }`, { s: 'yes' }), { codes: INVALID });
add('directives', '@include on a fragment spread', gql(`{ ...F @include(if: false) } fragment F on Query { people { totalCount } }`), { data: true });

// --- tokens and document size ----------------------------------------------------------------
add('tokens', '5,000 tokens', gql(`{ ${'__typename '.repeat(5000)} }`), { codes: ['TOKEN_LIMIT'] });
add('tokens', '100,000 punctuators', gql(`{ statements { nodes { id } } } ${'{ '.repeat(100000)}`), { codes: ['TOKEN_LIMIT', 'GRAPHQL_PARSE_FAILED'] });
add('tokens', 'a field name of 500,000 characters', gql(`{ ${'a'.repeat(500_000)} }`), { codes: INVALID });
add('tokens', 'a comment of 900 KB', gql(`# ${'x'.repeat(900_000)}\n{ __typename }`), { data: true });
add('tokens', 'a document of one unterminated string', gql(`{ person(name: "${'a'.repeat(1000)}`), { codes: INVALID });
add('tokens', 'a document of 1.5 MB', gql(`{ __typename }${' '.repeat(1_500_000)}`), { codes: ['PAYLOAD_TOO_LARGE'], status: [413] });
add('tokens', 'an empty document', gql(''), { codes: ['BAD_REQUEST', ...INVALID] });
add('tokens', 'only white space and commas', gql(' , , , '), { codes: INVALID });

// --- cost ------------------------------------------------------------------------------------
add('cost', 'pages of 100 in pages of 100 in pages of 100', gql(nestPeople(2).replace(/first: 2/g, 'first: 100')), { codes: ['COST_LIMIT'] });
add('cost', '100 ids, each with 100 statements with their occurrences', gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { statements(first: 100) { nodes { occurrences { article { statements(first: 100) { nodes { text } } } } } } } } }`, { ids: Array.from({ length: 100 }, (_, i) => `person:p${i}`) }), { codes: ['COST_LIMIT'] });
add('cost', 'people, their statements, their articles, their statements', gql(`{ people(first: 100) { nodes { statements(first: 100) { nodes { occurrences { article { statements(first: 100) { nodes { id } } } } } } } } }`), { codes: ['COST_LIMIT'] });
add('cost', 'neighbourhood of depth 3, 200 a level', gql(`{ neighborhood(id: "person:sergey-lavrov", depth: 3, limit: 200) { nodes { id } edges { id } truncated } }`), { data: true });
add('cost', 'organizations with offices, holders and their statements', gql(`{ organizations(first: 100) { nodes { offices { holders { person { statements(first: 100) { nodes { text } } } } } } } }`), { codes: ['COST_LIMIT'] });
add('cost', '1,000 counts by speaker', gql(`{ statementCounts(by: SPEAKER, first: 1000) { key label count } }`), { data: true });
add('cost', '101 ids', gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `x:${i}`) }), { codes: ['INPUT_TOO_LONG', 'BAD_USER_INPUT'] });
add('cost', '10,000 ids', gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 10000 }, (_, i) => `x:${i}`) }), { codes: ['INPUT_TOO_LONG'] });

// --- odd numbers -----------------------------------------------------------------------------
const ODD_INTS = ['-1', '0', '101', '2147483647', '2147483648', '-2147483649', '1e308', '1.5', '-0', 'NaN', '"20"', 'true', '0x10'];
for (const value of ODD_INTS) {
  add('numbers', `statements(first: ${value})`, gql(`{ statements(first: ${value}) { totalCount } }`), { codes: [...INVALID, 'COST_LIMIT'] });
  add('numbers', `people(first: ${value}) in a variable`, gql(`query($n: Int) { people(first: $n) { totalCount } }`, { n: numberish(value) }), { codes: [...INVALID, 'COST_LIMIT'] });
}
for (const [field, value] of [
  ['depth', '0'], ['depth', '4'], ['depth', '-3'], ['depth', '99999999'], ['limit', '0'], ['limit', '201'], ['limit', '-1'],
] as const) {
  add('numbers', `neighborhood(${field}: ${value})`, gql(`{ neighborhood(id: "person:sergey-lavrov", ${field}: ${value}) { truncated } }`), { codes: INVALID });
}
for (const value of ['0', '11', '1000000', '-5']) add('numbers', `path(maxHops: ${value})`, gql(`{ path(from: "person:sergey-lavrov", to: "organization:nato", maxHops: ${value}) { truncated } }`), { codes: INVALID });
for (const value of ['0', '1001', '-1']) add('numbers', `statementCounts(first: ${value})`, gql(`{ statementCounts(by: DAY, first: ${value}) { count } }`), { codes: INVALID });
add('numbers', 'search(first: 1e3)', gql(`{ search(query: "Lavrov", first: 1000) { score } }`), { codes: INVALID });
add('numbers', 'first: null takes the default', gql(`{ statements(first: null) { totalCount } }`), { data: true });
add('numbers', 'a Float of 1e308 for an Int variable', gql(`query($n: Int) { statements(first: $n) { totalCount } }`, { n: 1e308 }), { codes: INVALID });

// --- bodies ----------------------------------------------------------------------------------
for (const [name, body] of [
  ['truncated JSON', '{"query": "{ __typename }"'],
  ['a trailing comma', '{"query": "{ __typename }",}'],
  ['single quotes', "{'query': '{ __typename }'}"],
  ['JSON with a comment', '{"query": "{ __typename }" /* hi */}'],
  ['an unescaped control character', '{"query": "{ __typename \u0001 }"}'],
  ['nothing at all', ''],
  ['only white space', '   \n  '],
  ['a bare word', 'query'],
  ['a number 1e999999', '1e999999'],
  ['deeply nested arrays', '['.repeat(100000) + ']'.repeat(100000)],
  ['a NUL byte', '{"query": "{ __typename }"}\u0000'],
] as const) {
  add('bodies', name, json(body), { codes: ['BAD_REQUEST'], status: [400, 413] });
}
for (const [name, body] of [
  ['a JSON string', '"{ __typename }"'],
  ['a JSON number', '42'],
  ['JSON null', 'null'],
  ['JSON true', 'true'],
  ['query as a number', { query: 1 }],
  ['query as an object', { query: { a: 1 } }],
  ['query as an array', { query: ['{ __typename }'] }],
  ['query null', { query: null }],
  ['no query', { variables: {} }],
  ['variables as a string', { query: '{ __typename }', variables: 'x' }],
  ['variables as an array', { query: '{ __typename }', variables: [1] }],
  ['operationName as a number', { query: '{ __typename }', operationName: 5 }],
  ['operationName naming no operation', { query: 'query A { __typename }', operationName: 'B' }],
  ['two anonymous operations', { query: '{ __typename } { __typename }' }],
  ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }],
  ['extensions as a string', { query: '{ __typename }', extensions: 'x' }],
  ['a persisted query hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }],
  ['10,000 unused variables', { query: '{ __typename }', variables: Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`v${i}`, i])) }],
  ['__proto__ in variables', JSON.parse('{"query": "query($n: String) { person(name: $n) { id } }", "variables": {"__proto__": {"n": "x"}, "n": "Sergey Lavrov"}}')],
] as const) {
  add('bodies', name, json(body), { codes: ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', ...INVALID] });
}
add('bodies', 'a body of 2 MB from a reader', json({ query: '{ __typename }', pad: 'x'.repeat(2_000_000) }), { codes: ['PAYLOAD_TOO_LARGE'], status: [413] });
add('bodies', 'a body of 30 MB from a reader', json({ query: '{ __typename }', pad: 'x'.repeat(30_000_000) }), { codes: ['PAYLOAD_TOO_LARGE'], status: [413] });
add('bodies', 'a text of 2.5 million characters from an ingest key', gql(INGEST, { text: 'He said so. '.repeat(210_000) }, { authorization: 'Bearer test-key' }), { data: true });
add('bodies', 'a body with a byte-order mark', bytes(`\uFEFF${JSON.stringify({ query: '{ __typename }' })}`, 'application/json'), { codes: ['BAD_REQUEST'], status: [200, 400] });

// --- content types ---------------------------------------------------------------------------
const body = JSON.stringify({ query: '{ __typename }' });
for (const type of [null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'application/graphql-response+json', 'text/html', 'application/json-patch+json', '*/*']) {
  add('content types', `Content-Type: ${type ?? 'none'}`, bytes(body, type), { codes: ['UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'], status: [400, 415] });
}
for (const type of ['application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=ebcdic']) {
  add('content types', `Content-Type: ${type}`, bytes(body, type), { codes: ['UNSUPPORTED_MEDIA_TYPE'], status: [415] });
}
for (const type of ['application/json; charset=utf-8', 'application/json;charset=UTF-8', 'Application/JSON']) add('content types', `Content-Type: ${type}`, bytes(body, type), { data: true });
add('content types', 'gzip-encoded body that is not gzip', bytes(body, 'application/json', 'POST', { 'content-encoding': 'gzip' }), { codes: ['BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE'], status: [400, 415] });
add('content types', 'Content-Encoding: br2', bytes(body, 'application/json', 'POST', { 'content-encoding': 'br2' }), { codes: ['UNSUPPORTED_MEDIA_TYPE'], status: [415] });

// --- methods and routes ----------------------------------------------------------------------
for (const method of ['PUT', 'DELETE', 'PATCH']) add('methods', method, bytes(body, 'application/json', method), { codes: ['METHOD_NOT_ALLOWED'], status: [405] });
add('methods', 'GET of a mutation', get({ query: 'mutation { ingestArticle(input: {text: "x", title: "t"}) { created } }' }, { 'apollo-require-preflight': '1' }), { codes: ['BAD_REQUEST'], status: [405] });
add('methods', 'GET without a preflight header (CSRF)', get({ query: '{ __typename }' }), { codes: ['BAD_REQUEST'], status: [400] });
add('methods', 'GET with a preflight header', get({ query: '{ people { totalCount } }' }, { 'apollo-require-preflight': '1' }), { data: true });
add('methods', 'GET with variables that are not JSON', get({ query: 'query($n: String) { person(name: $n) { id } }', variables: '{n:' }, { 'apollo-require-preflight': '1' }), { codes: ['BAD_REQUEST'], status: [400] });
add('methods', 'GET of an unknown route', (url) => bytes('', null, 'GET')(url.replace('/graphql', '/admin')), { codes: ['NOT_FOUND'], status: [404] });
add('methods', 'POST to an unknown route', (url) => bytes(body, 'application/json')(url.replace('/graphql', '/graphql/x')), { codes: ['NOT_FOUND'], status: [404] });
add('methods', 'a path with traversal', (url) => bytes('', null, 'GET')(url.replace('/graphql', '/graphiql/..%2f..%2fpackage.json')), { codes: ['NOT_FOUND'], status: [404] });

// --- batches ---------------------------------------------------------------------------------
add('batches', 'two operations in an array', json([{ query: '{ __typename }' }, { query: '{ __typename }' }]), { codes: ['BAD_REQUEST'], status: [400] });
add('batches', 'an empty array', json([]), { codes: ['BAD_REQUEST'], status: [400] });
add('batches', 'one operation in an array', json([{ query: '{ __typename }' }]), { codes: ['BAD_REQUEST'], status: [400] });
add('batches', '1,000 operations in an array', json(Array.from({ length: 1000 }, () => ({ query: '{ people { totalCount } }' }))), { codes: ['BAD_REQUEST'], status: [400] });

// --- invalid UTF-8 and odd characters --------------------------------------------------------
const withBytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
add('utf-8', 'a 0xFF byte in the query', bytes(withBytes('{"query": "{ person(name: \\"', [0xff], '\\") { id } }"}'), 'application/json'), { codes: ['BAD_REQUEST', ...INVALID], status: [200, 400] });
add('utf-8', 'an overlong encoding of /', bytes(withBytes('{"query": "{ person(name: \\"', [0xc0, 0xaf], '\\") { id } }"}'), 'application/json'), { codes: ['BAD_REQUEST', ...INVALID], status: [200, 400] });
add('utf-8', 'a truncated multi-byte character', bytes(withBytes('{"query": "{ person(name: \\"', [0xe2, 0x82], '\\") { id } }"}'), 'application/json'), { codes: ['BAD_REQUEST', ...INVALID], status: [200, 400] });
add('utf-8', 'a lone surrogate escape', bytes('{"query": "query($n: String) { person(name: $n) { id } }", "variables": {"n": "\\ud800"}}', 'application/json'), { data: true });
add('utf-8', 'an encoded surrogate (CESU)', bytes(withBytes('{"query": "{ person(name: \\"', [0xed, 0xa0, 0x80], '\\") { id } }"}'), 'application/json'), { codes: ['BAD_REQUEST', ...INVALID], status: [200, 400] });
add('http', 'a NUL byte in a header', socket(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-A: a\u0000b\r\nContent-Length: ${body.length}\r\n\r\n${body}`), { codes: ['BAD_REQUEST'], status: [400] });
add('http', 'headers of 40 KB', socket(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`), { codes: ['HEADERS_TOO_LARGE'], status: [431] });
add('http', 'a request line that is not HTTP', socket(`HELLO THERE\r\n\r\n`), { codes: ['BAD_REQUEST'], status: [400] });
add('http', 'a Content-Length that is not a number', socket(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ten\r\n\r\n${body}`), { codes: ['BAD_REQUEST'], status: [400] });
add('http', 'two Content-Lengths', socket(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nContent-Length: 3\r\n\r\n${body}`), { codes: ['BAD_REQUEST'], status: [400] });

// --- Lucene ----------------------------------------------------------------------------------
const LUCENE = ['*', '?', '*:*', 'a*b*c*d*e*f*g*h*', '*'.repeat(500), '* '.repeat(250), 'AND', 'OR OR OR', 'NOT', '(', ')', '((((((((((', '"', '"unterminated', '[a TO', '{a TO z]', 'text:Lavrov', 'name:/.*/', '/[a-z]+/', '/(.*)*/', 'Lavrov~', 'Lavrov~99', 'Lavrov^1000000', '\\', 'a && || b', '!!!', '+-+-', 'Lavrov '.repeat(70), `${'a OR '.repeat(99)}a`, '\u0000', '\u202Eevil', '🙂🙂🙂', 'Лавров', 'رئيس'];
for (const text of LUCENE) {
  const label = JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…(${text.length})` : text);
  add('lucene', `search ${label} as Lucene`, gql(`query($q: String!) { search(query: $q, lucene: true) { score type } }`, { q: text }), { codes: ['BAD_USER_INPUT', 'INPUT_TOO_LONG'] });
  add('lucene', `search ${label} as words`, gql(`query($q: String!) { search(query: $q) { score } }`, { q: text }), { codes: ['BAD_USER_INPUT', 'INPUT_TOO_LONG'] });
  add('lucene', `statements with text ${label}`, gql(`query($t: String) { statements(where: { text: $t }) { totalCount nodes { id } } }`, { t: text }), { codes: ['BAD_USER_INPUT', 'INPUT_TOO_LONG'] });
}

// --- injection-like strings in every string argument ------------------------------------------
const STRINGS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) RETURN 1 //',
  '$where',
  '{$ne: null}',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\u200B',
  'x'.repeat(1000),
  'x'.repeat(1001),
  '%00%0d%0a',
  'person:sergey-lavrov\r\nX-Injected: 1',
];
const ARGUMENTS: Array<[string, (v: string) => string]> = [
  ['person(name)', () => `query($v: String) { person(name: $v) { id } }`],
  ['person(id)', () => `query($v: ID) { person(id: $v) { id } }`],
  ['organization(name)', () => `query($v: String) { organization(name: $v) { id } }`],
  ['article(url)', () => `query($v: String) { article(url: $v) { id } }`],
  ['node(id)', () => `query($v: ID!) { node(id: $v) { id } }`],
  ['statement(id)', () => `query($v: ID!) { statement(id: $v) { id } }`],
  ['office(id)', () => `query($v: ID!) { office(id: $v) { id } }`],
  ['statements(speakerName)', () => `query($v: String) { statements(where: { speakerName: $v }) { totalCount } }`],
  ['statements(speakerId, mentions)', () => `query($v: ID) { statements(where: { speakerId: $v, mentions: $v }) { totalCount } }`],
  ['people(name)', () => `query($v: String) { people(where: { name: $v }) { totalCount } }`],
  ['offices(title)', () => `query($v: String) { offices(where: { title: $v }) { totalCount } }`],
  ['articles(title)', () => `query($v: String) { articles(where: { title: $v }) { totalCount } }`],
  ['path(from, to)', () => `query($v: ID!) { path(from: $v, to: $v) { truncated } }`],
  ['neighborhood(id)', () => `query($v: ID!) { neighborhood(id: $v) { truncated } }`],
  ['statements(after)', () => `query($v: String) { statements(after: $v) { totalCount } }`],
];
for (const [argument, query] of ARGUMENTS) {
  for (const value of STRINGS) {
    const label = JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…(${value.length})` : value);
    add('strings', `${argument} = ${label}`, gql(query(value), { v: value }), { codes: ['BAD_USER_INPUT', 'NOT_FOUND', 'INPUT_TOO_LONG'] });
  }
}
add('strings', 'a literal with every escape', gql(`{ person(name: "\\u0000\\t\\n\\r\\"\\\\\\/\\b\\f\\u202E") { id } }`), { data: true });
add('strings', 'a block string of 1,001 characters', gql(`{ person(name: """${'x'.repeat(1001)}""") { id } }`), { codes: ['INPUT_TOO_LONG'] });
add('strings', 'an ingest title of 5,000 characters', gql(INGEST, { text: 'He said so.', title: 't'.repeat(5000) }, { authorization: 'Bearer test-key' }), { codes: ['INPUT_TOO_LONG'] });

// --- keys ------------------------------------------------------------------------------------
for (const [name, header, codes, status] of [
  ['"Bearer" alone', 'Bearer', ['UNAUTHENTICATED'], [401]],
  ['a wrong key', 'Bearer nope', ['UNAUTHENTICATED'], [401]],
  ['the key in other case', 'Bearer TEST-KEY', ['UNAUTHENTICATED'], [401]],
  ['the key and more', 'Bearer test-key extra', ['UNAUTHENTICATED'], [401]],
  ['Basic auth', 'Basic dGVzdC1rZXk6', ['UNAUTHENTICATED'], [401]],
  ['a key of 600 characters', `Bearer ${'k'.repeat(600)}`, ['UNAUTHENTICATED'], [401]],
  ['a prefix of the key', 'Bearer test-ke', ['UNAUTHENTICATED'], [401]],
  ['the key with a trailing space', 'Bearer test-key ', null, [200]],
  ['"bearer" in lower case', 'bearer test-key', null, [200]],
  ['a reader key on a mutation', 'Bearer reader-key', ['FORBIDDEN'], [200]],
  ['a Latin-1 key', 'Bearer t\u00e9st-key', ['UNAUTHENTICATED'], [401]],
] as const) {
  add('keys', name, gql(`mutation { ingestArticle(input: { text: "The minister said the talks went well.", title: "t" }, dryRun: true) { created dryRun } }`, undefined, { authorization: header }), codes ? { codes: [...codes], status: [...status] } : { data: true, status: [...status] });
}
add('keys', 'no key on a mutation', gql(`mutation { ingestArticle(input: { text: "x", title: "t" }, dryRun: true) { created } }`), { codes: ['UNAUTHENTICATED'] });
add('keys', 'a key with a NUL byte', socket(`POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\u0000\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`), { codes: ['BAD_REQUEST'], status: [400] });

// --- cursors ---------------------------------------------------------------------------------
for (const [name, cursor] of [
  ['unsigned JSON', Buffer.from('[1e308,"x"]').toString('base64url')],
  ['a signature from elsewhere', `${Buffer.from('[1,"statement:x"]').toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`],
  ['an empty string', ''],
  ['133 KB', 'A'.repeat(133_000)],
  ['not base64', '!!!!.????'],
  ['three parts', 'a.b.c'],
] as const) {
  add('cursors', name, gql(`query($c: String) { statements(after: $c) { totalCount } }`, { c: cursor }), { codes: ['BAD_USER_INPUT', 'INPUT_TOO_LONG'] });
}

// --- operations ------------------------------------------------------------------------------
add('operations', 'a subscription', gql(`subscription { __typename }`), { codes: ['SUBSCRIPTIONS_UNSUPPORTED', ...INVALID] });
add('operations', 'a named subscription with a field', gql(`subscription S { statements { totalCount } }`), { codes: ['SUBSCRIPTIONS_UNSUPPORTED', ...INVALID] });
add('operations', 'a mutation of an unknown field', gql(`mutation { dropDatabase }`, undefined, { authorization: 'Bearer test-key' }), { codes: INVALID });
add('operations', 'field suggestions for a typo', gql(`{ statments { totalCount } }`), { codes: INVALID });

function numberish(text: string): unknown {
  if (text.startsWith('"')) return JSON.parse(text);
  if (text === 'true') return true;
  if (text === 'NaN' || text === '0x10') return text;
  return Number(text);
}

const PUBLIC = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'METHOD_NOT_ALLOWED', 'HEADERS_TOO_LARGE', 'SUBSCRIPTIONS_UNSUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND', ...LIMIT, ...INVALID, ...REFUSED]);

async function healthy(url: string): Promise<void> {
  const started = Date.now();
  const answer = await json({ query: '{ statements(first: 1) { nodes { id } } }' })(url);
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body).data.statements.nodes).toHaveLength(1);
  expect(Date.now() - started).toBeLessThan(10_000);
}

describe('hostile input', () => {
  // the first query of a fresh database compiles its plan: not what the cases measure
  beforeAll(async () => {
    await json({ query: '{ statements(first: 1) { nodes { id } } }' })(fixture.server.url);
  });

  it('has at least 300 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(cases)('$name', async ({ send, expect: expected }) => {
    const url = fixture.server.url;
    const started = Date.now();
    const answer = await send(url);
    const ms = Date.now() - started;
    expect(ms, 'answered within 10 s').toBeLessThan(10_000);
    expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500);
    if (expected.status) expect(expected.status, answer.body.slice(0, 300)).toContain(answer.status);
    const own = withoutEcho(answer.body.slice(0, 200_000), STRINGS);
    for (const pattern of INTERNALS) expect(own, `shows internals (${pattern})`).not.toMatch(pattern);
    const parsed = JSON.parse(answer.body) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    for (const code of codes) {
      expect(PUBLIC, `code ${code} of ${answer.body.slice(0, 200)}`).toContain(code);
      if (expected.codes) expect(expected.codes, answer.body.slice(0, 300)).toContain(code);
    }
    if (expected.data) expect(parsed.data, answer.body.slice(0, 300)).toBeTruthy();
    if (!parsed.data) expect(codes.length, 'an answer without data has coded errors').toBeGreaterThan(0);
    await healthy(url);
  });

  afterAll(() => {
    // the server runs in this process: its memory is this process's
    expect(process.memoryUsage().rss).toBeLessThan(1024 * 1024 * 1024);
  });
});
