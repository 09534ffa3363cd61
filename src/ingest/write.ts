import type { Executor } from '../db/executor.js';
import type { ArticleGraph } from './graph.js';

export interface WriteResult {
  articleId: string;
  /** False when the same text was already in the graph: nothing was written. */
  created: boolean;
  statements: number;
}

/**
 * Writes one article in one transaction: the article, its entities, offices, tenures,
 * statements with occurrences, mentions and nesting. Either all of it lands or none of it does.
 * An article whose text is already in the graph is left as it is.
 */
export async function writeArticleGraph(db: Executor, graph: ArticleGraph): Promise<WriteResult> {
  const { article } = graph;
  return db.writeTransaction(async (tx) => {
    const existing = await tx.run<{ id: string }>('ingest/findArticleByHash', { contentHash: article.contentHash });
    if (existing.length > 0) return { articleId: existing[0]!.id, created: false, statements: 0 };
    await tx.run('ingest/mergeEntities', { entities: graph.entities });
    await tx.run('ingest/mergeOffices', { offices: graph.offices });
    await tx.run('ingest/mergeTenures', { tenures: graph.tenures });
    await tx.run('ingest/mergeArticle', { article });
    await tx.run('ingest/mergeStatements', { articleId: article.id, statements: graph.statements });
    await tx.run('ingest/mergeMentions', { mentions: graph.mentions });
    await tx.run('ingest/linkEmbedded', { links: graph.embedded });
    return { articleId: article.id, created: true, statements: graph.statements.length };
  });
}
