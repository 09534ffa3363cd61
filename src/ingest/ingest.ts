import type { Executor, TxRunner } from '../db/executor.js';
import { extract } from '../extract/extract.js';
import type { ArticleSource, Extraction } from '../extract/types.js';
import { buildArticleGraph } from './graph.js';
import { sha256 } from './ids.js';
import { resolveAgainstGraph } from './resolveEntities.js';
import { writeArticleGraph } from './write.js';

/** What ingesting one article did (or, on a dry run, would do). */
export interface IngestOutcome {
  articleId: string;
  /** False when the same text was already in the graph: nothing was written. */
  created: boolean;
  dryRun: boolean;
  statements: number;
  /** People the graph did not know before this article. */
  newPeople: string[];
  extraction: Extraction;
}

async function run(tx: TxRunner, text: string, source: ArticleSource, extraction: Extraction, write: boolean): Promise<Omit<IngestOutcome, 'dryRun' | 'extraction'>> {
  const existing = await tx.run<{ id: string }>('ingest/findArticleByHash', { contentHash: sha256(text) });
  if (existing.length > 0) return { articleId: existing[0]!.id, created: false, statements: 0, newPeople: [] };
  const resolution = await resolveAgainstGraph(tx, extraction);
  const graph = buildArticleGraph(text, source, extraction, resolution.idFor);
  if (write) await writeArticleGraph(tx, graph);
  return { articleId: graph.article.id, created: write, statements: graph.statements.length, newPeople: resolution.newPeople };
}

/**
 * Extracts the statements of one article and writes them to the graph in one transaction: a
 * failure leaves the graph as it was; the same text twice changes nothing. With `dryRun` nothing
 * is written and the outcome says what would be.
 */
export async function ingestArticle(db: Executor, text: string, source: ArticleSource, options: { dryRun?: boolean } = {}): Promise<IngestOutcome> {
  const extraction = extract(text, source);
  const dryRun = options.dryRun ?? false;
  const outcome = dryRun
    ? await db.readTransaction((tx) => run(tx, text, source, extraction, false))
    : await db.writeTransaction((tx) => run(tx, text, source, extraction, true));
  return { ...outcome, dryRun, extraction };
}

