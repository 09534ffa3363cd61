import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../db/executor.js';
import type { ExtractionPool } from '../extract/pool.js';
import { isDirectory, readArticles, type ArticleInput, type InputError } from './articles.js';
import { countIngested, ingestArticle, ingestArticlesBulk, ingestInto, type BulkArticle, type IngestOutcome } from './ingest.js';
import { FirstLoad, graphIsEmpty } from './firstLoad.js';
import { MemoryGraph } from './memoryGraph.js';
import type { Extraction } from '../extract/types.js';

export interface BatchSummary {
  files: number;
  articles: number;
  created: number;
  /** Known texts that came with new metadata. */
  updated: number;
  unchanged: number;
  failed: number;
  /** Articles not in English, left out (each also a warning). */
  unsupportedLanguage: number;
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
  /** Articles read and written (or failed) so far, of all the files hold. */
  articlesDone: number;
  articlesTotal: number;
  summary: BatchSummary;
}

/**
 * How many articles files hold, read cheaply before the ingest starts so that progress can say
 * how far it is: a non-blank line of JSON lines is one, a JSON array its length, anything else one.
 */
export async function countArticles(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (/\.(jsonl|ndjson)$/i.test(file)) {
      // (a file that cannot be read counts as one article: reading it reports why, with a code)
      const text = await readFile(file, 'utf8').catch(() => 'x');
      for (const line of text.split('\n')) if (line.trim()) total++;
    } else if (/\.json$/i.test(file)) {
      try {
        const value: unknown = JSON.parse(await readFile(file, 'utf8'));
        total += Array.isArray(value) ? value.length : 1;
      } catch {
        total += 1;
      }
    } else total += 1;
  }
  return total;
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
 * Runs `start` on the items in order, keeping up to `ahead` of them under way, and hands each
 * result to `finish` in the items' order: extraction runs in parallel in the pool while the
 * writes, which must see one another, go one at a time.
 */
async function inOrderAhead<T, R>(items: T[], ahead: number, start: (item: T) => Promise<R>, finish: (item: T, result: PromiseSettledResult<R>) => Promise<void>): Promise<void> {
  const started: Array<Promise<PromiseSettledResult<R>>> = [];
  const settle = (item: T) => start(item).then((value): PromiseSettledResult<R> => ({ status: 'fulfilled', value }), (reason: unknown): PromiseSettledResult<R> => ({ status: 'rejected', reason }));
  for (let i = 0; i < items.length; i++) {
    while (started.length < Math.min(items.length, i + ahead)) started.push(settle(items[started.length]!));
    await finish(items[i]!, await started[i]!);
  }
}

/** Articles a first load writes in one transaction (src/ingest/firstLoad.ts), while the next are read. */
export const FIRST_LOAD_ARTICLES = 250;
/**
 * The nodes and relationships a first load holds in memory at most: past them, what it holds is
 * written and the rest of the corpus goes in batch by batch. About 100 an article of the dev
 * corpora, and of the order of 1 KB each (an import of a million generated statements, some millions
 * of nodes and relationships, held 5.4 GB).
 */
export const FIRST_LOAD_MAX_ELEMENTS = 1_000_000;

/**
 * Ingests every article of the files and folders given, one transaction each: a bad file or
 * article is reported and skipped, the rest go on. Articles are extracted in the pool's worker
 * threads, several at once, and written one after another in the order given. With `bulk` (n),
 * n articles go in one transaction (ingestArticlesBulk); a batch that fails is written again
 * article by article, so that only the article at fault is reported and left out. Into a
 * MemoryGraph (an import's, src/ingest/importer.ts), each article is one of its transactions.
 *
 * With `bulk`, into a graph that holds nothing yet (a first load), the articles' identities are
 * decided in memory and written every FIRST_LOAD_ARTICLES articles (src/ingest/firstLoad.ts), as
 * long as the graph is left to this ingest and holds less than FIRST_LOAD_MAX_ELEMENTS; the rest go
 * batch by batch as above. `firstLoad: false` goes batch by batch from the start; `firstLoadArticles`
 * sets how many articles a first load writes at once.
 */
export async function ingestPaths(
  db: Executor | MemoryGraph,
  paths: string[],
  onProgress: (p: BatchProgress) => void = () => {},
  extractor?: ExtractionPool,
  options: { bulk?: number; firstLoad?: boolean; firstLoadArticles?: number } = {},
): Promise<BatchSummary> {
  // how an article is written, and a batch of them (never in memory: its transactions are one an article)
  const writeOne = (article: ArticleInput, extraction: Extraction | undefined) =>
    db instanceof MemoryGraph
      ? db.transaction(() => ingestInto(db.tx, article.text, article.source, 'cli', extraction))
      : ingestArticle(db, article.text, article.source, { extraction, actor: 'cli' });
  const writeBatch = db instanceof MemoryGraph ? null : (batch: BulkArticle[]) => ingestArticlesBulk(db, batch, 'cli');
  const bulk = writeBatch ? options.bulk : undefined;
  const files = await expandPaths(paths);
  const articlesTotal = await countArticles(files);
  let articlesDone = 0;
  const summary: BatchSummary = { files: files.length, articles: 0, created: 0, updated: 0, unchanged: 0, failed: 0, unsupportedLanguage: 0, statements: 0, newPeople: 0, errors: [], warnings: [] };
  const extract = (article: ArticleInput) => (extractor ? extractor.extract(article.text, article.source) : Promise.resolve(undefined));
  const count = (outcome: IngestOutcome) => {
    if (outcome.created) summary.created++;
    else if (outcome.updated) summary.updated++;
    else summary.unchanged++;
    summary.statements += outcome.statements;
    summary.newPeople += outcome.newPeople.length;
  };
  let report = () => {};
  // a first load: decided in memory, written in the background while the next articles are read
  let load: FirstLoad | null = bulk && !(db instanceof MemoryGraph) && options.firstLoad !== false && (await graphIsEmpty(db)) ? new FirstLoad(db) : null;
  type Held = { article: ArticleInput; extraction: Extraction | undefined; outcome: IngestOutcome };
  let held: Held[] = [];
  let writing = null as { done: Promise<unknown>; articles: Held[] } | null;
  /** Waits for the load's write under way; when it failed, the load stops and gives back what it did not write. */
  const settle = async (): Promise<Held[]> => {
    if (!writing) return [];
    const { done, articles } = writing;
    writing = null;
    try {
      await done;
      articles.forEach((h) => {
        count(h.outcome);
        countIngested(h.outcome);
      });
      articlesDone += articles.length;
      report();
      return [];
    } catch (error) {
      load = null;
      const { code, message } = errorOf(error, 'first load');
      summary.warnings.push({ origin: 'first load', code, message: `the first load stopped (${message}); its ${articles.length + held.length} articles not yet written go in batch by batch` });
      const unwritten = [...articles, ...held];
      held = [];
      return unwritten;
    }
  };
  /** Starts writing what the load holds (after the write under way); the articles it could not write, to go batch by batch. */
  const writeLoad = async (): Promise<Held[]> => {
    const unwritten = await settle();
    if (!load || !held.length) return unwritten;
    const articles = held;
    held = [];
    const done = load.write();
    done.catch(() => {}); // (settled by the next settle)
    writing = { done, articles };
    if (load.graph.nodes.size + load.graph.relationshipCount >= FIRST_LOAD_MAX_ELEMENTS) {
      const more = await settle();
      load = null;
      return more;
    }
    return [];
  };
  const one = async (article: ArticleInput, extraction: PromiseSettledResult<Extraction | undefined>) => {
    try {
      if (extraction.status === 'rejected') throw extraction.reason;
      count(await writeOne(article, extraction.value));
    } catch (error) {
      summary.failed++;
      summary.errors.push(errorOf(error, article.origin));
    }
    articlesDone++;
    report();
  };
  const pending: Array<{ article: ArticleInput; extraction: Extraction | undefined }> = [];
  const flush = async () => {
    const batch = pending.splice(0);
    if (!batch.length || !writeBatch) return;
    let outcomes: IngestOutcome[];
    try {
      outcomes = await writeBatch(batch.map((b) => ({ text: b.article.text, source: b.article.source, extraction: b.extraction })));
    } catch {
      // nothing of the batch was written: each article again on its own, the one at fault reported
      for (const b of batch) await one(b.article, { status: 'fulfilled', value: b.extraction });
      return;
    }
    outcomes.forEach(count);
    articlesDone += batch.length;
    report();
  };
  /** Articles a first load could not write, batch by batch in their order. */
  const replay = async (unwritten: Held[]) => {
    for (const h of unwritten) {
      pending.push({ article: h.article, extraction: h.extraction });
      if (pending.length >= (bulk ?? 1)) await flush();
    }
    await flush();
  };
  for (const [i, file] of files.entries()) {
    const articles: ArticleInput[] = [];
    for (const result of await readArticles(file)) {
      summary.articles++;
      if (result.ok) articles.push(result.article);
      else if (result.error.code === 'UNSUPPORTED_LANGUAGE') {
        summary.unsupportedLanguage++;
        summary.warnings.push(errorOf(result.error, result.error.origin));
      } else {
        summary.failed++;
        summary.errors.push(errorOf(result.error as InputError, result.error.origin));
      }
    }
    // articles refused before extraction count as done: all read so far but those still to write
    articlesDone = summary.articles - articles.length - held.length - (writing?.articles.length ?? 0);
    report = () => onProgress({ file, filesDone: i, filesTotal: files.length, articlesDone, articlesTotal: Math.max(articlesTotal, articlesDone), summary });
    // (with --bulk, the next batch is extracted while one is written)
    await inOrderAhead(articles, extractor ? extractor.threads * 2 + (bulk ?? 0) : 1, extract, async (article, extraction) => {
      for (const w of article.warnings ?? []) summary.warnings.push({ origin: article.origin, ...w });
      const first = load;
      if (first && extraction.status === 'fulfilled') {
        let outcome: IngestOutcome;
        try {
          outcome = await first.graph.transaction(() => ingestInto(first.graph.tx, article.text, article.source, 'cli', extraction.value));
        } catch (error) {
          summary.failed++;
          summary.errors.push(errorOf(error, article.origin));
          articlesDone++;
          return report();
        }
        held.push({ article, extraction: extraction.value, outcome });
        if (held.length >= (options.firstLoadArticles ?? FIRST_LOAD_ARTICLES)) await replay(await writeLoad());
        return;
      }
      // (an article whose extraction failed is reported on its own, in order)
      if (!bulk || extraction.status === 'rejected') {
        await flush();
        return one(article, extraction);
      }
      pending.push({ article, extraction: extraction.value });
      if (pending.length >= bulk) await flush();
    });
    await flush();
    onProgress({ file, filesDone: i + 1, filesTotal: files.length, articlesDone, articlesTotal: Math.max(articlesTotal, articlesDone), summary });
  }
  // what the first load holds yet, then the end of its last write
  await replay(await writeLoad());
  await replay(await settle());
  return summary;
}
