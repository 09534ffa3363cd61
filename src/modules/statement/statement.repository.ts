import type { Executor } from '../../db/executor.js';
import type { KeyRow, Keyset } from '../shared/connection.js';
import { NO_LINKS, type MentionModel, type OccurrenceModel, type StatementLinks, type StatementModel, type StatementRow } from './statement.model.js';

/** StatementWhere as the Cypher takes it: every filter present, null when not given. */
export interface StatementFilter {
  speakerId: string | null;
  speakerName: string | null;
  officeId: string | null;
  organizationId: string | null;
  mentions: string | null;
  /** A Lucene query, already escaped. */
  text: string | null;
  kind: string | null;
  saidFrom: string | null;
  saidTo: string | null;
  articleId: string | null;
  publisherId: string | null;
}

type Page = Keyset & { limit: number };

/** Statements by id, with the links asked for, in one statement. */
export function getStatementsByIds(db: Executor, ids: readonly string[], links: StatementLinks = NO_LINKS): Promise<StatementRow[]> {
  return db.read<StatementRow>('statement/getStatementsByIds', { ids, with: links });
}

const ANCHORS: Array<[keyof StatementFilter, string]> = [
  ['speakerId', 'SAID_BY'],
  ['mentions', 'MENTIONS'],
  ['officeId', 'IN_CAPACITY_OF'],
];

/**
 * The entity and relationship when one speaker, mention or office is the only filter: the common
 * lists (a speaker's statements, what mentions an entity) then skip the generic filter's
 * per-statement checks.
 */
function singleAnchor(filter: StatementFilter): { id: string; relation: string } | null {
  const given = (Object.keys(filter) as Array<keyof StatementFilter>).filter((k) => filter[k] !== null);
  const anchor = given.length === 1 ? ANCHORS.find(([key]) => key === given[0]) : undefined;
  return anchor ? { id: filter[anchor[0]]!, relation: anchor[1] } : null;
}

/** One page (plus one) of statements by the day they were said, each with its sort key and the links asked for. */
export function listStatements(
  db: Executor,
  filter: StatementFilter,
  page: Page & { descending: boolean },
  links: StatementLinks = NO_LINKS,
): Promise<Array<KeyRow & StatementRow>> {
  const anchor = singleAnchor(filter);
  if (anchor) return db.read<KeyRow & StatementRow>('statement/listByAnchor', { ...anchor, ...page, with: links });
  const { text, speakerId, officeId, articleId, saidFrom, saidTo } = filter;
  const byRange = (saidFrom !== null || saidTo !== null) && text === null && speakerId === null && officeId === null && articleId === null;
  return db.read<KeyRow & StatementRow>(byRange ? 'statement/listByRange' : 'statement/listStatements', { ...filter, ...page, with: links });
}

/** How many statements match; a filter of one speaker, mention or office is counted from that entity. */
export async function countStatements(db: Executor, filter: StatementFilter): Promise<number> {
  const anchor = singleAnchor(filter);
  const [row] = anchor
    ? await db.read<{ count: number }>('statement/countByAnchor', anchor)
    : await db.read<{ count: number }>('statement/countStatements', filter);
  return row?.count ?? 0;
}

/** One page (plus one) of the statements an article reports, in text order. */
export function listArticleStatements(db: Executor, articleId: string, page: Page): Promise<KeyRow[]> {
  return db.read<KeyRow>('statement/listArticleStatements', { articleId, ...page });
}

/** How many statements an article reports. */
export async function countArticleStatements(db: Executor, articleId: string): Promise<number> {
  const [row] = await db.read<{ count: number }>('statement/countArticleStatements', { articleId });
  return row?.count ?? 0;
}

/** The occurrences of several statements. */
export function getOccurrencesByStatementIds(db: Executor, ids: readonly string[]) {
  return db.read<{ key: string; occurrence: OccurrenceModel }>('statement/getOccurrencesByStatementIds', { ids });
}

/** The mentions of several statements. */
export function getMentionsByStatementIds(db: Executor, ids: readonly string[]) {
  return db.read<{ key: string; mention: MentionModel }>('statement/getMentionsByStatementIds', { ids });
}

/** The ids of the statements nested in several statements. */
export function getEmbedsByStatementIds(db: Executor, ids: readonly string[]) {
  return db.read<{ key: string; id: string }>('statement/getEmbedsByStatementIds', { ids });
}

/** The newest statements of several speakers, at most `limit` each. */
export function latestStatementsBySpeakers(db: Executor, ids: readonly string[], limit: number) {
  return db.read<{ key: string; row: KeyRow; statement: StatementModel }>('statement/latestStatementsBySpeakers', { ids, latest: limit });
}
