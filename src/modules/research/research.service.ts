import type { GraphQLContext } from '../../context.js';
import { AppError, badInput } from '../../errors.js';
import type { CountBy, SearchType, StatementWhere } from '../../generated/graphql.js';
import { toLuceneQuery } from '../shared/lucene.js';
import { toStatementFilter } from '../statement/statement.service.js';
import type { RawGraphEdge, RawGraphNode, SearchHitModel } from './research.model.js';
import { countStatementsBy, neighborhoodLevel, searchText, shortestPath } from './research.repository.js';

const ALL_TYPES: SearchType[] = ['STATEMENT', 'PERSON', 'ORGANIZATION', 'OFFICE', 'GROUP', 'PLACE'];

function bounded(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${name} must be from ${min} to ${max}, got ${value}`, { argument: name });
  return value;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A window of the text around the first matched word, the matched words marked. The words are
 * those of the query (Lucene operators and quotes left out), matched case-insensitively.
 */
export function highlight(text: string, query: string, width = 160): string {
  const words = [...new Set(query.toLowerCase().replace(/\\./g, '').match(/[\p{L}\p{N}]+/gu) ?? [])].filter((w) => !['and', 'or', 'not'].includes(w));
  const pattern = words.length ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu') : null;
  const first = pattern ? text.search(pattern) : -1;
  const start = Math.max(0, Math.min(first < 0 ? 0 : first - width / 3, text.length - width));
  const window = text.slice(start, start + width);
  const marked = pattern ? escapeHtml(window).replace(pattern, '<mark>$1</mark>') : escapeHtml(window);
  return `${start > 0 ? '…' : ''}${marked}${start + width < text.length ? '…' : ''}`;
}

/** `search`: full-text over statements and names, with highlighted fragments. */
export async function search(ctx: GraphQLContext, args: { query: string; types?: SearchType[] | null; first?: number | null; lucene?: boolean | null }): Promise<SearchHitModel[]> {
  const limit = bounded(args.first ?? 20, 'first', 1, 100);
  const query = args.lucene ? args.query.trim() : toLuceneQuery(args.query);
  if (!query) throw badInput('query has no words to search for', { argument: 'query' });
  // a query Lucene cannot read fails in the executor as a BAD_USER_INPUT
  const rows = await searchText(ctx.db, query, args.types?.length ? args.types : ALL_TYPES, limit);
  for (const { statement, entity } of rows) {
    if (statement) ctx.loaders.statement.prime(statement.id, statement);
    if (entity) ctx.loaders.entity.prime(entity.id, entity);
  }
  return rows.map(({ id, type, text, score }) => ({ id, type: type as SearchType, text, score, highlight: highlight(text, args.query) }));
}

/** `statementCounts`: counts for research, by one dimension. */
export function statementCounts(ctx: GraphQLContext, by: CountBy, where: StatementWhere | null | undefined, first: number | null | undefined) {
  return countStatementsBy(ctx.db, by, toStatementFilter(where), bounded(first ?? 50, 'first', 1, 1000));
}

const NODE_TYPES = ['Person', 'Office', 'Organization', 'Group', 'Place', 'Statement', 'Article'];

function graphNode(raw: RawGraphNode) {
  const type = NODE_TYPES.find((t) => raw.labels.includes(t)) ?? 'Node';
  const label = raw.name ?? raw.title ?? (raw.text ? (raw.text.length > 60 ? `${raw.text.slice(0, 57)}…` : raw.text) : raw.id);
  return { id: raw.id, type, label };
}

function graphEdge(raw: RawGraphEdge) {
  return { ...raw, id: `${raw.source}-${raw.type}-${raw.target}` };
}

/** `path`: the shortest connection, or null. */
export async function path(ctx: GraphQLContext, from: string, to: string, maxHops: number | null | undefined) {
  const found = await shortestPath(ctx.db, from, to, bounded(maxHops ?? 6, 'maxHops', 1, 10));
  if (!found) return null;
  return { nodes: found.nodes.map(graphNode), edges: found.edges.map(graphEdge), truncated: false };
}

/** A node with no relationships is its own neighbourhood; an unknown id is NOT_FOUND. */
async function lonely(ctx: GraphQLContext, id: string) {
  const [entity, statement, article] = await Promise.all([ctx.loaders.entity.load(id), ctx.loaders.statement.load(id), ctx.loaders.article.load(id)]);
  const found = entity ?? statement ?? article;
  if (!found) throw new AppError('NOT_FOUND', `no node with id ${id}`);
  const raw = found as { id: string; name?: string | null; title?: string | null; text?: string | null; labels?: string[] };
  const labels = raw.labels ?? (statement ? ['Statement'] : ['Article']);
  return { nodes: [graphNode({ ...raw, labels })], edges: [], truncated: false };
}

/** `neighborhood`: level by level, each node expanding to at most `limit` neighbours. */
/** The most relationships one level of a neighbourhood reads: it bounds the answer whatever the depth and limit. */
const MAX_NEIGHBOURHOOD_ROWS = 5_000;

export async function neighborhood(ctx: GraphQLContext, id: string, depth: number | null | undefined, limit: number | null | undefined) {
  const levels = bounded(depth ?? 1, 'depth', 1, 3);
  const perNode = bounded(limit ?? 25, 'limit', 1, 200);
  const nodes = new Map<string, ReturnType<typeof graphNode>>();
  const edges = new Map<string, ReturnType<typeof graphEdge>>();
  let frontier = [id];
  let truncated = false;
  for (let level = 0; level < levels && frontier.length; level++) {
    const rows = await neighborhoodLevel(ctx.db, frontier, perNode);
    if (level === 0 && rows.length === 0) return lonely(ctx, id);
    if (level === 0) nodes.set(id, graphNode(rows[0]!.center));
    const next: string[] = [];
    for (const row of rows) {
      truncated ||= row.degree > perNode;
      if (!nodes.has(row.node.id)) next.push(row.node.id);
      nodes.set(row.node.id, graphNode(row.node));
      const edge = graphEdge(row.edge);
      edges.set(edge.id, edge);
    }
    const unseen = next.filter((n) => n !== id);
    // a hub's neighbours' neighbours would be `limit` cubed: the next level reads at most
    // MAX_NEIGHBOURHOOD_ROWS relationships, and the answer says it left some out
    frontier = unseen.slice(0, Math.max(1, Math.floor(MAX_NEIGHBOURHOOD_ROWS / perNode)));
    truncated ||= level + 1 < levels && frontier.length < unseen.length;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
