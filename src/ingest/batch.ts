import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor.js';
import { isDirectory, readArticles, type InputError } from './articles.js';
import { ingestArticle } from './ingest.js';

export interface BatchSummary {
  files: number;
  articles: number;
  created: number;
  /** Known texts that came with new metadata. */
  updated: number;
  unchanged: number;
  failed: number;
  statements: number;
  newPeople: number;
  errors: Array<{ origin: string; code: string; message: string }>;
  /** What was read but not understood; the article went in all the same. */
  warnings: Array<{ origin: string; code: string; message: string }>;
}

export interface BatchProgress {
  file: string;
  filesDone: number;
  filesTotal: number;
  summary: BatchSummary;
}

const ARTICLE_FILE = /\.(txt|json|jsonl|ndjson)$/i;

/** The article files named: files as given, folders searched recursively, in a stable order. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (!(await isDirectory(p))) {
      files.push(p);
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    files.push(...entries.filter((e) => e.isFile() && ARTICLE_FILE.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort());
  }
  return files;
}

function errorOf(error: unknown, origin: string): { origin: string; code: string; message: string } {
  const code = (error as { code?: unknown }).code;
  return { origin, code: typeof code === 'string' ? code : 'INGEST_FAILED', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Ingests every article of the files and folders given, one transaction each: a bad file or
 * article is reported and skipped, the rest go on.
 */
export async function ingestPaths(db: Executor, paths: string[], onProgress: (p: BatchProgress) => void = () => {}): Promise<BatchSummary> {
  const files = await expandPaths(paths);
  const summary: BatchSummary = { files: files.length, articles: 0, created: 0, updated: 0, unchanged: 0, failed: 0, statements: 0, newPeople: 0, errors: [], warnings: [] };
  for (const [i, file] of files.entries()) {
    for (const result of await readArticles(file)) {
      summary.articles++;
      if (!result.ok) {
        summary.failed++;
        summary.errors.push(errorOf(result.error as InputError, result.error.origin));
        continue;
      }
      for (const w of result.article.warnings ?? []) summary.warnings.push({ origin: result.article.origin, ...w });
      try {
        const outcome = await ingestArticle(db, result.article.text, result.article.source);
        if (outcome.created) summary.created++;
        else if (outcome.updated) summary.updated++;
        else summary.unchanged++;
        summary.statements += outcome.statements;
        summary.newPeople += outcome.newPeople.length;
      } catch (error) {
        summary.failed++;
        summary.errors.push(errorOf(error, result.article.origin));
      }
    }
    onProgress({ file, filesDone: i + 1, filesTotal: files.length, summary });
  }
  return summary;
}
