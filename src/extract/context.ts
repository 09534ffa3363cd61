import type { QuoteSpan } from './quotes.js';
import type { AnalysedText, Sentence, Token } from './text.js';

/** The analysed text with quick look-ups the frame rules need. */
export interface Context extends AnalysedText {
  quotes: QuoteSpan[];
  /** For each token, the index of the quote it stands in (its marks included), or -1. */
  quoteOf: number[];
  quoteByOpen: Map<number, QuoteSpan>;
  quoteByClose: Map<number, QuoteSpan>;
}

/** For each token, the quote it stands in: one sweep over tokens and quotes, both in text order. */
function quotesOfTokens(analysed: AnalysedText, quotes: QuoteSpan[]): number[] {
  const quoteOf: number[] = [];
  let q = 0;
  for (const t of analysed.tokens) {
    while (q < quotes.length && quotes[q]!.close < t.start) q++;
    let found = -1;
    // quotes may nest (single inside double): look at the few that can still hold this token
    for (let k = q; k < quotes.length && quotes[k]!.open <= t.start; k++) if (t.start <= quotes[k]!.close) found = found < 0 ? k : found;
    for (let k = q - 1; k >= 0 && k >= q - 3; k--) if (quotes[k]!.open <= t.start && t.start <= quotes[k]!.close) found = k;
    quoteOf.push(found);
  }
  return quoteOf;
}

export function buildContext(analysed: AnalysedText, quotes: QuoteSpan[]): Context {
  return {
    ...analysed,
    quotes,
    quoteOf: quotesOfTokens(analysed, quotes),
    quoteByOpen: new Map(quotes.map((q) => [q.open, q])),
    quoteByClose: new Map(quotes.map((q) => [q.close, q])),
  };
}

/** The index of the first token that starts at or after an offset (tokens.length when none). */
export function firstTokenFrom(ctx: Pick<AnalysedText, 'tokens'>, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the sentence that holds an offset, or -1. */
export function sentenceIndexAt(ctx: Pick<AnalysedText, 'sentences'>, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', "'"]);

export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARKS.has(token.text) && token.pos !== 'X';
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.text.length === 1 && chars.includes(token.text);
}

export function sentenceOf(ctx: Context, token: Token): Sentence {
  return ctx.sentences[token.sentence]!;
}

/** Whether a token is a capitalised word (names, titles). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && /^[\p{Lu}]/u.test(token.text);
}

/** Counts the words (letters or digits) of a stretch of text. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}
