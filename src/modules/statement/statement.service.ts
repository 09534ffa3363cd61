import type { GraphQLContext } from '../../context.js';
import type { StatementOrder, StatementWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import { pageParams, toConnection, type ConnectionModel } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { toLuceneQuery } from '../shared/lucene.js';
import type { StatementModel } from './statement.model.js';
import {
  countArticleStatements,
  countStatements,
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

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of statements matching a filter, newest first unless asked otherwise. */
export async function statementConnection(
  ctx: GraphQLContext,
  filter: StatementFilter,
  args: PageArgs & { orderBy?: StatementOrder | null },
): Promise<ConnectionModel<StatementModel>> {
  const { size, params } = pageParams(args.first, args.after);
  const descending = (args.orderBy ?? 'SAID_ON_DESC') === 'SAID_ON_DESC';
  const rows = async () => {
    const found = await listStatements(ctx.db, filter, { ...params, descending });
    for (const row of found) ctx.loaders.statement.prime(row.id, row.statement);
    return found;
  };
  return toConnection(rows, size, args.after, (ids) => loadAll(ctx.loaders.statement, ids), () => countStatements(ctx.db, filter));
}

/** A page of the statements an article reports, in text order. */
export function articleStatementConnection(ctx: GraphQLContext, articleId: string, args: PageArgs) {
  const { size, params } = pageParams(args.first, args.after);
  return toConnection(() => listArticleStatements(ctx.db, articleId, params), size, args.after, (ids) => loadAll(ctx.loaders.statement, ids), () => countArticleStatements(ctx.db, articleId));
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
  const plain = !args.after && (args.orderBy ?? 'SAID_ON_DESC') === 'SAID_ON_DESC' && Object.values(where ?? {}).every((v) => v === null || v === undefined);
  if (!plain) return statementConnection(ctx, filter, args);
  const { size } = pageParams(args.first, args.after);
  return toConnection(() => ctx.loaders.latestStatementsOf(size + 1).load(speakerId), size, null, (ids) => loadAll(ctx.loaders.statement, ids), () => countStatements(ctx.db, filter));
}
