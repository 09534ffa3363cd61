import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { TrustedDocuments } from '../../src/http/trustedDocuments.js';
import { startTestServer, testConfig, useExampleServer } from '../helpers/db.js';

/** Automatic persisted queries, and the trusted-documents mode that runs only a manifest's operations. */
const LISTED = 'query Peskov { statements(where: { speakerName: "Peskov" }) { nodes { text } } }';
const UNLISTED = '{ statements(first: 1) { nodes { id } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const folder = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-trusted-'));
const manifest = path.join(folder, 'manifest.json');
writeFileSync(manifest, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(LISTED), name: 'Peskov', type: 'query', body: LISTED }] }));

const fixture = useExampleServer({ config: testConfig({ trustedDocuments: manifest }) });

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('trusted documents only', () => {
  it('runs a listed operation sent by its hash alone, as APQ or as documentId, and by its text', async () => {
    const url = fixture.server.url;
    const byHash = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.statements.nodes.length).toBeGreaterThan(0);
    const byId = await post(url, { documentId: `sha256:${sha256(LISTED)}` });
    expect(byId.body.data).toEqual(byHash.body.data);
    const get = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } }))}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(((await get.json()) as { data: unknown }).data).toEqual(byHash.body.data);
    const byText = await post(url, { query: LISTED });
    expect(byText.body.data).toEqual(byHash.body.data);
  });

  it('refuses any other document with DOCUMENT_NOT_TRUSTED, unless the caller holds the admin scope', async () => {
    const url = fixture.server.url;
    const text = await post(url, { query: UNLISTED });
    expect(text.status).toBe(400);
    expect(text.body.errors?.[0]?.extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
    const hash = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNLISTED) } } });
    expect(hash.body.errors?.[0]?.extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
    const listedWithOtherText = await post(url, { query: UNLISTED, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } } });
    expect(listedWithOtherText.body.data.statements.nodes[0]).toHaveProperty('text');
    const admin = await post(url, { query: UNLISTED }, { authorization: 'Bearer test-key' });
    expect(admin.status).toBe(200);
    expect(admin.body.data.statements.nodes).toHaveLength(1);
  });

  it('will not start on a manifest whose ids are not the hashes of their documents', () => {
    const bad = path.join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ [sha256('{ other }')]: LISTED }));
    expect(() => TrustedDocuments.load(bad)).toThrow(ConfigError);
    const codegen = path.join(folder, 'codegen.json');
    writeFileSync(codegen, JSON.stringify({ [sha256(LISTED)]: LISTED }));
    expect(TrustedDocuments.load(codegen).size).toBe(1);
  });
});

describe('automatic persisted queries', () => {
  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, then runs it by hash once it has seen its text', async () => {
    const server = await startTestServer(fixture.database.db);
    try {
      const hash = sha256(UNLISTED);
      const first = await post(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(first.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await post(server.url, { query: UNLISTED, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(registered.body.data.statements.nodes).toHaveLength(1);
      const again = await post(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(again.body.data).toEqual(registered.body.data);
    } finally {
      await server.stop();
    }
  });
});
