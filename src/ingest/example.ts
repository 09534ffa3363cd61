import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Executor } from '../db/executor.js';
import type { ArticleSource } from '../extract/types.js';
import { fixtureToExtraction, type StatementFixture } from './fixture.js';
import { buildArticleGraph } from './graph.js';
import { writeArticleGraph, type WriteResult } from './write.js';

export const EXAMPLE_DIR = path.join(PROJECT_ROOT, 'examples', 'tass-2022-02-17-lavrov');

/** An article file of examples/: its text and what is known of its source. */
export interface ArticleFile {
  id: string;
  source: ArticleSource;
  text: string;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Loads the TASS article of 17 February 2022 into the graph (a no-op when it is already there). */
export async function loadExample(db: Executor, dir: string = EXAMPLE_DIR): Promise<WriteResult> {
  const article = await readJson<ArticleFile>(path.join(dir, 'article.json'));
  const fixture = await readJson<StatementFixture>(path.join(dir, 'statements.fixture.json'));
  const extraction = fixtureToExtraction(article.text, fixture);
  return writeArticleGraph(db, buildArticleGraph(article.text, article.source, extraction));
}
