import type { Executor } from '../../db/executor.js';
import type { EntityRow } from '../entity/entity.model.js';
import type { StatementModel } from '../statement/statement.model.js';
import type { StatementFilter } from '../statement/statement.repository.js';
import type { RawGraphEdge, RawGraphNode } from './research.model.js';

/** Full-text matches of statements and entities, best first. */
export function searchText(db: Executor, query: string, types: string[], limit: number) {
  return db.read<{ id: string; type: string; text: string; score: number; statement: StatementModel | null; entity: EntityRow | null }>('research/searchText', { query, types, limit });
}

/** Statement counts grouped one way. */
export function countStatementsBy(db: Executor, by: string, filter: StatementFilter, limit: number) {
  return db.read<{ key: string; label: string; count: number }>('research/countStatementsBy', { ...filter, by, limit });
}

/** The shortest path between two nodes, if any within maxHops. */
export async function shortestPath(db: Executor, from: string, to: string, maxHops: number) {
  const [row] = await db.read<{ length: number; nodes: RawGraphNode[]; edges: RawGraphEdge[] }>('research/shortestPath', { from, to });
  return row && row.length <= maxHops ? row : null;
}

/** The neighbours of some nodes, at most `limit` each. */
export function neighborhoodLevel(db: Executor, ids: string[], limit: number) {
  return db.read<{ from: string; degree: number; center: RawGraphNode; node: RawGraphNode; edge: RawGraphEdge }>('research/neighborhoodLevel', { ids, limit });
}
