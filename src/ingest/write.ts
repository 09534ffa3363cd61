import type { TxRunner } from '../db/executor.js';
import type { ArticleGraph } from './graph.js';

/** Entities, offices and tenures: what reference data and articles both write. */
export async function writeEntities(tx: TxRunner, graph: Pick<ArticleGraph, 'entities' | 'offices' | 'tenures'>): Promise<void> {
  await tx.run('ingest/mergeEntities', { entities: graph.entities });
  await tx.run('ingest/mergeOffices', { offices: graph.offices });
  await tx.run('ingest/mergeTenures', { tenures: graph.tenures });
}

/**
 * Writes one article inside the caller's transaction: the article, its entities, offices,
 * statements with occurrences, mentions and nesting. The caller's transaction makes it all or nothing.
 */
export async function writeArticleGraph(tx: TxRunner, graph: ArticleGraph): Promise<void> {
  await writeEntities(tx, graph);
  await tx.run('ingest/mergeArticle', { article: graph.article });
  await tx.run('ingest/mergeStatements', { articleId: graph.article.id, statements: graph.statements });
  await tx.run('ingest/mergeMentions', { mentions: graph.mentions });
  await tx.run('ingest/linkEmbedded', { links: graph.embedded });
  const named = graph.entities.filter((e) => e.id !== graph.article.publisherId).map((e) => e.id);
  await tx.run('ingest/mergeArticleMentions', { articleId: graph.article.id, entityIds: named });
}
