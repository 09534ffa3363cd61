import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readDate } from '../extract/dates.js';
import { unsupportedLanguage } from '../extract/language.js';
import type { ArticleSource } from '../extract/types.js';

/** An article ready for extraction: its text and what is known of its source. */
export interface ArticleInput {
  id: string;
  text: string;
  source: ArticleSource;
  /** Where it came from, for messages: file and line. */
  origin: string;
  /** What was read but not understood (a date in no known form): the article still goes in. */
  warnings?: Array<{ code: string; message: string }>;
}

/** Why an input could not be read; `code` is stable for scripts. */
export class InputError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'TOO_LARGE' | 'NOT_UTF8' | 'BAD_JSON' | 'EMPTY_TEXT' | 'MISSING_TEXT' | 'UNSUPPORTED' | 'UNSUPPORTED_LANGUAGE',
    message: string,
    readonly origin: string,
  ) {
    super(message);
  }
}

/** The largest input file read; a bigger one is refused before it is read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The longest article text taken; longer ones are refused, not cut. */
export const MAX_TEXT_CHARS = 2_000_000;

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readUtf8(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new InputError('NOT_FOUND', `no such file`, file);
  }
  if (size > MAX_FILE_BYTES) throw new InputError('TOO_LARGE', `${(size / 1048576).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB an input file may have`, file);
  const bytes = await readFile(file);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('NOT_UTF8', 'the file is not valid UTF-8 text', file);
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Accepts the eval's gold documents ({id, source, text}) and flat articles ({text, title, url, ...}). */
export function toArticle(value: unknown, fallbackId: string, origin: string): ArticleInput {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('BAD_JSON', 'an article must be a JSON object', origin);
  const raw = value as Record<string, unknown>;
  const src = (raw.source && typeof raw.source === 'object' ? raw.source : {}) as Record<string, unknown>;
  if (typeof raw.text !== 'string') throw new InputError('MISSING_TEXT', 'the article has no "text" string', origin);
  const sourceId = typeof raw.id === 'number' ? String(raw.id) : str(raw.id);
  return checkedArticle({
    id: sourceId ?? fallbackId,
    text: raw.text,
    origin,
    source: {
      title: str(raw.title) ?? str(src.title) ?? '',
      publisher: str(raw.publisher) ?? str(src.publisher),
      publishedAt: str(raw.publishedAt) ?? str(src.publishedAt),
      dateline: str(raw.dateline) ?? str(src.dateline),
      url: str(raw.url) ?? str(src.url),
      language: str(raw.language) ?? str(src.language) ?? 'en',
      sourceId,
    },
  });
}

/**
 * Refuses an empty or oversized text, or one in another language than English; normalises line ends (offsets index the stored text) and
 * reads the publication date in whatever form it comes (ISO, RFC 2822, "January 15, 2019"): one
 * that cannot be read is a warning, and the article goes in undated.
 */
export function checkedArticle(article: ArticleInput): ArticleInput {
  const text = article.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError('EMPTY_TEXT', 'the article text is empty', article.origin);
  if (text.length > MAX_TEXT_CHARS) throw new InputError('TOO_LARGE', `the text has ${text.length} characters, more than ${MAX_TEXT_CHARS}`, article.origin);
  const language = unsupportedLanguage(text, article.source.language);
  if (language) throw new InputError('UNSUPPORTED_LANGUAGE', language, article.origin);
  const given = article.source.publishedAt;
  const publishedAt = readDate(given);
  const warnings = [...(article.warnings ?? [])];
  if (given && !publishedAt) warnings.push({ code: 'BAD_DATE', message: `publishedAt "${given.slice(0, 80)}" is not a date saidgraph can read; the article goes in undated` });
  return { ...article, text, source: { ...article.source, publishedAt }, warnings };
}

function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError('BAD_JSON', `not JSON: ${(error as Error).message}`, origin);
  }
}

/** One result per article of a file: the article, or the error that stopped it (the rest go on). */
export type ReadResult = { ok: true; article: ArticleInput } | { ok: false; error: InputError };

function attempt(make: () => ArticleInput): ReadResult {
  try {
    return { ok: true, article: make() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error };
    throw error;
  }
}

/** Reads a .txt, .json or .jsonl file into articles; a bad line of a .jsonl spoils only itself. */
export async function readArticles(file: string): Promise<ReadResult[]> {
  const base = path.basename(file).replace(/\.(txt|json|jsonl)$/i, '');
  let text: string;
  try {
    text = await readUtf8(file);
  } catch (error) {
    if (error instanceof InputError) return [{ ok: false, error }];
    throw error;
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.md') return [attempt(() => checkedArticle({ id: base, text, origin: file, source: titleFromText(text) }))];
  if (ext === '.json') return [attempt(() => toArticle(parseJson(text, file), base, file))];
  if (ext === '.jsonl' || ext === '.ndjson') {
    return text.split('\n').flatMap((line, i) => (line.trim() ? [attempt(() => toArticle(parseJson(line, `${file}:${i + 1}`), `${base}-${i + 1}`, `${file}:${i + 1}`))] : []));
  }
  return [{ ok: false, error: new InputError('UNSUPPORTED', 'give a .txt, .json or .jsonl file', file) }];
}

/** A plain text's first line is its headline. */
function titleFromText(text: string): ArticleSource {
  const title = text.trim().split('\n')[0]!.trim().slice(0, 300);
  return { title, publisher: null, publishedAt: null, dateline: null, url: null, language: 'en', sourceId: null };
}

/** Whether a path is a folder (ingest takes folders). */
export async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

