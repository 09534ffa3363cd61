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

const INCLUDE = /^[ \t]*\/\/ @include (\S+)[ \t]*$/gm;

async function readText(dir: string, name: string): Promise<string> {
  try {
    return (await readFile(path.join(dir, `${name}.cypher`), 'utf8')).trim();
  } catch (cause) {
    throw new MissingCypherError(`cypher/${name}.cypher is missing or unreadable`, { cause });
  }
}

/**
 * A statement's text with its parts in place: a line `// @include statement/_matching` stands for
 * that file, a part (named with `_`) that several statements share, such as the StatementWhere
 * filter or the row of an entity. Parts are plain Cypher text, read once like the rest, and may
 * include other parts.
 */
async function readQuery(dir: string, name: string, files: Map<string, Promise<string>>, including: readonly string[] = []): Promise<string> {
  // a part shared by many statements is read from disk once
  if (!files.has(name)) files.set(name, readText(dir, name));
  const text = await files.get(name)!;
  const parts = new Map<string, string>();
  for (const [, part] of text.matchAll(INCLUDE)) {
    if (!path.basename(part!).startsWith('_')) throw new MissingCypherError(`cypher/${name}.cypher includes ${part}, which is not a part (_name)`);
    if (including.includes(part!)) throw new MissingCypherError(`cypher/${part}.cypher includes itself through ${name}`);
    parts.set(part!, await readQuery(dir, part!, files, [...including, name]));
  }
  return text.replace(INCLUDE, (_, part: string) => parts.get(part)!);
}

async function readMigrations(dir: string): Promise<Array<readonly [string, string]>> {
  const folder = path.join(dir, 'migrations');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => [file.replace(/\.cypher$/, ''), (await readFile(path.join(folder, file), 'utf8')).trim()] as const),
  );
}

/**
 * The text sent to Neo4j: the statement without its comment lines, indentation and blank lines.
 * The files explain themselves at length (a page statement is 11 KB with its comments, 5 KB
 * without); every request sent all of it, which the driver packed and wrote and Neo4j read and
 * hashed for its plan cache, each time. (Only whole comment lines go: a `//` after code may be
 * inside a string.)
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** Loads cypher/ once; a missing file fails here rather than at the first request that needs it. */
export async function loadCypherRegistry(dir: string): Promise<CypherRegistry> {
  const texts = new Map<QueryName, string>();
  const files = new Map<string, Promise<string>>();
  await Promise.all(QUERY_NAMES.map(async (name) => texts.set(name, compactCypher(await readQuery(dir, name, files)))));
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
