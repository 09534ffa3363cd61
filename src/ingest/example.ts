import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Executor } from '../db/executor.js';
import { toArticle } from './articles.js';
import { ingestArticle, type IngestOutcome } from './ingest.js';
import { loadReference } from './reference.js';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');
export const EXAMPLE_ARTICLE = path.join(EXAMPLES_DIR, 'tass-2022-02-17-lavrov', 'article.json');
/** A made-up second article (fictional outlet and speakers) that gives counts and paths something to find. */
export const SECOND_EXAMPLE_ARTICLE = path.join(EXAMPLES_DIR, 'example-wire-2022-03-02', 'article.json');
export const EXAMPLE_REFERENCE = path.join(EXAMPLES_DIR, 'reference.json');

async function ingestFile(db: Executor, file: string): Promise<IngestOutcome> {
  const article = toArticle(JSON.parse(await readFile(file, 'utf8')), path.basename(path.dirname(file)), file);
  return ingestArticle(db, article.text, article.source, { actor: 'example' });
}

/**
 * The example graph: reference facts about the people (offices and tenures), the TASS article of
 * 17 February 2022, and a made-up second article, both through the extractor. Loading it again
 * changes nothing. Returns the outcome of each article.
 */
export async function loadExample(db: Executor): Promise<IngestOutcome[]> {
  await loadReference(db, EXAMPLE_REFERENCE);
  return [await ingestFile(db, EXAMPLE_ARTICLE), await ingestFile(db, SECOND_EXAMPLE_ARTICLE)];
}
