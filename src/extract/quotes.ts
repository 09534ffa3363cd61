/** A stretch of text inside quotation marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on into the next one. */
  close: number;
  /** The words inside: [start, end), a trailing comma left out. */
  start: number;
  end: number;
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_DOUBLE = new Set(['\u201D', '\u00BB']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function makeSpan(text: string, open: number, close: number, closed: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { open, close, start, end, closed } : null;
}

/**
 * Double quotation marks of one paragraph: curly, low-9, guillemets and straight ones (which
 * alternate). An opening mark left without its closing one runs to the paragraph's end: the
 * newswire convention for a quote that goes on in the next paragraph.
 */
function doubleQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const isStraight = ch === '"';
    // ('... from Europe." When he was in Tokyo': a straight mark right after a word or a full stop
    // and before a space only closes; with no quote open it is an orphan (its opening mark lost),
    // and opening a quote there would pair every mark after it the wrong way round)
    if (open < 0 && isStraight && /[\p{L}\p{N}.,?!]/u.test(text[i - 1] ?? '') && (i + 1 >= to || /\s/.test(text[i + 1]!))) continue;
    if (open < 0 && (OPEN_DOUBLE.has(ch) || isStraight)) {
      open = i;
      straight = isStraight;
    } else if (open >= 0 && straight && isStraight && /[.?!]\s$/.test(text.slice(i - 2, i)) && /[\p{Lu}\p{N}]/u.test(text[i + 1] ?? '')) {
      // '... our sums wrong. "Obviously we will ...': paragraphs run together, each opening with a
      // mark and the quote going on without a closing one; the quote before stops at its sentence
      const span = makeSpan(text, open, i - 1, true);
      if (span) spans.push(span);
      open = i;
    } else if (open >= 0 && (isStraight || CLOSE_DOUBLE.has(ch) || (OPEN_DOUBLE.has(ch) && /[,.?!]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '')))) {
      // ('“It's unusual,“ said Larry Noble': an opening mark after the quote's last comma and
      // before a space is its closing one, typed the wrong way round)
      // a curly quote closed by a straight mark (or the reverse) is a typo seen often enough
      const span = makeSpan(text, open, i, true);
      if (span) spans.push(span);
      open = -1;
    } else if (open >= 0 && !straight && OPEN_DOUBLE.has(ch)) {
      open = i; // a stray opening mark: the quote starts again here
    }
  }
  if (open >= 0) {
    const span = makeSpan(text, open, to, false);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * Single curly quotation marks (‘...’) of one paragraph, as some outlets use them for quotes. An
 * apostrophe (it’s, Russia’s) is told apart from a closing mark by the letter after it.
 */
function singleQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '\u2018' || isLetter(text[i - 1])) continue;
    for (let j = i + 1; j < to; j++) {
      if (text[j] === '\u2019' && !isLetter(text[j + 1]) && text[j - 1] !== ' ') {
        const span = makeSpan(text, i, j, true);
        if (span && /\s/.test(text.slice(span.start, span.end))) spans.push(span);
        i = j;
        break;
      }
    }
  }
  return spans;
}

/** All quotations of a text, paragraph by paragraph, in text order; single quotes only outside double ones. */
export function findQuotes(text: string, paragraphs: Array<{ start: number; end: number }>): QuoteSpan[] {
  const all: QuoteSpan[] = [];
  for (const p of paragraphs) {
    const doubles = doubleQuotes(text, p.start, p.end);
    const singles = singleQuotes(text, p.start, p.end).filter((s) => !doubles.some((d) => s.open >= d.open && s.close <= d.close));
    all.push(...doubles, ...singles);
  }
  return all.sort((a, b) => a.open - b.open);
}
