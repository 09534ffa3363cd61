import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { StatementOrder, StatementWhere } from '../../generated/graphql.js';
import { loadAll, primeEntities } from '../loaders.js';
import { pageParams, pageSize, toConnection, type ConnectionModel } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { toLuceneQuery } from '../shared/lucene.js';
import { subSelection, type Selection } from '../shared/selection.js';
import { NO_LINKS, type StatementLinks, type StatementModel, type StatementRow } from './statement.model.js';
import {
  countArticleStatements,
  countStatements,
  getStatementsByIds,
  listArticleStatements,
  listStatements,
  type StatementFilter,
} from './statement.repository.js';

/** The filter the Cypher takes, from the API's StatementWhere plus the scope of a nested field. */
export function toStatementFilter(where: StatementWhere | null | undefined, scope: Partial<StatementFilter> = {}): StatementFilter {
  const w = where ?? {};
  return {
    speakerId: w.speakerId ?? null,
    speakerName: w.speakerName ?? null,
    officeId: w.officeId ?? null,
    organizationId: w.organizationId ?? null,
    mentions: w.mentions ?? null,
    text: toLuceneQuery(w.text),
    kind: w.kind ?? null,
    saidFrom: optionalDate(w.saidFrom, 'where.saidFrom'),
    saidTo: optionalDate(w.saidTo, 'where.saidTo'),
    articleId: w.articleId ?? null,
    publisherId: w.publisherId ?? null,
    ...scope,
  };
}

/** The links a selection on Statement will follow. */
export function statementLinks(selection: Selection, info: Pick<GraphQLResolveInfo, 'fragments'>): StatementLinks {
  const occurrences = subSelection(selection, 'occurrences', info);
  const links = {
    speaker: selection.has('speaker'),
    office: selection.has('inCapacityOf'),
    officeOrganization: subSelection(selection, 'inCapacityOf', info).has('organization'),
    onBehalfOf: selection.has('onBehalfOf'),
    mentions: selection.has('mentions'),
    occurrences: selection.has('occurrences'),
    articles: occurrences.has('article'),
    publishers: subSelection(occurrences, 'article', info).has('publisher'),
  };
  return { any: Object.values(links).some(Boolean), ...links };
}

/** Puts a statement, and what came along with it, in this request's loaders. */
function prime(ctx: GraphQLContext, row: StatementRow): void {
  const { statement, linked } = row;
  ctx.loaders.statement.prime(statement.id, statement);
  if (!linked) return;
  primeEntities(ctx.loaders, linked.entities);
  for (const article of linked.articles ?? []) ctx.loaders.article.prime(article.id, article);
  if (linked.occurrences) ctx.loaders.occurrences.prime(statement.id, linked.occurrences);
  if (linked.mentions) ctx.loaders.mentions.prime(statement.id, linked.mentions);
}

/** A statement by id; with links to follow, they come in the same Cypher statement. */
export async function statementById(ctx: GraphQLContext, id: string, links: StatementLinks): Promise<StatementModel | null> {
  if (!links.any) return ctx.loaders.statement.load(id);
  const [row] = await getStatementsByIds(ctx.db, [id], links);
  if (!row) return null;
  prime(ctx, row);
  return row.statement;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of statements matching a filter, newest first unless asked otherwise. */
export async function statementConnection(
  ctx: GraphQLContext,
  filter: StatementFilter,
  args: PageArgs & { orderBy?: StatementOrder | null },
  links: StatementLinks = NO_LINKS,
): Promise<ConnectionModel<StatementModel>> {
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  const descending = (args.orderBy ?? 'SAID_ON_DESC') === 'SAID_ON_DESC';
  const rows = async () => {
    const found = await listStatements(ctx.db, filter, { ...params, descending }, links);
    for (const row of found) prime(ctx, row);
    return found;
  };
  return toConnection(ctx.cursors, rows, size, args.after, (ids) => loadAll(ctx.loaders.statement, ids), () => countStatements(ctx.db, filter));
}

/** A page of the statements an article reports, in text order. */
export function articleStatementConnection(ctx: GraphQLContext, articleId: string, args: PageArgs) {
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  return toConnection(ctx.cursors, () => listArticleStatements(ctx.db, articleId, params), size, args.after, (ids) => loadAll(ctx.loaders.statement, ids), () => countArticleStatements(ctx.db, articleId));
}

/**
 * How many of a speaker's newest statements Person.statements reads through its batch loader for
 * these arguments: the page and one more (to tell whether more follow) when they ask for the first
 * page in the default order with no filter; null for any other page, which runs the list query.
 */
export function latestStatementsLimit(where: StatementWhere | Record<string, unknown> | null | undefined, args: PageArgs & { orderBy?: StatementOrder | null }): number | null {
  const plain = !args.after && (args.orderBy ?? 'SAID_ON_DESC') === 'SAID_ON_DESC' && Object.values(where ?? {}).every((v) => v === null || v === undefined);
  return plain ? pageSize(args.first) + 1 : null;
}

/**
 * Person.statements: the first page in the default order comes through a batch loader, so a list
 * of people with their statements costs one statement for all of them; other pages, filters and
 * orders run the list query.
 */
export async function speakerStatementConnection(
  ctx: GraphQLContext,
  speakerId: string,
  where: StatementWhere | null | undefined,
  args: PageArgs & { orderBy?: StatementOrder | null },
): Promise<ConnectionModel<StatementModel>> {
  const filter = toStatementFilter(where, { speakerId });
  const limit = latestStatementsLimit(where, args);
  if (limit === null) return statementConnection(ctx, filter, args);
  return toConnection(ctx.cursors, () => ctx.loaders.latestStatementsOf(limit).load(speakerId), limit - 1, null, (ids) => loadAll(ctx.loaders.statement, ids), () => countStatements(ctx.db, filter));
}
