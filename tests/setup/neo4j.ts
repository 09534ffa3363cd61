import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { freePort, startAttached, type LocalNeo4j } from '../../src/db/localNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
  }
}

let local: LocalNeo4j | null = null;
let home: string | null = null;

/** One real Neo4j for the integration tests: NEO4J_URI's, or a fresh local one. */
export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  project.provide('neo4jUsername', config.neo4j.username);
  project.provide('neo4jPassword', config.neo4j.password);
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    return;
  }
  home = mkdtempSync(path.join(os.tmpdir(), 'saidgraph-test-neo4j-'));
  const port = await freePort();
  local = await startAttached({ port, home, pageCacheMb: 128, heapMb: 768 });
  console.log(`test Neo4j ready in ${local.startupMs} ms at ${local.uri}`);
  project.provide('neo4jUri', local.uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
