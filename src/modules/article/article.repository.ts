import type { Executor } from '../../db/executor.js';
import type { KeyRow, Keyset } from '../shared/connection.js';
import type { ArticleModel } from './article.model.js';

export interface ArticleFilter {
  publisherId: string | null;
  title: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
}

/** Articles by id, in one statement. */
export async function getArticlesByIds(db: Executor, ids: readonly string[]): Promise<ArticleModel[]> {
  const rows = await db.read<{ article: ArticleModel }>('article/getArticlesByIds', { ids });
  return rows.map((r) => r.article);
}

/** The full texts of articles by id. */
export function getArticleTextsByIds(db: Executor, ids: readonly string[]): Promise<Array<{ id: string; text: string }>> {
  return db.read<{ id: string; text: string }>('article/getArticleTextsByIds', { ids });
}

/** The id of the article published at a URL, if any. */
export async function findArticleByUrl(db: Executor, url: string): Promise<string | null> {
  const [row] = await db.read<{ id: string }>('article/findArticleByUrl', { url });
  return row?.id ?? null;
}

/** One page (plus one) of article ids by publication day. */
export function listArticles(db: Executor, filter: ArticleFilter, page: Keyset & { limit: number; descending: boolean }): Promise<KeyRow[]> {
  return db.read<KeyRow>('article/listArticles', { ...filter, ...page });
}

/** How many articles match. */
export async function countArticles(db: Executor, filter: ArticleFilter): Promise<number> {
  const [row] = await db.read<{ count: number }>('article/countArticles', filter);
  return row?.count ?? 0;
}
