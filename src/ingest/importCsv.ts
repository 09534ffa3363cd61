import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import path from 'node:path';
import { ARRAY_DELIMITER } from '../db/neo4jImport.js';
import type { MemoryGraph, MemoryRel, Props, Value } from './memoryGraph.js';

/**
 * Writes an import's in-memory graph as the CSV files of Neo4j's bulk importer (`neo4j-admin
 * database import full`): one file of nodes per kind and one of relationships per type, each with
 * a header that types its columns. A property the graph holds with no column here fails the
 * write: a new property of the write path must be given its column (and the import test says so).
 */


export type Column = 'string' | 'long' | 'double' | 'date' | 'datetime' | 'string[]' | 'long[]';

const ENTITY: Record<string, Column> = {
  name: 'string', nameKey: 'string', title: 'string', titleKey: 'string', aliases: 'string[]', aliasKeys: 'string[]', aliasText: 'string',
  kind: 'string', description: 'string', wikidataId: 'string', createdAt: 'datetime', version: 'long', curated: 'string[]',
  latestStatementIds: 'string[]', latestStatementKeys: 'long[]',
};
const ARTICLE: Record<string, Column> = {
  contentHash: 'string', ingestedAt: 'datetime', url: 'string', title: 'string', publishedAt: 'date', publishedDay: 'long', dateline: 'string',
  sourceId: 'string', extractorVersion: 'string', language: 'string', text: 'string', version: 'long',
};
const STATEMENT: Record<string, Column> = {
  text: 'string', kind: 'string', saidOn: 'date', saidOnDay: 'long', language: 'string', textHash: 'string', confidence: 'double', position: 'long',
  newestFirst: 'long', oldestFirst: 'long', createdAt: 'datetime', version: 'long', curated: 'string[]',
};
const EDIT: Record<string, Column> = {
  sequence: 'long', at: 'datetime', actor: 'string', operation: 'string', reason: 'string', before: 'string', after: 'string',
  entityIds: 'string[]', statementIds: 'string[]', articleIds: 'string[]',
};
/** The kinds of node the write path makes, by the label that tells them apart, with their properties' types. */
export const NODE_FILES: Array<{ file: string; label: string; columns: Record<string, Column> }> = [
  { file: 'entities', label: 'Entity', columns: ENTITY },
  { file: 'articles', label: 'Article', columns: ARTICLE },
  { file: 'statements', label: 'Statement', columns: STATEMENT },
  { file: 'edits', label: 'Edit', columns: EDIT },
];

/** The properties of each type of relationship the write path makes, with their types. */
export const REL_COLUMNS: Record<string, Record<string, Column>> = {
  REPORTED_IN: { start: 'long', end: 'long', quote: 'string', cue: 'string', speakerText: 'string', speakerStart: 'long', speakerEnd: 'long', extractor: 'string' },
  SAID_BY: { confidence: 'double', method: 'string' },
  MENTIONS: { start: 'long', end: 'long' },
  HELD: { start: 'date', end: 'date', id: 'string', version: 'long', origin: 'string', source: 'string' },
  IN_CAPACITY_OF: {},
  ON_BEHALF_OF: {},
  EMBEDDED_IN: {},
  PUBLISHED_BY: {},
  OF: {},
  CHANGED: {},
};

function cell(value: Value | undefined, column: Column, where: () => string): string | null {
  if (value === null || value === undefined) return null;
  if (column === 'string[]' || column === 'long[]') {
    const items = value as Array<string | number>;
    // an empty list would be read as no property: the lists an import leaves empty are set after it (import/fillEmptyLists)
    if (!items.length) return null;
    if (column === 'string[]') {
      for (const item of items) {
        if ((item as string).includes(ARRAY_DELIMITER)) throw new Error(`${where()} holds the control character U+001F, which the import uses between list items`);
      }
    }
    return items.join(ARRAY_DELIMITER);
  }
  return String(value);
}

/** A null cell is left bare (the importer stores no property); every text is quoted, so an empty string is "". */
async function writeCsv(file: string, header: string[], rows: Iterable<Array<string | null>>): Promise<void> {
  const out = createWriteStream(file);
  // every text quoted, an empty cell left bare: the importer reads "" as an empty string and a bare
  // empty cell as no value; rows go to csv-stringify 1,000 at a time (row by row through its stream
  // took 5.5 s of a 100,000-statement import, 4.9 s this way)
  const write = async (batch: Array<Array<string | null>>) => {
    if (!out.write(stringify(batch, { quoted_string: true }))) await once(out, 'drain');
  };
  let batch: Array<Array<string | null>> = [header];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= 1000) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length) await write(batch);
  out.end();
  await once(out, 'finish');
}

/** Fails on a property with no column: a new property of the write path must be given one. */
export function check(props: Props, columns: Record<string, Column>, where: () => string, skip?: string): void {
  for (const key in props) {
    if (!(key in columns) && key !== skip) throw new Error(`${where()}: the import has no column for the property ${key}`);
  }
}

/** The CSV files of the graph in `dir`: nodes and relationships, as the importer's --nodes and --relationships take them. */
export async function writeImportCsv(graph: MemoryGraph, dir: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes: string[] = [];
  for (const { file, label, columns } of NODE_FILES) {
    const names = Object.keys(columns);
    const header = ['id:ID', ':LABEL', ...names.map((n) => `${n}:${columns[n]}`)];
    const rows = function* () {
      for (const [id, node] of graph.nodes) {
        if (!node.labels.includes(label)) continue;
        const where = () => id;
        check(node.props, columns, where, 'id');
        const row: Array<string | null> = [id, node.labels.join(ARRAY_DELIMITER)];
        for (const n of names) row.push(cell(node.props[n], columns[n]!, where));
        yield row;
      }
    };
    const target = path.join(dir, `${file}.csv`);
    await writeCsv(target, header, rows());
    nodes.push(target);
  }
  // the counter of edits: a node with no id property (":ID" names it for the import alone)
  const sequence = path.join(dir, 'sequences.csv');
  await writeCsv(sequence, [':ID', ':LABEL', 'name:string', 'value:long'], graph.editSequence ? [['sequence:edit', 'Sequence', 'edit', String(graph.editSequence)]] : []);
  nodes.push(sequence);

  const byType = new Map<string, MemoryRel[]>();
  for (const rel of graph.relationships()) (byType.get(rel.type) ?? byType.set(rel.type, []).get(rel.type)!).push(rel);
  const relationships: string[] = [];
  for (const [type, rels] of byType) {
    const columns = REL_COLUMNS[type];
    if (!columns) throw new Error(`the import has no file for relationships of type ${type}`);
    const names = Object.keys(columns);
    const header = [':START_ID', ':END_ID', ':TYPE', ...names.map((n) => `${n}:${columns[n]}`)];
    const rows = function* () {
      for (const rel of rels) {
        const where = () => `${type} ${rel.from} -> ${rel.to}`;
        check(rel.props, columns, where);
        const row: Array<string | null> = [rel.from, rel.to, type];
        for (const n of names) row.push(cell(rel.props[n], columns[n]!, where));
        yield row;
      }
    };
    const target = path.join(dir, `${type.toLowerCase()}.csv`);
    await writeCsv(target, header, rows());
    relationships.push(target);
  }
  return { nodes, relationships };
}
