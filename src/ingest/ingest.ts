import { recordEdit, recordEdits, type EditInput } from '../curation/audit.js';
import type { Executor, TxRunner } from '../db/executor.js';
import { articleCountry, extract } from '../extract/extract.js';
import type { ArticleSource, Extraction } from '../extract/types.js';
import { buildArticleGraph, followMerges, spanKey } from './graph.js';
import { articleId, contentHash, entityId } from './ids.js';
import { BatchCandidates } from './batchCandidates.js';
import { findInTransaction, lookupsOf, resolveAgainstGraph, type ArticleContext, type CandidateFinder } from './resolveEntities.js';
import { LaterWrites, writeArticleGraphs } from './write.js';
import { articlesIngested, statementsIngested } from '../telemetry/metrics.js';

/** What ingesting one article did (or, on a dry run, would do). */
export interface IngestOutcome {
  articleId: string;
  /** False when the same text was already in the graph. */
  created: boolean;
  /** True when the text was known and came with new metadata (a date, a URL, an id), now stored. */
  updated: boolean;
  dryRun: boolean;
  statements: number;
  /** People the graph did not know before this article. */
  newPeople: string[];
  extraction: Extraction;
}

interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  dateline: string | null;
  sourceId: string | null;
  publisher: string | null;
  retractedAt: string | null;
}

/** Whether the input says something the stored article does not: a field it gives with another value. */
function hasNewMetadata(stored: StoredArticle, source: ArticleSource): boolean {
  const differs = (given: string | null | undefined, known: string | null) => Boolean(given) && given !== known;
  return (
    differs(source.url, stored.url) ||
    differs(source.title, stored.title) ||
    differs(source.publishedAt, stored.publishedAt) ||
    differs(source.dateline, stored.dateline) ||
    differs(source.sourceId, stored.sourceId) ||
    differs(source.publisher, stored.publisher)
  );
}

const daysSince1970 = (day: string | null) => (day ? Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000) : null);

/** Who writes, for the audit trail: an API key's name, `cli`, `example`. */
export type Actor = string;

const metadataOf = (source: ArticleSource) => ({
  title: source.title, url: source.url, publisher: source.publisher, publishedAt: source.publishedAt, dateline: source.dateline, sourceId: source.sourceId ?? null,
});

/** How an ingest writes: one article a transaction, or (bulk) many, their edits recorded together at the end. */
interface WriteMode {
  bulk: boolean;
  /** With bulk: where each article's edit waits for recordEdits. */
  edits: EditInput[];
  /** With bulk: the batch's name look-ups, made at its start. */
  candidates?: BatchCandidates;
  /** With bulk: the batch's texts claimed at its start, by content hash (each taken once; a text the batch gives twice is claimed again). */
  claims?: Map<string, StoredArticle | undefined>;
  /** With bulk: what the batch writes once at its end (write.ts, LaterWrites). */
  later?: LaterWrites;
  /** With bulk: false when the graph held no merged entity as the batch began (nothing to follow). */
  anyMerged?: boolean;
}

async function run(tx: TxRunner, text: string, source: ArticleSource, extraction: Extraction, write: boolean, actor: Actor, mode: WriteMode = { bulk: false, edits: [] }): Promise<Omit<IngestOutcome, 'dryRun' | 'extraction'>> {
  const hash = contentHash(text);
  const claimed = mode.claims?.has(hash);
  const stored = claimed ? mode.claims!.get(hash) : write ? await claimArticle(tx, hash) : (await tx.run<StoredArticle>('ingest/findArticleByHash', { contentHash: hash }))[0];
  if (claimed) mode.claims!.delete(hash);
  // a retracted article stays retracted: its text again, with or without new metadata, writes nothing
  const update = stored !== undefined && !stored.retractedAt && hasNewMetadata(stored, source);
  if (stored && !update) return { articleId: stored.id, created: false, updated: false, statements: 0, newPeople: [] };
  // a known text with new metadata is written again: every write is a MERGE, so only what is new changes
  const known = stored ? await knownStatementIds(tx, stored.id) : new Map<string, string>();
  const written = await writeExtraction(tx, text, source, extraction, write, known, { createNew: mode.bulk && !stored, batch: mode.candidates, later: mode.later, anyMerged: mode.anyMerged });
  if (write) {
    const { id: _id, retractedAt: _r, ...before } = stored ?? { id: null, retractedAt: null };
    const edit: EditInput = {
      actor,
      operation: 'ingestArticle',
      before: stored ? { article: before } : null,
      after: { article: metadataOf(source), extractorVersion: extraction.extractor, statements: written.statementIds.length },
      articleIds: [written.articleId],
      statementIds: written.statementIds,
      entityIds: written.changedEntityIds,
    };
    if (mode.bulk) mode.edits.push(edit);
    else await recordEdit(tx, edit);
  }
  return {
    articleId: written.articleId,
    created: write && !stored,
    updated: write && update,
    statements: written.statementIds.length,
    newPeople: stored ? [] : written.newPeople,
  };
}

/** Takes the text for this transaction (see claimArticles.cypher); the stored article, or undefined when it is new. */
async function claimArticle(tx: TxRunner, hash: string): Promise<StoredArticle | undefined> {
  return (await claimArticles(tx, [hash])).get(hash);
}

/** Takes the distinct texts of a bulk batch, in one query: the stored article of each content hash, or undefined when new. */
async function claimArticles(tx: TxRunner, hashes: readonly string[]): Promise<Map<string, StoredArticle | undefined>> {
  const distinct = [...new Set(hashes)];
  const rows = await tx.run<StoredArticle & { created: boolean; contentHash: string }>('ingest/claimArticles', { claims: distinct.map((h) => ({ contentHash: h, articleId: articleId(h) })) });
  return new Map(rows.map(({ contentHash: hash, created, ...row }) => [hash, created ? undefined : row]));
}

/** The ids of the statements an article has, by span, so that reading it again keeps them. */
async function knownStatementIds(tx: TxRunner, articleId: string): Promise<Map<string, string>> {
  const rows = await tx.run<{ id: string; start: number; end: number }>('ingest/findStatementsAtSpans', { articleId });
  return new Map(rows.map((r) => [spanKey(r.start, r.end), r.id]));
}

/** What identity decisions know of an article beyond its extraction. */
function articleContext(text: string, source: ArticleSource): ArticleContext {
  const country = articleCountry(source);
  return {
    articleId: articleId(contentHash(text)),
    publisherId: source.publisher ? entityId('Organization', source.publisher) : null,
    day: daysSince1970(source.publishedAt),
    countryId: country ? entityId('Organization', country) : null,
  };
}

/** How a bulk batch writes an article (see WriteMode); one article a transaction gives none of it. */
type BatchWrite = Pick<WriteMode, 'later' | 'anyMerged'> & {
  /** Statements new to the graph created without merge locks. */
  createNew?: boolean;
  batch?: BatchCandidates;
};

/** Resolves an extraction's entities against the graph and writes it (or, with `write` false, only counts). */
async function writeExtraction(tx: TxRunner, text: string, source: ArticleSource, extraction: Extraction, write: boolean, known: Map<string, string>, { createNew = false, batch, later, anyMerged = true }: BatchWrite = {}) {
  const find: CandidateFinder = batch?.find ?? findInTransaction;
  const resolution = await resolveAgainstGraph(tx, extraction, articleContext(text, source), find);
  // entities a curator merged into others: their statements keep the ids the extractor gives, and go to the merged entity
  const built = buildArticleGraph(text, source, extraction, resolution.idFor, known);
  const graph = anyMerged ? await followMerges(tx, built) : built;
  const changedEntityIds = write ? (await writeArticleGraphs(tx, [graph], { createNew, ...(later ? { later } : {}) })).changedEntityIds : [];
  if (write) batch?.remember(graph.entities);
  return { articleId: graph.article.id, statementIds: graph.statements.map((s) => s.id), changedEntityIds, newPeople: resolution.newPeople };
}

/** One article of a bulk ingest: its text, where it came from, and its extraction when made already (in the pool). */
export interface BulkArticle {
  text: string;
  source: ArticleSource;
  extraction?: Extraction;
}

/** Counts what an ingest wrote in the process's metrics. */
export function countIngested(outcome: Pick<IngestOutcome, 'created' | 'updated' | 'statements'>): void {
  articlesIngested.inc({ result: outcome.created ? 'created' : outcome.updated ? 'updated' : 'unchanged' });
  if (outcome.created || outcome.updated) statementsIngested.inc(outcome.statements);
}

/**
 * `saidgraph ingest --bulk`: many articles in one transaction, written in order, each as ingestArticle
 * would write it (identity decided against the graph as the articles before it left it), but new
 * statements created without merge locks and the articles' edits recorded together at the end.
 * All or nothing: when it fails, nothing of the batch is written, and the caller may go article by article.
 */
export async function ingestArticlesBulk(db: Executor, articles: readonly BulkArticle[], actor: Actor = 'cli'): Promise<IngestOutcome[]> {
  const extracted = articles.map((a) => ({ ...a, extraction: a.extraction ?? extract(a.text, a.source) }));
  const outcomes = await db.writeTransaction(async (tx) => {
    // every name of the batch looked up before anything is written (see BatchCandidates)
    const candidates = await BatchCandidates.prefetch(tx, extracted.flatMap((a) => lookupsOf(a.extraction, articleContext(a.text, a.source))));
    const later = new LaterWrites();
    // (ingesting merges no entity: a graph with no merge when the batch begins has none to follow in it)
    const [merged] = await tx.run<{ any: boolean }>('ingest/anyMerged');
    const mode: WriteMode = { bulk: true, edits: [], candidates, claims: await claimArticles(tx, extracted.map((a) => contentHash(a.text))), later, anyMerged: merged?.any ?? true };
    const done: IngestOutcome[] = [];
    for (const a of extracted) done.push({ ...(await run(tx, a.text, a.source, a.extraction, true, actor, mode)), dryRun: false, extraction: a.extraction });
    await later.write(tx);
    await recordEdits(tx, mode.edits);
    return done;
  });
  outcomes.forEach(countIngested);
  return outcomes;
}

/**
 * One article written through `tx` as ingestArticle writes it in its own transaction: what an
 * import (`ingest --import`) runs on its in-memory graph (src/ingest/memoryGraph.ts), which keeps
 * it all or nothing.
 */
export async function ingestInto(tx: TxRunner, text: string, source: ArticleSource, actor: Actor, extraction: Extraction = extract(text, source)): Promise<IngestOutcome> {
  return { ...(await run(tx, text, source, extraction, true, actor)), dryRun: false, extraction };
}

/**
 * Reads a stored article again with the current extractor, in one transaction: its old
 * extraction leaves the graph (statements no other article reports, its own entities), and the
 * new one is written as a fresh ingest would write it.
 */
export async function reextractArticle(db: Executor, articleId: string, text: string, source: ArticleSource, actor: Actor = 'cli'): Promise<number> {
  const extraction = extract(text, source);
  return db.writeTransaction(async (tx) => {
    // read before clearing: statements found again at the same span keep their ids (and what people set on them)
    const known = await knownStatementIds(tx, articleId);
    const [cleared] = await tx.run<{ statementIds: string[]; extractorVersion: string | null }>('ingest/clearArticle', { articleId });
    const written = await writeExtraction(tx, text, source, extraction, true, known);
    await recordEdit(tx, {
      actor,
      operation: 'reextractArticle',
      before: { extractorVersion: cleared?.extractorVersion ?? null, statementIds: cleared?.statementIds ?? [] },
      after: { extractorVersion: extraction.extractor, statementIds: written.statementIds },
      articleIds: [articleId],
      statementIds: written.statementIds,
      entityIds: written.changedEntityIds,
    });
    return written.statementIds.length;
  });
}

/**
 * Extracts the statements of one article and writes them to the graph in one transaction: a
 * failure leaves the graph as it was; the same text twice changes nothing, unless it comes with
 * new metadata, which updates the article. With `dryRun` nothing is written and the outcome says
 * what would be.
 */
export async function ingestArticle(
  db: Executor,
  text: string,
  source: ArticleSource,
  options: { dryRun?: boolean; extraction?: Extraction; actor?: Actor } = {},
): Promise<IngestOutcome> {
  // the server and the batch extract in worker threads and pass the result; scripts and tests may not
  const extraction = options.extraction ?? extract(text, source);
  const dryRun = options.dryRun ?? false;
  const actor = options.actor ?? 'saidgraph';
  const outcome = dryRun
    ? await db.readTransaction((tx) => run(tx, text, source, extraction, false, actor))
    : await db.writeTransaction((tx) => run(tx, text, source, extraction, true, actor));
  if (!dryRun) countIngested(outcome);
  return { ...outcome, dryRun, extraction };
}
