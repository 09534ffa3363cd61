import { extract } from './extract.js';
import type { ArticleSource, Extraction } from './types.js';

/** What the pool sends a worker thread: one article. */
export interface ExtractionTask {
  text: string;
  source: Partial<ArticleSource>;
}

/** Runs in a worker thread (see pool.ts): the extractor, which is pure, on one article. */
export function runExtraction({ text, source }: ExtractionTask): Extraction {
  return extract(text, source);
}
