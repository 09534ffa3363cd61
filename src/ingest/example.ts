import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Executor } from '../db/executor.js';
import { toArticle } from './articles.js';
import { ingestArticle, type IngestOutcome } from './ingest.js';
import { loadReference } from './reference.js';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');
export const EXAMPLE_ARTICLE = path.join(EXAMPLES_DIR, 'tass-2022-02-17-lavrov', 'article.json');
export const EXAMPLE_REFERENCE = path.join(EXAMPLES_DIR, 'reference.json');

/**
 * The example graph: reference facts about the people (offices and tenures), then the TASS article
 * of 17 February 2022 through the extractor. Loading it again changes nothing.
 */
export async function loadExample(db: Executor, articleFile: string = EXAMPLE_ARTICLE): Promise<IngestOutcome> {
  await loadReference(db, EXAMPLE_REFERENCE);
  const article = toArticle(JSON.parse(await readFile(articleFile, 'utf8')), 'example', articleFile);
  return ingestArticle(db, article.text, article.source);
}
