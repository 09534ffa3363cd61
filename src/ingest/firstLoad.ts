import neo4j from 'neo4j-driver';
import type { Executor, TxRunner } from '../db/executor.js';
import { check, NODE_FILES, REL_COLUMNS, type Column } from './importCsv.js';
import { MemoryGraph, type MemoryNode, type MemoryRel, type Props } from './memoryGraph.js';

/**
 * A first load through Cypher: `saidgraph ingest --bulk` into a graph that holds nothing yet decides
 * its articles' identities in memory (src/ingest/memoryGraph.ts, the very code an import runs: each
 * article against the articles before it, as one article a transaction would), and writes what they
 * changed every few hundred articles, in one transaction of a few large statements, while the next
 * articles are read. The Cypher batches of `--bulk` sent about twenty statements an article, each
 * planned and run against a growing graph, one article after another.
 *
 * Each transaction first takes the counter of edits and checks that the graph is the one the load
 * left (claim.cypher): what was decided in memory is never written into a graph another writer
 * changed. When that fails, or a write fails, the load stops: the caller writes the articles not yet
 * written batch by batch, against the graph as it is.
 */

/** Whether the graph holds nothing but the record of migrations: where a first load may be decided in memory. */
export async function graphIsEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.read<{ empty: boolean }>('firstLoad/isEmpty');
  return row?.empty === true;
}

/** Thrown inside a first load's transaction when the graph is not the one the load left: nothing of it is written. */
export class GraphChangedError extends Error {
  readonly code = 'GRAPH_CHANGED';
  constructor() {
    super('the graph was written to by another writer during the first load: the articles not yet written go in batch by batch');
  }
}

/** Rows a statement of the load takes at once. */
const ROWS = 10_000;

const COLUMNS_BY_LABEL = new Map(NODE_FILES.map((f) => [f.label, f.columns]));

function columnsOf(node: MemoryNode): Record<string, Column> {
  for (const label of node.labels) {
    const columns = COLUMNS_BY_LABEL.get(label);
    if (columns) return columns;
  }
  throw new Error(`the first load has no columns for a node labelled ${node.labels.join(':')}`);
}

/** `YYYY-MM-DD` as a Neo4j date. */
function toDate(text: string): unknown {
  const [y, m, d] = text.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** An ISO date-time (UTC, as the memory graph's clock gives it) as a Neo4j date-time at offset 0, as datetime() stores it. */
function toDateTime(text: string): unknown {
  const t = new Date(text);
  if (Number.isNaN(t.getTime())) throw new Error(`not a date-time: ${text}`);
  return new neo4j.types.DateTime(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), t.getUTCMilliseconds() * 1_000_000, 0);
}

/** Properties as Neo4j stores them: dates and date-times typed; a property no column knows fails, as the import's CSV does. */
function typed(props: Props, columns: Record<string, Column>, where: () => string, skip?: string): Record<string, unknown> {
  check(props, columns, where, skip);
  const out: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    const column = columns[key];
    out[key] = value === null || value === undefined ? null : column === 'date' ? toDate(value as string) : column === 'datetime' ? toDateTime(value as string) : value;
  }
  return out;
}

async function inChunks<T, R>(rows: readonly T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += ROWS) out.push(...(await run(rows.slice(i, i + ROWS))));
  return out;
}

/** What one transaction of the load writes, read from the memory graph when the transaction begins. */
interface Delta {
  createNodes: Array<{ id: string; labels: string[]; props: Record<string, unknown> }>;
  updateNodes: Array<{ element: string; labels: string[]; props: Record<string, unknown> }>;
  deleteRels: MemoryRel[];
  createRels: Array<{ rel: MemoryRel; row: { i: number; type: string; props: Record<string, unknown> } }>;
  updateRels: Array<{ element: string; props: Record<string, unknown> }>;
  sequence: number;
}

/**
 * The memory graph of a first load and what of it Neo4j holds: element ids of the nodes and
 * relationships written, and the counter of edits as last written.
 */
export class FirstLoad {
  readonly graph = new MemoryGraph(undefined, { track: true });
  private readonly elements = new Map<string, string>();
  private readonly relElements = new Map<MemoryRel, string>();
  /** The counter of edits as the load's last transaction left it. */
  private written = 0;
  /** Whether a transaction of the load committed yet. */
  private begun = false;

  constructor(private readonly db: Executor) {}

  /**
   * Writes what changed since the last write, in one transaction. What is written is read from the
   * graph when this is called (so articles may go on into it while the transaction runs), and
   * counted as written only when the transaction commits.
   */
  async write(): Promise<{ nodes: number; relationships: number }> {
    this.graph.finish();
    const delta = this.delta(this.graph.takeChanges());
    // (the executor may run the work again on a transient error: what Neo4j holds is noted after the commit)
    const { commit, ...written } = await this.db.writeTransaction((tx) => this.apply(tx, delta));
    commit();
    return written;
  }

  private delta(changes: ReturnType<MemoryGraph['takeChanges']>): Delta {
    const delta: Delta = { createNodes: [], updateNodes: [], deleteRels: [], createRels: [], updateRels: [], sequence: this.graph.editSequence };
    for (const id of changes.nodes) {
      const node = this.graph.nodes.get(id);
      if (!node) continue; // made and undone: an article that failed
      const props = typed(node.props, columnsOf(node), () => id, 'id');
      const element = this.elements.get(id);
      if (element) delta.updateNodes.push({ element, labels: [...node.labels], props });
      else delta.createNodes.push({ id, labels: [...node.labels], props });
    }
    for (const rel of changes.unlinked) if (this.relElements.has(rel)) delta.deleteRels.push(rel);
    const propsOf = (rel: MemoryRel) => {
      const columns = REL_COLUMNS[rel.type];
      if (!columns) throw new Error(`the first load has no columns for relationships of type ${rel.type}`);
      return typed(rel.props, columns, () => `${rel.type} ${rel.from} -> ${rel.to}`);
    };
    for (const rel of changes.linked) {
      if (!this.relElements.has(rel)) delta.createRels.push({ rel, row: { i: delta.createRels.length, type: rel.type, props: propsOf(rel) } });
    }
    for (const rel of changes.rels) {
      const element = this.relElements.get(rel);
      if (element && !changes.unlinked.has(rel)) delta.updateRels.push({ element, props: propsOf(rel) });
    }
    return delta;
  }

  private async apply(tx: TxRunner, delta: Delta): Promise<{ nodes: number; relationships: number; commit: () => void }> {
    const [claim] = await tx.run<{ ours: boolean }>('firstLoad/claim', { written: this.written, first: !this.begun });
    if (!claim?.ours) throw new GraphChangedError();
    const elements = new Map<string, string>();
    const created = await inChunks(delta.createNodes, (rows) => tx.run<{ id: string; element: string }>('firstLoad/createNodes', { rows }));
    for (const { id, element } of created) elements.set(id, element);
    await inChunks(delta.updateNodes, (rows) => tx.run('firstLoad/updateNodes', { rows }));
    const deleted = delta.deleteRels.map((rel) => this.relElements.get(rel)!);
    await inChunks(deleted, (chunk) => tx.run('firstLoad/deleteRelationships', { elements: chunk }));
    const element = (id: string) => {
      const found = elements.get(id) ?? this.elements.get(id);
      if (!found) throw new Error(`a relationship of the first load reaches ${id}, a node it did not write`);
      return found;
    };
    const rows = delta.createRels.map(({ rel, row }) => ({ ...row, from: element(rel.from), to: element(rel.to) }));
    const relElements = await inChunks(rows, (chunk) => tx.run<{ i: number; element: string }>('firstLoad/createRelationships', { rows: chunk }));
    await inChunks(delta.updateRels, (chunk) => tx.run('firstLoad/updateRelationships', { rows: chunk }));
    if (delta.sequence !== this.written) await tx.run('firstLoad/setSequence', { value: delta.sequence });
    const commit = () => {
      for (const [id, e] of elements) this.elements.set(id, e);
      for (const rel of delta.deleteRels) this.relElements.delete(rel);
      for (const { i, element: e } of relElements) this.relElements.set(delta.createRels[i]!.rel, e);
      this.written = delta.sequence;
      this.begun = true;
    };
    return { nodes: created.length, relationships: relElements.length, commit };
  }
}
