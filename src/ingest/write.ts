import type { TxRunner } from '../db/executor.js';
import type { ArticleGraph } from './graph.js';

/** Entities, offices and tenures: what reference data and articles both write. */
export async function writeEntities(tx: TxRunner, graph: Pick<ArticleGraph, 'entities' | 'offices' | 'tenures'>): Promise<void> {
  await tx.run('ingest/mergeEntities', { entities: graph.entities });
  await tx.run('ingest/mergeOffices', { offices: graph.offices });
  await tx.run('ingest/mergeTenures', { tenures: graph.tenures });
}

/**
 * Writes articles inside the caller's transaction: each article, its entities, offices,
 * statements with occurrences, mentions and nesting, in batches of rows. The caller's transaction
 * makes it all or nothing; ingestion passes one article, the bulk loader of the benchmark many.
 */
export async function writeArticleGraphs(tx: TxRunner, graphs: ArticleGraph[]): Promise<void> {
  await writeEntities(tx, {
    entities: graphs.flatMap((g) => g.entities),
    offices: graphs.flatMap((g) => g.offices),
    tenures: graphs.flatMap((g) => g.tenures),
  });
  await tx.run('ingest/mergeArticles', { articles: graphs.map((g) => g.article) });
  await tx.run('ingest/mergeStatements', { statements: graphs.flatMap((g) => g.statements) });
  await tx.run('ingest/mergeMentions', { mentions: graphs.flatMap((g) => g.mentions) });
  await tx.run('ingest/linkEmbedded', { links: graphs.flatMap((g) => g.embedded) });
  const named = graphs.flatMap((g) => g.entities.filter((e) => e.id !== g.article.publisherId).map((e) => ({ articleId: g.article.id, entityId: e.id })));
  await tx.run('ingest/mergeArticleMentions', { rows: named });
}

/** Writes one article inside the caller's transaction. */
export function writeArticleGraph(tx: TxRunner, graph: ArticleGraph): Promise<void> {
  return writeArticleGraphs(tx, [graph]);
}
