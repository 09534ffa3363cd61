import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { QUERY_NAMES, type QueryName } from './queries.js';

/** The text of every Cypher statement, loaded once. */
export interface CypherRegistry {
  get(name: QueryName): string;
  /** Migrations in the order they apply: [name, text]. */
  readonly migrations: ReadonlyArray<readonly [string, string]>;
}

/** Thrown at start-up when cypher/ lacks a statement that the code runs. */
export class MissingCypherError extends Error {
  readonly code = 'CYPHER_MISSING';
}

async function readQuery(dir: string, name: string): Promise<string> {
  try {
    return (await readFile(path.join(dir, `${name}.cypher`), 'utf8')).trim();
  } catch (cause) {
    throw new MissingCypherError(`cypher/${name}.cypher is missing or unreadable`, { cause });
  }
}

async function readMigrations(dir: string): Promise<Array<readonly [string, string]>> {
  const folder = path.join(dir, 'migrations');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => [file.replace(/\.cypher$/, ''), (await readFile(path.join(folder, file), 'utf8')).trim()] as const),
  );
}

/** Loads cypher/ once; a missing file fails here rather than at the first request that needs it. */
export async function loadCypherRegistry(dir: string): Promise<CypherRegistry> {
  const texts = new Map<QueryName, string>();
  await Promise.all(QUERY_NAMES.map(async (name) => texts.set(name, await readQuery(dir, name))));
  const migrations = await readMigrations(dir);
  return {
    migrations,
    get(name) {
      const text = texts.get(name);
      if (text === undefined) throw new MissingCypherError(`no Cypher statement named ${name}`);
      return text;
    },
  };
}
