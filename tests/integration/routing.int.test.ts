import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { loadCypherRegistry } from '../../src/db/registry.js';
import { openTestDatabase, startTestServer, type TestServer } from '../helpers/db.js';

/**
 * saidgraph through a routing driver (`neo4j://`, as for a cluster or Aura): reads in READ sessions
 * (followers in a cluster), writes answering with their bookmarks, and a read that brings them back
 * seeing the write. The test Neo4j is a single server, which routes to itself.
 */
let server: TestServer;
let close: () => Promise<void>;

beforeAll(async () => {
  const database = await openTestDatabase();
  await database.close();
  const uri = inject('neo4jUri').replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');
  expect(uri).toMatch(/^neo4j/);
  const driver = createDriver({ uri, username: inject('neo4jUsername'), password: inject('neo4jPassword'), maxRetryMs: 5000 });
  const executor = Executor.forCluster(driver, await loadCypherRegistry(CYPHER_DIR), 'neo4j');
  server = await startTestServer(executor);
  close = async () => {
    await server.stop();
    await driver.close();
  };
});

afterAll(async () => {
  await close?.();
});

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { response, body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

describe('a routing driver and bookmarks', () => {
  it('answers a write with its bookmark, and a read that sends it back sees the write', async () => {
    const write = await post(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }',
      { input: { title: 'Harbour', text: 'Mayor Ana Ruiz said on Monday that the harbour would reopen in May after the storm repairs.', publishedAt: '2024-05-06' } },
      { authorization: 'Bearer test-key' },
    );
    expect(write.body.errors).toBeUndefined();
    const bookmark = write.response.headers.get('x-saidgraph-bookmark');
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_.-]+(,[A-Za-z0-9:+/=_.-]+)*$/);
    const read = await post('query($id: ID!) { article(id: $id) { title statements(first: 5) { nodes { text } } } }', { id: write.body.data.ingestArticle.article.id }, { 'x-saidgraph-bookmark': bookmark! });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.article).toEqual({ title: 'Harbour', statements: { nodes: [{ text: 'the harbour would reopen in May after the storm repairs' }] } });
    expect(read.response.headers.get('x-saidgraph-bookmark')).toBeNull(); // reads leave none
  });

  it('refuses a bookmark header that is no bookmark, with BAD_USER_INPUT', async () => {
    const malformed = await post('{ statements(first: 1) { nodes { id } } }', {}, { 'x-saidgraph-bookmark': 'not a bookmark!' });
    expect(malformed.response.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await post('{ statements(first: 1) { nodes { id } } }', {}, { 'x-saidgraph-bookmark': 'FB:kcwQnotabookmarkofthisdatabase' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
