import type { GraphQLContext } from '../../context.js';
import { badInput } from '../../errors.js';
import type { ArticleOrder, ArticleWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import { pageParams, toConnection } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import type { PageArgs } from '../statement/statement.service.js';
import type { ArticleModel } from './article.model.js';
import { countArticles, findArticleByUrl, listArticles, type ArticleFilter } from './article.repository.js';

/** `article(id, url)`: exactly one of the two. */
export async function articleByIdOrUrl(ctx: GraphQLContext, args: { id?: string | null; url?: string | null }): Promise<ArticleModel | null> {
  if ((args.id == null) === (args.url == null)) throw badInput('give exactly one of id and url');
  const id = args.id ?? (await findArticleByUrl(ctx.db, args.url!));
  return id ? ctx.loaders.article.load(id) : null;
}

/** A page of articles by publication day. */
export function articleConnection(
  ctx: GraphQLContext,
  where: ArticleWhere | null | undefined,
  args: PageArgs & { orderBy?: ArticleOrder | null },
) {
  const filter: ArticleFilter = {
    publisherId: where?.publisherId ?? null,
    title: where?.title ?? null,
    publishedFrom: optionalDate(where?.publishedFrom, 'where.publishedFrom'),
    publishedTo: optionalDate(where?.publishedTo, 'where.publishedTo'),
  };
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  const descending = (args.orderBy ?? 'PUBLISHED_AT_DESC') === 'PUBLISHED_AT_DESC';
  return toConnection(ctx.cursors, () => listArticles(ctx.db, filter, { ...params, descending }), size, args.after, (ids) => loadAll(ctx.loaders.article, ids), () => countArticles(ctx.db, filter));
}
