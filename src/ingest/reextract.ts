import type { Executor } from '../db/executor.js';
import { EXTRACTOR } from '../extract/extract.js';
import { reextractArticle } from './ingest.js';

/** Which stored articles to read again: by default those an older extractor read. */
export interface ReextractWhere {
  all?: boolean;
  publisherId?: string | null;
  title?: string | null;
}

interface StoredArticle {
  id: string;
  text: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  dateline: string | null;
  url: string | null;
  language: string;
  sourceId: string | null;
}

const PAGE = 100;

/**
 * Re-runs the current extractor over stored articles, one transaction each, a page of articles at
 * a time; returns how many articles and statements it wrote.
 */
export async function reextract(db: Executor, where: ReextractWhere, onArticle: (done: number) => void = () => {}): Promise<{ articles: number; statements: number }> {
  let after = '';
  let articles = 0;
  let statements = 0;
  for (;;) {
    const page = await db.read<StoredArticle>('ingest/listArticlesToReextract', {
      after, version: EXTRACTOR, all: where.all ?? false, publisherId: where.publisherId ?? null, title: where.title ?? null, limit: PAGE,
    });
    for (const a of page) {
      const source = { title: a.title ?? '', publisher: a.publisher, publishedAt: a.publishedAt, dateline: a.dateline, url: a.url, language: a.language, sourceId: a.sourceId };
      statements += await reextractArticle(db, a.id, a.text, source);
      onArticle(++articles);
    }
    if (page.length < PAGE) return { articles, statements };
    after = page.at(-1)!.id;
  }
}
