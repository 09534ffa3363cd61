import type { QuoteSpan } from './quotes.js';
import type { AnalysedText, Sentence, Token } from './text.js';

/** The analysed text with quick look-ups the frame rules need. */
export interface Context extends AnalysedText {
  quotes: QuoteSpan[];
  /** For each token, the index of the quote it stands in (its marks included), or -1. */
  quoteOf: number[];
}

export function buildContext(analysed: AnalysedText, quotes: QuoteSpan[]): Context {
  const quoteOf = analysed.tokens.map((t) => quotes.findIndex((q) => t.start >= q.open && t.start <= q.close));
  return { ...analysed, quotes, quoteOf };
}

export const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', "'"]);

export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARKS.has(token.text);
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
