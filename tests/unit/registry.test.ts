import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/database.js';
import { QUERY_NAMES } from '../../src/db/queries.js';
import { compactCypher, loadCypherRegistry } from '../../src/db/registry.js';

/** Loads a copy of cypher/ that lacks one file. */
async function loadWithout(file: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-cypher-'));
  try {
    cpSync(CYPHER_DIR, dir, { recursive: true });
    rmSync(path.join(dir, file));
    return await loadCypherRegistry(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Cypher registry', () => {
  it('loads every statement the code names, and the migrations in order', async () => {
    const registry = await loadCypherRegistry(CYPHER_DIR);
    for (const name of QUERY_NAMES) expect(registry.get(name).length).toBeGreaterThan(0);
    const names = registry.migrations.map(([name]) => name);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('0001_entity_id');
  });

  it('fails at start-up when a file is missing', async () => {
    await expect(loadWithout('statement/listStatements.cypher')).rejects.toThrowError(/cypher\/statement\/listStatements\.cypher is missing/);
  });

  it('puts shared parts in place, and fails at start-up when a part is missing', async () => {
    const registry = await loadCypherRegistry(CYPHER_DIR);
    for (const name of ['statement/listStatements', 'statement/countStatements', 'research/countStatementsBy'] as const) {
      expect(registry.get(name)).toContain("RETURN s, 'speaker' AS anchor");
      expect(registry.get(name)).not.toContain('@include');
    }
    await expect(loadWithout('statement/_matching.cypher')).rejects.toThrowError(/cypher\/statement\/_matching\.cypher is missing/);
  });

  it('sends Neo4j each statement without its comment lines, indentation or blank lines, nothing else changed', async () => {
    const text = "// what it does\nMATCH (a:Article {url: 'https://example.org//x'})\n\n  // a note\n  RETURN a // kept: a `//` after code may be inside a string";
    expect(compactCypher(text)).toBe("MATCH (a:Article {url: 'https://example.org//x'})\nRETURN a // kept: a `//` after code may be inside a string");
    const registry = await loadCypherRegistry(CYPHER_DIR);
    for (const name of QUERY_NAMES) expect(registry.get(name).split('\n').filter((l) => /^\s*(\/\/|$)/.test(l)), name).toEqual([]);
  });

  it('never splices values into Cypher: every statement takes $params', async () => {
    const registry = await loadCypherRegistry(CYPHER_DIR);
    for (const name of QUERY_NAMES) expect(registry.get(name)).not.toMatch(/\$\{|'\s*\+\s*\$/);
  });
});
